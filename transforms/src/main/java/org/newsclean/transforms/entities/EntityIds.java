package org.newsclean.transforms.entities;

import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Deterministic ids for entities that are not in the catalog.
 *
 * <p>Scheme: {@code u-<slug>-<hash>} where {@code key} = NFKC, case-fold, ICU {@code Any-Latin;
 * Latin-ASCII}, punctuation dropped, spaces collapsed (and the connector of a legal case, {@code
 * v. / vs. / c. / 대}, written {@code v}); {@code slug} = the key with '-' for spaces, cut to 40
 * chars; {@code hash} = first 16 hex chars of SHA-256 of the key. The same name written the same
 * way (up to case, accents, punctuation, script) gets the same id in every document.
 */
public final class EntityIds {
  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private EntityIds() {}

  /** Keys of recent names: transliteration is the costly step of {@link #key}; bounded, cleared when full. */
  private static final int KEY_CACHE_MAX = 100_000;
  private static final java.util.concurrent.ConcurrentHashMap<String, String> KEY_CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The normalised key of a name. */
  public static String key(String name) {
    String k = KEY_CACHE.get(name);
    if (k == null) {
      k = computeKey(name);
      if (KEY_CACHE.size() >= KEY_CACHE_MAX) {
        KEY_CACHE.clear();
      }
      KEY_CACHE.put(name, k);
    }
    return k;
  }

  private static String computeKey(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
    s = com.ibm.icu.lang.UCharacter.foldCase(s, true);
    boolean ascii = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7f) {
        ascii = false;
        break;
      }
    }
    if (!ascii) {
      s = TO_ASCII.get().transliterate(s);
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && b.length() > 0) {
          b.append(' ');
        }
        pendingSpace = false;
        b.append(Character.toLowerCase(c));
      } else if (Character.isWhitespace(c)) {
        pendingSpace = true;
      } else if (c == '-' || c == '/' || c == '_') {
        pendingSpace = true;
      }
      // other punctuation dropped: "Foo.AI" -> "fooai", "Al-Falih" -> "al falih"
    }
    return b.toString();
  }

  /**
   * A spelling- and script-tolerant skeleton of a key (itself already transliterated to Latin):
   * consonant classes only (p/b/f/v, t/d, k/g/c/q, s/z/j/x/ch/sh, l/r, m, n), vowels, h, w, y and
   * an r before a consonant dropped (non-rhotic transcriptions), repeats collapsed; one skeleton per
   * word. Korean, Japanese, Greek or Cyrillic renderings of a Latin name mostly share it: 스테판 로제
   * (seutepan roje) and Stefan Rose are both {@code stpn rs}. Used only to compare a non-Latin name
   * with Latin names already known (catalog, same document), never as an id by itself.
   */
  public static String phonetic(String key) {
    StringBuilder b = new StringBuilder(key.length());
    char last = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      char next = i + 1 < key.length() ? key.charAt(i + 1) : ' ';
      char cls;
      switch (c) {
        case ' ' -> {
          if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
            b.append(' ');
          }
          last = 0;
          continue;
        }
        case 'p', 'b', 'f', 'v' -> cls = 'p';
        case 't', 'd' -> {
          if (next == 's' || next == 'z') {
            continue; // ts, tz, ds: one sibilant in most transcriptions (Tsipras, 치프라스)
          }
          cls = 't';
        }
        case 'k', 'g', 'c', 'q' -> cls = c == 'c' && next == 'h' ? 's' : 'k';
        case 's', 'z', 'j', 'x' -> cls = 's';
        case 'l', 'r' -> {
          boolean beforeConsonant = next != ' ' && "aeiouyhw".indexOf(next) < 0 && i + 1 < key.length();
          if (c == 'r' && (beforeConsonant || next == ' ' || i + 1 == key.length()) && i > 0) {
            continue;
          }
          cls = 'r';
        }
        case 'm' -> cls = 'm';
        case 'n' -> cls = 'n';
        default -> {
          if (Character.isDigit(c)) {
            cls = c;
          } else {
            continue; // vowels, h, w, y
          }
        }
      }
      if (cls != last) {
        b.append(cls);
        last = cls;
      }
    }
    int e = b.length();
    while (e > 0 && b.charAt(e - 1) == ' ') {
      e--;
    }
    return b.substring(0, e);
  }

  /** Key of a legal case name: the connector is normalised to "v". */
  static String caseKey(String name) {
    String k = " " + key(name) + " ";
    k = k.replace(" vs ", " v ").replace(" c ", " v ").replace(" dae ", " v ");
    return k.strip();
  }

  /** Id of an unknown entity from its normalised key. */
  public static String forKey(String key) {
    String slug = key.replace(' ', '-');
    if (slug.length() > 40) {
      slug = slug.substring(0, 40);
    }
    return "u-" + slug + "-" + sha16(key);
  }

  /** Id of an unknown entity from its canonical name. */
  public static String forName(String name) {
    return forKey(key(name));
  }

  static String sha16(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] d = md.digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Id of a date from its ISO form ("2024-07", "2025"). */
  public static String forDate(String iso) {
    return "date-" + iso;
  }

  /** Id of an amount from its normal form ("64000 GPU"). */
  public static String forAmount(String normal) {
    String k = key(normal.replace("%", " pct").replace(".", "p"));
    return "amount-" + k.replace(' ', '-');
  }
}
