package org.newsclean.transforms.records;

import com.google.auto.value.AutoValue;
import org.apache.beam.sdk.schemas.AutoValueSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldName;
import org.apache.beam.sdk.schemas.annotations.SchemaFieldNumber;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Where one document quotes a statement of {@code quotes/}, and whom that document names as its speaker. */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class QuoteOccurrence {
  @SchemaFieldNumber("0")
  @SchemaFieldName("doc_id")
  public abstract String getDocId();

  @SchemaFieldNumber("1")
  @SchemaFieldName("start")
  public abstract int getStart();

  @SchemaFieldNumber("2")
  @SchemaFieldName("end")
  public abstract int getEnd();

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
  @SchemaFieldName("statement_start")
  public abstract int getStatementStart();

  @SchemaFieldNumber("8")
  @SchemaFieldName("statement_end")
  public abstract int getStatementEnd();

  @SchemaCreate // Beam matches parameters to fields by name: compile with -parameters
  public static QuoteOccurrence create(
      String docId,
      int start,
      int end,
      String kind,
      @Nullable String speaker,
      @Nullable String speakerEntityId,
      @Nullable String speakerText,
      int statementStart,
      int statementEnd) {
    return new AutoValue_QuoteOccurrence(
        docId, start, end, kind, speaker, speakerEntityId, speakerText, statementStart, statementEnd);
  }
}
