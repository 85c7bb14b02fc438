package org.newsclean.transforms.records;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/**
 * An input that could not become a document: the source, the stage that refused it, a short
 * machine-readable reason code and a human-readable detail.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Rejected {
  @SchemaFieldNumber("0")
  @SchemaFieldName("source")
  public abstract String getSource();

  @SchemaFieldNumber("1")
  @SchemaFieldName("stage")
  public abstract String getStage();

  @SchemaFieldNumber("2")
  @SchemaFieldName("reason")
  public abstract String getReason();

  @SchemaFieldNumber("3")
  @SchemaFieldName("detail")
  public abstract String getDetail();

  @SchemaCreate // Beam matches parameters to fields by name: compile with -parameters
  public static Rejected create(String source, String stage, String reason, String detail) {
    return new AutoValue_Rejected(source, stage, reason, detail);
  }
}
