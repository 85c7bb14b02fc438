package org.newsclean.transforms.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content-derived identifiers: SHA-256 over UTF-8, as lower-case hex, optionally shortened. */
public final class ContentHash {
  private ContentHash() {}

  /** Full SHA-256 of the UTF-8 bytes, 64 hex chars. */
  public static String sha256Hex(String value) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** The first {@code hexChars} hex chars of the SHA-256 of the parts joined by U+001F. */
  public static String id(int hexChars, String... parts) {
    return sha256Hex(String.join("\u001f", parts)).substring(0, hexChars);
  }
}
