package org.newsclean.transforms.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.util.VarInt;

/**
 * The coder of {@link MentionRecord} collections: the schema of Beam's {@link SchemaCoder} for the class, with a
 * hand-written encoding (four strings written by {@link CompactStrings}, two variable-length integers). There
 * are about forty mentions per document, each shuffled once on its way to the writer: without the intermediate
 * {@code Row} of the generic schema coder, most of the cost of a mention's shuffle is its bytes. Deterministic.
 */
public final class MentionRecordCoder extends HandWrittenSchemaCoder<MentionRecord> {

  private static final long serialVersionUID = 1L;
  private static final MentionRecordCoder INSTANCE = new MentionRecordCoder();

  private MentionRecordCoder() {
    super(MentionRecord.class);
  }

  public static MentionRecordCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(MentionRecord m, OutputStream out) throws IOException {
    if (m == null) {
      throw new CoderException("cannot encode a null MentionRecord");
    }
    CompactStrings.write(m.getDocId(), out);
    CompactStrings.write(m.getEntityId(), out);
    CompactStrings.write(m.getType(), out);
    CompactStrings.write(m.getSurface(), out);
    VarInt.encode(m.getStart(), out);
    VarInt.encode(m.getEnd(), out);
  }

  @Override
  public MentionRecord decode(InputStream in) throws IOException {
    return MentionRecord.create(
        CompactStrings.read(in),
        CompactStrings.read(in),
        CompactStrings.read(in),
        CompactStrings.read(in),
        VarInt.decodeInt(in),
        VarInt.decodeInt(in));
  }
}
