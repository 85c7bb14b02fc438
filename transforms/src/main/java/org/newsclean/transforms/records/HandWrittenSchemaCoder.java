package org.newsclean.transforms.records;

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
}
