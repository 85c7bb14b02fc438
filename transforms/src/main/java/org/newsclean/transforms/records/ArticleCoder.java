package org.newsclean.transforms.records;

import static org.newsclean.transforms.records.FieldEncoding.nullable;
import static org.newsclean.transforms.records.FieldEncoding.presence;
import static org.newsclean.transforms.records.FieldEncoding.readByte;
import static org.newsclean.transforms.records.FieldEncoding.size;
import static org.newsclean.transforms.records.FieldEncoding.strings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.util.VarInt;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The coder of {@link Article} collections: the same schema as Beam's {@link SchemaCoder} for the class (so that
 * schema-aware transforms and the record writers see the collection's schema), with a hand-written encoding.
 *
 * <p>Why: an article crosses every shuffle of the pipeline (exact and near duplicates, stories, the document
 * writer), and on Flink's batch runner every collection read by more than one step is serialized once per reader.
 * Beam's generic schema coder first turns the article into a {@code Row} (and each quote, entity and mention into a
 * nested {@code Row}), encodes the rows, and on decoding builds the rows back and converts them to objects again.
 * This coder writes the fields straight from the getters and builds the article straight from the bytes. Strings
 * are written by {@link CompactStrings} (one or two bytes a char: the JDK's UTF-8 transcoding of texts that hold
 * wide chars was more than half of the coder's time on Flink); the other fields as variable-length integers, a
 * presence byte for nullable fields, and a length before each list.
 *
 * <p>The encoding is deterministic (same article, same bytes): the lists are ordered and no field is a map.
 * {@code ArticleCoderTest} checks that every article decodes to an equal article and that the coder is used from
 * the read to the writers.
 */
public final class ArticleCoder extends HandWrittenSchemaCoder<Article> {

  private static final long serialVersionUID = 1L;
  private static final ArticleCoder INSTANCE = new ArticleCoder();

  private ArticleCoder() {
    super(Article.class);
  }

  public static ArticleCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(Article a, OutputStream out) throws IOException {
    if (a == null) {
      throw new CoderException("cannot encode a null Article");
    }
    nullable(a.getDocId(), out);
    CompactStrings.write(a.getSource(), out);
    strings(a.getDuplicateSources(), out);
    nullable(a.getContentType(), out);
    nullable(a.getTitle(), out);
    nullable(a.getLanguage(), out);
    Double confidence = a.getLanguageConfidence();
    if (confidence == null) {
      out.write(0);
    } else {
      out.write(1);
      long bits = Double.doubleToLongBits(confidence);
      for (int shift = 56; shift >= 0; shift -= 8) {
        out.write((int) (bits >>> shift));
      }
    }
    CompactStrings.write(a.getText(), out);
    strings(a.getBoilerplateRemoved(), out);
    VarInt.encode(a.getQuotes().size(), out);
    for (QuoteRef q : a.getQuotes()) {
      CompactStrings.write(q.getText(), out);
      nullable(q.getSpeaker(), out);
      nullable(q.getSpeakerEntityId(), out);
      VarInt.encode(q.getStart(), out);
      VarInt.encode(q.getEnd(), out);
      CompactStrings.write(q.getKind(), out);
      nullable(q.getSpeakerText(), out);
      CompactStrings.write(q.getQuoteId(), out);
      VarInt.encode(q.getStatementStart(), out);
      VarInt.encode(q.getStatementEnd(), out);
    }
    VarInt.encode(a.getEntities().size(), out);
    for (EntityRef e : a.getEntities()) {
      CompactStrings.write(e.getEntityId(), out);
      CompactStrings.write(e.getName(), out);
      CompactStrings.write(e.getType(), out);
      VarInt.encode(e.getCount(), out);
    }
    VarInt.encode(a.getMentions().size(), out);
    for (MentionRef m : a.getMentions()) {
      CompactStrings.write(m.getEntityId(), out);
      CompactStrings.write(m.getName(), out);
      CompactStrings.write(m.getType(), out);
      CompactStrings.write(m.getSurface(), out);
      VarInt.encode(m.getStart(), out);
      VarInt.encode(m.getEnd(), out);
    }
    nullable(a.getStoryId(), out);
    nullable(a.getNearDuplicateOf(), out);
  }

  @Override
  public Article decode(InputStream in) throws IOException {
    String docId = nullable(in);
    String source = CompactStrings.read(in);
    List<String> duplicateSources = strings(in);
    String contentType = nullable(in);
    String title = nullable(in);
    String language = nullable(in);
    Double confidence = null;
    if (presence(in)) {
      long bits = 0;
      for (int i = 0; i < 8; i++) {
        bits = (bits << 8) | readByte(in);
      }
      confidence = Double.longBitsToDouble(bits);
    }
    String text = CompactStrings.read(in);
    List<String> boilerplate = strings(in);
    int n = size(in);
    List<QuoteRef> quotes = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      quotes.add(
          QuoteRef.create(
              CompactStrings.read(in),
              nullable(in),
              nullable(in),
              VarInt.decodeInt(in),
              VarInt.decodeInt(in),
              CompactStrings.read(in),
              nullable(in),
              CompactStrings.read(in),
              VarInt.decodeInt(in),
              VarInt.decodeInt(in)));
    }
    n = size(in);
    List<EntityRef> entities = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      entities.add(EntityRef.create(CompactStrings.read(in), CompactStrings.read(in), CompactStrings.read(in), VarInt.decodeInt(in)));
    }
    n = size(in);
    List<MentionRef> mentions = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      mentions.add(
          MentionRef.create(
              CompactStrings.read(in),
              CompactStrings.read(in),
              CompactStrings.read(in),
              CompactStrings.read(in),
              VarInt.decodeInt(in),
              VarInt.decodeInt(in)));
    }
    String storyId = nullable(in);
    String nearDuplicateOf = nullable(in);
    return Article.create(
        docId,
        source,
        duplicateSources,
        contentType,
        title,
        language,
        confidence,
        text,
        boilerplate,
        quotes,
        entities,
        mentions,
        storyId,
        nearDuplicateOf);
  }
}
