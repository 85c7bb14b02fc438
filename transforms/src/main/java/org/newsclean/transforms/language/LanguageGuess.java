package org.newsclean.transforms.language;

import java.io.Serializable;
import java.util.Objects;

/**
 * Result of language identification.
 *
 * @param language ISO 639-1 code in lower case ({@code "id"}, {@code "zh"}, ...), or {@link #UNDETERMINED}
 * @param confidence the detector's probability for the best language, in [0, 1]; for {@code "und"} it is the
 *     (too low) best probability seen, or 0 when nothing could be detected
 */
public record LanguageGuess(String language, double confidence) implements Serializable {

  /** ISO 639-2 code for "undetermined". */
  public static final String UNDETERMINED = "und";

  public LanguageGuess {
    Objects.requireNonNull(language, "language");
    if (language.isEmpty()) {
      throw new IllegalArgumentException("empty language code");
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }

  /** An undetermined guess carrying the best (rejected) confidence. */
  public static LanguageGuess undetermined(double confidence) {
    return new LanguageGuess(UNDETERMINED, confidence);
  }

  /** The confidence as records carry it: rounded to 4 decimals, so that it does not depend on float noise. */
  public double recordedConfidence() {
    return Math.round(confidence * 10_000) / 10_000.0;
  }

  /** True unless the language is {@code "und"}. */
  public boolean isDetermined() {
    return !UNDETERMINED.equals(language);
  }
}
