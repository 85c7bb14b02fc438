package org.newsclean.transforms.records;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A quote inside a document record; {@code start}/{@code end} are offsets of the quote text in the
 * document text; {@code quote_id} is the row of {@code quotes/} that groups every document quoting
 * the same words.
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class QuoteRef {
  @SchemaFieldNumber("0")
  @SchemaFieldName("text")
  public abstract String getText();

  @SchemaFieldNumber("1")
  @SchemaFieldName("speaker")
  public abstract @Nullable String getSpeaker();

  @SchemaFieldNumber("2")
  @SchemaFieldName("speaker_entity_id")
  public abstract @Nullable String getSpeakerEntityId();

  @SchemaFieldNumber("3")
  @SchemaFieldName("start")
  public abstract int getStart();

  @SchemaFieldNumber("4")
  @SchemaFieldName("end")
  public abstract int getEnd();

  @SchemaFieldNumber("5")
  @SchemaFieldName("kind")
  public abstract String getKind();

  @SchemaFieldNumber("6")
  @SchemaFieldName("speaker_text")
  public abstract @Nullable String getSpeakerText();

  @SchemaFieldNumber("7")
  @SchemaFieldName("quote_id")
  public abstract String getQuoteId();

  @SchemaFieldNumber("8")
  @SchemaFieldName("statement_start")
  public abstract int getStatementStart();

  @SchemaFieldNumber("9")
  @SchemaFieldName("statement_end")
  public abstract int getStatementEnd();

  @SchemaCreate // Beam matches parameters to fields by name: compile with -parameters
  public static QuoteRef create(
      String text,
      @Nullable String speaker,
      @Nullable String speakerEntityId,
      int start,
      int end,
      String kind,
      @Nullable String speakerText,
      String quoteId,
      int statementStart,
      int statementEnd) {
    return new AutoValue_QuoteRef(
        text, speaker, speakerEntityId, start, end, kind, speakerText, quoteId, statementStart, statementEnd);
  }
}
