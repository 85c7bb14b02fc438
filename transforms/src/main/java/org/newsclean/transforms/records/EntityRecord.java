package org.newsclean.transforms.records;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;

/** A row of the entities output: one entity over the whole run. Lists are sorted. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class EntityRecord {
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
  @SchemaFieldName("aliases")
  public abstract List<String> getAliases();

  @SchemaFieldNumber("4")
  @SchemaFieldName("doc_ids")
  public abstract List<String> getDocIds();

  @SchemaFieldNumber("5")
  @SchemaFieldName("mention_count")
  public abstract long getMentionCount();

  @SchemaFieldNumber("6")
  @SchemaFieldName("languages")
  public abstract List<String> getLanguages();

  @SchemaCreate // Beam matches parameters to fields by name: compile with -parameters
  public static EntityRecord create(
      String entityId,
      String name,
      String type,
      List<String> aliases,
      List<String> docIds,
      long mentionCount,
      List<String> languages) {
    return new AutoValue_EntityRecord(
        entityId, name, type, List.copyOf(aliases), List.copyOf(docIds), mentionCount, List.copyOf(languages));
  }
}
