package org.newsclean.pipeline.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Where the raw articles are and the limits applied while reading them. */
public interface InputOptions extends PipelineOptions {
  @Description("Input: a directory (read recursively) or a file pattern (glob) on any Beam file system")
  @Default.String("seeds")
  String getInput();

  void setInput(String value);

  @Description("Files larger than this many bytes are rejected (reason oversized) without being parsed")
  @Default.Long(20L * 1024 * 1024)
  long getMaxFileBytes();

  void setMaxFileBytes(long value);

  @Description("Files whose extracted text is longer than this many chars are rejected (reason text_too_long)")
  @Default.Integer(2_000_000)
  int getMaxTextChars();

  void setMaxTextChars(int value);

  @Description("Parsing one file may take at most this many seconds (reason timeout)")
  @Default.Integer(30)
  int getParseTimeoutSeconds();

  void setParseTimeoutSeconds(int value);
}
