package org.newsclean.pipeline.io;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.Utf8;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.schemas.Schema;
import org.apache.beam.sdk.values.Row;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Turns rows of one Beam schema into Avro records for the Parquet writer, as {@link AvroUtils#toGenericRecord}
 * does, with the per-field work done once per schema instead of once per value: Beam's converter re-reads the
 * Avro schema of every field of every row (its nullability and element type) and goes through a validating
 * record builder; on the mention records (forty a document) that was a quarter of the writer's time.
 *
 * <p>Values are the ones {@code AvroUtils} gives: strings as Avro {@link Utf8}, numbers and booleans as they are,
 * arrays as lists, nested rows as nested records ({@code AvroRecordsTest} compares the two on every record type).
 * Only the types the project's records use are supported; any other type is refused when the schema is given.
 */
final class AvroRecords {
  private interface Converter {
    @Nullable Object convert(@Nullable Object value);
  }

  private final org.apache.avro.Schema avroSchema;
  private final Converter[] fields;

  AvroRecords(Schema schema, org.apache.avro.Schema avroSchema) {
    this.avroSchema = avroSchema;
    this.fields = new Converter[schema.getFieldCount()];
    for (int i = 0; i < fields.length; i++) {
      Schema.Field field = schema.getField(i);
      org.apache.avro.Schema.Field avroField = avroSchema.getField(field.getName());
      if (avroField == null || avroField.pos() != i) {
        throw new IllegalArgumentException("Avro field " + field.getName() + " missing or out of place in " + avroSchema);
      }
      fields[i] = converter(field.getType(), avroField.schema());
    }
  }

  GenericRecord toRecord(Row row) {
    GenericData.Record record = new GenericData.Record(avroSchema);
    for (int i = 0; i < fields.length; i++) {
      record.put(i, fields[i].convert(row.getValue(i)));
    }
    return record;
  }

  private static Converter converter(Schema.FieldType type, org.apache.avro.Schema avro) {
    org.apache.avro.Schema nonNull = avro;
    if (avro.getType() == org.apache.avro.Schema.Type.UNION) {
      nonNull = avro.getTypes().stream().filter(t -> t.getType() != org.apache.avro.Schema.Type.NULL).findFirst().orElseThrow();
    }
    switch (type.getTypeName()) {
      case BYTE:
      case INT16:
      case INT32:
      case INT64:
      case FLOAT:
      case DOUBLE:
      case BOOLEAN:
        return value -> value;
      case STRING:
        return value -> value == null ? null : new Utf8((String) value);
      case ARRAY:
      case ITERABLE:
        {
          Converter element = converter(type.getCollectionElementType(), nonNull.getElementType());
          return value -> {
            if (value == null) {
              return null;
            }
            Iterable<?> items = (Iterable<?>) value;
            List<Object> out = items instanceof List<?> list ? new ArrayList<>(list.size()) : new ArrayList<>();
            for (Object item : items) {
              out.add(element.convert(item));
            }
            return out;
          };
        }
      case ROW:
        {
          AvroRecords nested = new AvroRecords(type.getRowSchema(), nonNull);
          return value -> value == null ? null : nested.toRecord((Row) value);
        }
      default:
        throw new IllegalArgumentException("no Avro conversion for " + type + " in the record writer");
    }
  }
}
