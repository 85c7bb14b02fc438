package org.newsclean.transforms.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.VarInt;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Base of the record coders that keep a class's Beam schema (so a collection coded by them still has a schema for
 * schema-aware transforms and for the record writers) but encode the fields by hand, without the intermediate
 * {@code Row} of {@link SchemaCoder}. Subclasses write deterministic encodings; two coders are equal when they are
 * of the same class.
 */
abstract class HandWrittenSchemaCoder<T> extends SchemaCoder<T> {
  private static final long serialVersionUID = 1L;

  HandWrittenSchemaCoder(Class<T> type) {
    this(type, schemaCoderOf(type));
  }

  private HandWrittenSchemaCoder(Class<T> type, SchemaCoder<T> schemaCoder) {
    super(schemaCoder.getSchema(), TypeDescriptor.of(type), schemaCoder.getToRowFunction(), schemaCoder.getFromRowFunction());
  }

  private static <T> SchemaCoder<T> schemaCoderOf(Class<T> type) {
    try {
      return SchemaRegistry.createDefault().getSchemaCoder(type);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(type.getSimpleName() + " has no schema", e);
    }
  }

  @Override
  public void verifyDeterministic() {
    // strings, integers, a double's bits and ordered lists, written in a fixed order: one value, one byte sequence
  }

  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass();
  }

  @Override
  public int hashCode() {
    return getClass().hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }

  // field encodings shared by the hand-written coders

  static void nullable(@Nullable String s, OutputStream out) throws IOException {
    if (s == null) {
      out.write(0);
    } else {
      out.write(1);
      CompactStrings.write(s, out);
    }
  }

  static @Nullable String nullable(InputStream in) throws IOException {
    return presence(in) ? CompactStrings.read(in) : null;
  }

  static void strings(List<String> list, OutputStream out) throws IOException {
    VarInt.encode(list.size(), out);
    for (String s : list) {
      CompactStrings.write(s, out);
    }
  }

  static List<String> strings(InputStream in) throws IOException {
    int n = size(in);
    if (n == 0) {
      return Collections.emptyList();
    }
    List<String> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(CompactStrings.read(in));
    }
    return list;
  }

  static boolean presence(InputStream in) throws IOException {
    int b = readByte(in);
    if (b > 1) {
      throw new CoderException("corrupt record encoding: presence byte " + b);
    }
    return b == 1;
  }

  static int size(InputStream in) throws IOException {
    int n = VarInt.decodeInt(in);
    if (n < 0) {
      throw new CoderException("corrupt record encoding: list size " + n);
    }
    return n;
  }

  static int readByte(InputStream in) throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new CoderException("truncated record encoding");
    }
    return b;
  }
}
