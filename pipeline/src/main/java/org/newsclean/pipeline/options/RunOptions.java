package org.newsclean.pipeline.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** How the run reports on itself. */
public interface RunOptions extends PipelineOptions {
  @Description("No progress lines and no summary on standard error")
  @Default.Boolean(false)
  boolean getQuiet();

  void setQuiet(boolean value);

  @Description("Seconds between two progress lines while the pipeline runs")
  @Default.Integer(10)
  int getProgressIntervalSeconds();

  void setProgressIntervalSeconds(int value);
}
