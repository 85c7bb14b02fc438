package org.newsclean.transforms.records;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/** A row of the mentions output: one mention of an entity in one document, with offsets into its text. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class MentionRecord {
  @SchemaFieldNumber("0")
  @SchemaFieldName("doc_id")
  public abstract String getDocId();

  @SchemaFieldNumber("1")
  @SchemaFieldName("entity_id")
  public abstract String getEntityId();

  @SchemaFieldNumber("2")
  @SchemaFieldName("type")
  public abstract String getType();

  @SchemaFieldNumber("3")
  @SchemaFieldName("surface")
  public abstract String getSurface();

  @SchemaFieldNumber("4")
  @SchemaFieldName("start")
  public abstract int getStart();

  @SchemaFieldNumber("5")
  @SchemaFieldName("end")
  public abstract int getEnd();

  @SchemaCreate // Beam matches parameters to fields by name: compile with -parameters
  public static MentionRecord create(String docId, String entityId, String type, String surface, int start, int end) {
    return new AutoValue_MentionRecord(docId, entityId, type, surface, start, end);
  }
}
