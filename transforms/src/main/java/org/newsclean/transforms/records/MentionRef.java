package org.newsclean.transforms.records;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/** One entity mention inside a document: offsets into the document text. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class MentionRef {
  @SchemaFieldNumber("0")
  @SchemaFieldName("entity_id")
  public abstract String getEntityId();

  @SchemaFieldNumber("1")
  @SchemaFieldName("name")
  public abstract String getName();

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
  public static MentionRef create(String entityId, String name, String type, String surface, int start, int end) {
    return new AutoValue_MentionRef(entityId, name, type, surface, start, end);
  }
}
