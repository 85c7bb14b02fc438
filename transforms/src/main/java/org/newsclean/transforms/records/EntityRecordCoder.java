package org.newsclean.transforms.records;

import static org.newsclean.transforms.records.FieldEncoding.strings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.VarInt;

/**
 * The coder of {@link EntityRecord} collections: the schema of Beam's {@code SchemaCoder} for the class, with a
 * hand-written encoding (strings by {@link CompactStrings}, a length before each list, a variable-length count).
 * Entity aggregation shuffles one partial record per entity of every document (about 25 a document) before it
 * merges them. Deterministic: the lists are ordered.
 */
public final class EntityRecordCoder extends HandWrittenSchemaCoder<EntityRecord> {
  private static final long serialVersionUID = 1L;
  private static final EntityRecordCoder INSTANCE = new EntityRecordCoder();

  private EntityRecordCoder() {
    super(EntityRecord.class);
  }

  public static EntityRecordCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(EntityRecord e, OutputStream out) throws IOException {
    if (e == null) {
      throw new CoderException("cannot encode a null EntityRecord");
    }
    CompactStrings.write(e.getEntityId(), out);
    CompactStrings.write(e.getName(), out);
    CompactStrings.write(e.getType(), out);
    strings(e.getAliases(), out);
    strings(e.getDocIds(), out);
    VarInt.encode(e.getMentionCount(), out);
    strings(e.getLanguages(), out);
  }

  @Override
  public EntityRecord decode(InputStream in) throws IOException {
    String entityId = CompactStrings.read(in);
    String name = CompactStrings.read(in);
    String type = CompactStrings.read(in);
    List<String> aliases = strings(in);
    List<String> docIds = strings(in);
    long count = VarInt.decodeLong(in);
    List<String> languages = strings(in);
    return EntityRecord.create(entityId, name, type, aliases, docIds, count, languages);
  }
}
