package org.newsclean.transforms.records;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/** An entity inside a document record: its id, canonical name, type and number of mentions in the document. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class EntityRef {
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
  @SchemaFieldName("count")
  public abstract int getCount();

  @SchemaCreate // Beam matches parameters to fields by name: compile with -parameters
  public static EntityRef create(String entityId, String name, String type, int count) {
    return new AutoValue_EntityRef(entityId, name, type, count);
  }
}
