package org.newsclean.transforms.records;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A row of the quotes output: one quote of one document. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class QuoteRecord {
  @SchemaFieldNumber("0")
  @SchemaFieldName("quote_id")
  public abstract String getQuoteId();

  @SchemaFieldNumber("1")
  @SchemaFieldName("doc_id")
  public abstract String getDocId();

  @SchemaFieldNumber("2")
  @SchemaFieldName("language")
  public abstract String getLanguage();

  @SchemaFieldNumber("3")
  @SchemaFieldName("text")
  public abstract String getText();

  @SchemaFieldNumber("4")
  @SchemaFieldName("speaker")
  public abstract @Nullable String getSpeaker();

  @SchemaFieldNumber("5")
  @SchemaFieldName("speaker_entity_id")
  public abstract @Nullable String getSpeakerEntityId();

  @SchemaFieldNumber("6")
  @SchemaFieldName("start")
  public abstract int getStart();

  @SchemaFieldNumber("7")
  @SchemaFieldName("end")
  public abstract int getEnd();

  @SchemaCreate // Beam matches parameters to fields by name: compile with -parameters
  public static QuoteRecord create(
      String quoteId,
      String docId,
      String language,
      String text,
      @Nullable String speaker,
      @Nullable String speakerEntityId,
      int start,
      int end) {
    return new AutoValue_QuoteRecord(quoteId, docId, language, text, speaker, speakerEntityId, start, end);
  }
}
