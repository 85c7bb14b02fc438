package org.newsclean.pipeline.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Language detection settings (see docs/language-detection.md for how the defaults were chosen). */
public interface LanguageOptions extends PipelineOptions {
  @Description("Below this confidence the language is written as und (0: only text with too few letters, or with no language found, is und; 0.9 favours precision; see docs/language-detection.md)")
  @Default.Double(0.0)
  double getLanguageMinConfidence();

  void setLanguageMinConfidence(double value);

  @Description("Language detection reads at most this many chars of each document")
  @Default.Integer(1000)
  int getLanguageSampleChars();

  void setLanguageSampleChars(int value);
}
