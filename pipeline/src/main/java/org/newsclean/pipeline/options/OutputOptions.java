package org.newsclean.pipeline.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Where and how the records are written. */
public interface OutputOptions extends PipelineOptions {
  @Description("Output directory; what an earlier run wrote there is replaced")
  @Default.String("output")
  String getOutput();

  void setOutput(String value);

  @Description("Number of files per record type (each file sorted, so output does not depend on the runner)")
  @Default.Integer(4)
  int getShards();

  void setShards(int value);
}
