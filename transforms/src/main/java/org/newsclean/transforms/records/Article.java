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
 * One article as it flows through the pipeline, and the document record written at the end.
 *
 * <p>Stages fill it in turn: reading sets source, content type, title and the raw text; boilerplate
 * removal replaces the text with the cleaned text and lists what it cut; deduplication sets the
 * content-derived {@code doc_id} and the duplicate sources; language detection, entity and quote
 * extraction add their fields. The field names are the output contract (see docs/output.md).
 */
@DefaultSchema(AutoValueSchema.class)
@AutoValue
public abstract class Article {

  /** Stable id derived from the normalised cleaned text; null until deduplication. */
  @SchemaFieldNumber("0")
  @SchemaFieldName("doc_id")
  public abstract @Nullable String getDocId();

  /** Path or URI of the input file this document was read from (the representative's source). */
  @SchemaFieldNumber("1")
  @SchemaFieldName("source")
  public abstract String getSource();

  /** Other input files whose cleaned text is identical, sorted. */
  @SchemaFieldNumber("2")
  @SchemaFieldName("duplicate_sources")
  public abstract List<String> getDuplicateSources();

  @SchemaFieldNumber("3")
  @SchemaFieldName("content_type")
  public abstract @Nullable String getContentType();

  @SchemaFieldNumber("4")
  @SchemaFieldName("title")
  public abstract @Nullable String getTitle();

  /** ISO 639-1 code, or {@code und}; null until language detection. */
  @SchemaFieldNumber("5")
  @SchemaFieldName("language")
  public abstract @Nullable String getLanguage();

  @SchemaFieldNumber("6")
  @SchemaFieldName("language_confidence")
  public abstract @Nullable Double getLanguageConfidence();

  @SchemaFieldNumber("7")
  @SchemaFieldName("text")
  public abstract String getText();

  @SchemaFieldNumber("8")
  @SchemaFieldName("boilerplate_removed")
  public abstract List<String> getBoilerplateRemoved();

  @SchemaFieldNumber("9")
  @SchemaFieldName("quotes")
  public abstract List<QuoteRef> getQuotes();

  @SchemaFieldNumber("10")
  @SchemaFieldName("entities")
  public abstract List<EntityRef> getEntities();

  /** Every entity mention with offsets into {@link #text()}; written to the mentions output. */
  @SchemaFieldNumber("11")
  @SchemaFieldName("mentions")
  public abstract List<MentionRef> getMentions();

  @SchemaFieldNumber("12")
  @SchemaFieldName("story_id")
  public abstract @Nullable String getStoryId();

  @SchemaFieldNumber("13")
  @SchemaFieldName("near_duplicate_of")
  public abstract @Nullable String getNearDuplicateOf();

  public abstract Builder toBuilder();

  /** All fields, in schema order; used by Beam to decode records. */
  @SchemaCreate // Beam matches parameters to fields by name: compile with -parameters
  public static Article create(
      @Nullable String docId,
      String source,
      List<String> duplicateSources,
      @Nullable String contentType,
      @Nullable String title,
      @Nullable String language,
      @Nullable Double languageConfidence,
      String text,
      List<String> boilerplateRemoved,
      List<QuoteRef> quotes,
      List<EntityRef> entities,
      List<MentionRef> mentions,
      @Nullable String storyId,
      @Nullable String nearDuplicateOf) {
    return builder()
        .setDocId(docId)
        .setSource(source)
        .withDuplicateSources(duplicateSources)
        .setContentType(contentType)
        .setTitle(title)
        .setLanguage(language)
        .setLanguageConfidence(languageConfidence)
        .setText(text)
        .withBoilerplateRemoved(boilerplateRemoved)
        .withQuotes(quotes)
        .withEntities(entities)
        .withMentions(mentions)
        .setStoryId(storyId)
        .setNearDuplicateOf(nearDuplicateOf)
        .build();
  }

  /** A freshly read article: only source, content type, title and raw text are known. */
  public static Article read(String source, @Nullable String contentType, @Nullable String title, String text) {
    return builder()
        .setSource(source)
        .setContentType(contentType)
        .setTitle(title)
        .setText(text)
        .build();
  }

  public static Builder builder() {
    return new AutoValue_Article.Builder()
        .setDuplicateSources(List.of())
        .setBoilerplateRemoved(List.of())
        .setQuotes(List.of())
        .setEntities(List.of())
        .setMentions(List.of());
  }

  /** Builder; list setters copy their argument into an immutable list. */
  @AutoValue.Builder
  public abstract static class Builder {
    public abstract Builder setDocId(@Nullable String value);

    public abstract Builder setSource(String value);

    abstract Builder setDuplicateSources(List<String> value);

    public abstract Builder setContentType(@Nullable String value);

    public abstract Builder setTitle(@Nullable String value);

    public abstract Builder setLanguage(@Nullable String value);

    public abstract Builder setLanguageConfidence(@Nullable Double value);

    public abstract Builder setText(String value);

    abstract Builder setBoilerplateRemoved(List<String> value);

    abstract Builder setQuotes(List<QuoteRef> value);

    abstract Builder setEntities(List<EntityRef> value);

    abstract Builder setMentions(List<MentionRef> value);

    public abstract Builder setStoryId(@Nullable String value);

    public abstract Builder setNearDuplicateOf(@Nullable String value);

    public Builder withDuplicateSources(List<String> value) {
      return setDuplicateSources(List.copyOf(value));
    }

    public Builder withBoilerplateRemoved(List<String> value) {
      return setBoilerplateRemoved(List.copyOf(value));
    }

    public Builder withQuotes(List<QuoteRef> value) {
      return setQuotes(List.copyOf(value));
    }

    public Builder withEntities(List<EntityRef> value) {
      return setEntities(List.copyOf(value));
    }

    public Builder withMentions(List<MentionRef> value) {
      return setMentions(List.copyOf(value));
    }

    public abstract Article build();
  }
}
