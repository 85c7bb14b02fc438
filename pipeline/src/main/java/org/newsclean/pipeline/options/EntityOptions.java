package org.newsclean.pipeline.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Entity extraction settings. */
public interface EntityOptions extends PipelineOptions {
  @Description(
      "A user entity catalog (same TSV format as the shipped one, see docs/output.md) merged over the shipped catalog;"
          + " empty for the shipped catalog only")
  @Default.String("")
  String getEntityCatalog();

  void setEntityCatalog(String value);
}
