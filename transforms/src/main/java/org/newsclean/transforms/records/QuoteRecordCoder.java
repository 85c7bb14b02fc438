package org.newsclean.transforms.records;

import static org.newsclean.transforms.records.FieldEncoding.nullable;
import static org.newsclean.transforms.records.FieldEncoding.size;
import static org.newsclean.transforms.records.FieldEncoding.strings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.VarInt;

/**
 * The coder of {@link QuoteRecord} collections: the schema of Beam's {@code SchemaCoder} for the class, with a
 * hand-written encoding (strings by {@link CompactStrings}, a presence byte for nullable fields, a length before
 * each list, variable-length integers). Each quote occurrence is shuffled twice (grouped by {@code quote_id}, then
 * to the writer's shard); the generic schema coder built a {@code Row} per record and per occurrence and a bit set
 * of null fields for each. Deterministic: the lists are ordered.
 */
public final class QuoteRecordCoder extends HandWrittenSchemaCoder<QuoteRecord> {
  private static final long serialVersionUID = 1L;
  private static final QuoteRecordCoder INSTANCE = new QuoteRecordCoder();

  private QuoteRecordCoder() {
    super(QuoteRecord.class);
  }

  public static QuoteRecordCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(QuoteRecord q, OutputStream out) throws IOException {
    if (q == null) {
      throw new CoderException("cannot encode a null QuoteRecord");
    }
    CompactStrings.write(q.getQuoteId(), out);
    CompactStrings.write(q.getLanguage(), out);
    CompactStrings.write(q.getText(), out);
    CompactStrings.write(q.getKind(), out);
    nullable(q.getSpeaker(), out);
    nullable(q.getSpeakerEntityId(), out);
    nullable(q.getSpeakerText(), out);
    strings(q.getDocIds(), out);
    VarInt.encode(q.getOccurrences().size(), out);
    for (QuoteOccurrence o : q.getOccurrences()) {
      CompactStrings.write(o.getDocId(), out);
      VarInt.encode(o.getStart(), out);
      VarInt.encode(o.getEnd(), out);
      CompactStrings.write(o.getKind(), out);
      nullable(o.getSpeaker(), out);
      nullable(o.getSpeakerEntityId(), out);
      nullable(o.getSpeakerText(), out);
      VarInt.encode(o.getStatementStart(), out);
      VarInt.encode(o.getStatementEnd(), out);
    }
  }

  @Override
  public QuoteRecord decode(InputStream in) throws IOException {
    String quoteId = CompactStrings.read(in);
    String language = CompactStrings.read(in);
    String text = CompactStrings.read(in);
    String kind = CompactStrings.read(in);
    String speaker = nullable(in);
    String speakerEntityId = nullable(in);
    String speakerText = nullable(in);
    List<String> docIds = strings(in);
    int n = size(in);
    List<QuoteOccurrence> occurrences = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      occurrences.add(
          QuoteOccurrence.create(
              CompactStrings.read(in),
              VarInt.decodeInt(in),
              VarInt.decodeInt(in),
              CompactStrings.read(in),
              nullable(in),
              nullable(in),
              nullable(in),
              VarInt.decodeInt(in),
              VarInt.decodeInt(in)));
    }
    return QuoteRecord.create(quoteId, language, text, kind, speaker, speakerEntityId, speakerText, docIds, occurrences);
  }
}
