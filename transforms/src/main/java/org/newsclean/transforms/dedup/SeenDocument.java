package org.newsclean.transforms.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Base64;

/**
 * One line of the {@code --stateDir} files: a document an earlier run emitted. JSON Lines, so a user can read
 * it with {@code jq} or DuckDB's {@code read_json}: {@code doc_id} (the content key), {@code source},
 * {@code text_length}, {@code minhash} (the settings, e.g. {@code "5/100/20"}) and {@code signature} (the MinHash
 * values, big-endian 64-bit, Base64). Immutable.
 */
public record SeenDocument(String docId, String source, int textLength, String minhash, byte[] signature) implements Serializable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The settings tag of signatures: shingle size / hashes / bands. */
  public static String settingsTag(MinHash.Settings s) {
    return s.shingleSize() + "/" + s.hashes() + "/" + s.bands();
  }

  public String toJson() {
    ObjectNode n = JSON.createObjectNode();
    n.put("doc_id", docId);
    n.put("source", source);
    n.put("text_length", textLength);
    n.put("minhash", minhash);
    if (signature != null) {
      n.put("signature", Base64.getEncoder().encodeToString(signature));
    } else {
      n.putNull("signature");
    }
    return n.toString();
  }

  public static SeenDocument fromJson(String line) {
    try {
      JsonNode n = JSON.readTree(line);
      JsonNode sig = n.get("signature");
      return new SeenDocument(
          n.get("doc_id").asText(),
          n.get("source").asText(),
          n.get("text_length").asInt(),
          n.get("minhash").asText(),
          sig == null || sig.isNull() ? null : Base64.getDecoder().decode(sig.asText()));
    } catch (IOException e) {
      throw new UncheckedIOException("not a state line: " + line, e);
    }
  }
}
