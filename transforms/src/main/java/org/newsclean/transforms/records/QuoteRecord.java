package org.newsclean.transforms.records;

import com.google.auto.value.AutoValue;
import java.util.List;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A row of the quotes output: one statement (same language, same words after normalisation) with
 * every document that quotes it; speaker fields are those of the first attributed occurrence.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class QuoteRecord {
  @SchemaFieldNumber("0")
  @SchemaFieldName("quote_id")
  public abstract String getQuoteId();

  @SchemaFieldNumber("1")
  @SchemaFieldName("language")
  public abstract String getLanguage();

  @SchemaFieldNumber("2")
  @SchemaFieldName("text")
  public abstract String getText();

  @SchemaFieldNumber("3")
  @SchemaFieldName("kind")
  public abstract String getKind();

  @SchemaFieldNumber("4")
  @SchemaFieldName("speaker")
  public abstract @Nullable String getSpeaker();

  @SchemaFieldNumber("5")
  @SchemaFieldName("speaker_entity_id")
  public abstract @Nullable String getSpeakerEntityId();

  @SchemaFieldNumber("6")
  @SchemaFieldName("speaker_text")
  public abstract @Nullable String getSpeakerText();

  @SchemaFieldNumber("7")
  @SchemaFieldName("doc_ids")
  public abstract List<String> getDocIds();

  @SchemaFieldNumber("8")
  @SchemaFieldName("occurrences")
  public abstract List<QuoteOccurrence> getOccurrences();

  @SchemaCreate // Beam matches parameters to fields by name: compile with -parameters
  public static QuoteRecord create(
      String quoteId,
      String language,
      String text,
      String kind,
      @Nullable String speaker,
      @Nullable String speakerEntityId,
      @Nullable String speakerText,
      List<String> docIds,
      List<QuoteOccurrence> occurrences) {
    return new AutoValue_QuoteRecord(
        quoteId, language, text, kind, speaker, speakerEntityId, speakerText, List.copyOf(docIds), List.copyOf(occurrences));
  }
}
