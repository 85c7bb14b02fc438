package org.newsclean.transforms.records;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/**
 * An input whose cleaned text an earlier run (with the same {@code --stateDir}) already emitted: not emitted
 * again; it points at the earlier document.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class EarlierDuplicate {
  @SchemaFieldNumber("0")
  @SchemaFieldName("source")
  public abstract String getSource();

  /** The earlier document's {@code doc_id} (the same content gives the same id). */
  @SchemaFieldNumber("1")
  @SchemaFieldName("doc_id")
  public abstract String getDocId();

  /** The source of the earlier document, as that run recorded it. */
  @SchemaFieldNumber("2")
  @SchemaFieldName("earlier_source")
  public abstract String getEarlierSource();

  @SchemaCreate // Beam matches parameters to fields by name: compile with -parameters
  public static EarlierDuplicate create(String source, String docId, String earlierSource) {
    return new AutoValue_EarlierDuplicate(source, docId, earlierSource);
  }
}
