package org.newsclean.pipeline.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsclean.transforms.records.MentionRecord;

class CanonicalParquetFooterTest {

  /** A real Parquet file from the pipeline's writer, with enough rows for dictionary and plain encodings. */
  private static byte[] written(Path dir) throws Exception {
    SchemaRegistry registry = SchemaRegistry.createDefault();
    RecordFiles files = new RecordFiles(registry.getSchema(MentionRecord.class), true);
    try (RecordFiles.Output out = files.open(dir.toString(), "part")) {
      for (int i = 0; i < 3000; i++) {
        out.write(registry.getToRowFunction(MentionRecord.class).apply(MentionRecord.create("d-" + i, "e-" + (i % 7), "PERSON", "s" + i, i, i + 3)));
      }
    }
    return Files.readAllBytes(dir.resolve("part.parquet"));
  }

  private static FileMetaData footer(byte[] file) throws IOException {
    int length = ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    return Util.readFileMetaData(new ByteArrayInputStream(file, file.length - 8 - length, length));
  }

  private static List<List<Encoding>> encodings(FileMetaData footer) {
    List<List<Encoding>> all = new ArrayList<>();
    for (RowGroup g : footer.getRow_groups()) {
      for (ColumnChunk c : g.getColumns()) {
        all.add(c.getMeta_data().getEncodings());
      }
    }
    return all;
  }

  private static boolean sorted(List<Encoding> list) {
    for (int i = 1; i < list.size(); i++) {
      if (list.get(i - 1).getValue() > list.get(i).getValue()) {
        return false;
      }
    }
    return true;
  }

  @Test
  void theWriterLeavesEveryEncodingListSorted(@TempDir Path dir) throws Exception {
    List<List<Encoding>> lists = encodings(footer(written(dir)));
    assertTrue(lists.stream().anyMatch(l -> l.size() > 1), "the file has columns with several encodings: " + lists);
    assertTrue(lists.stream().allMatch(CanonicalParquetFooterTest::sorted), lists.toString());
  }

  @Test
  void aFooterInAnotherOrderIsRewrittenToTheSameBytes(@TempDir Path dir) throws Exception {
    byte[] canonical = written(dir);
    FileMetaData shuffled = footer(canonical);
    for (RowGroup g : shuffled.getRow_groups()) {
      for (ColumnChunk c : g.getColumns()) {
        List<Encoding> reversed = new ArrayList<>(c.getMeta_data().getEncodings());
        Collections.reverse(reversed);
        c.getMeta_data().setEncodings(reversed);
      }
    }
    ByteArrayOutputStream footer = new ByteArrayOutputStream();
    Util.writeFileMetaData(shuffled, footer);
    int length = footer.size();
    byte[] other = canonical.clone();
    System.arraycopy(footer.toByteArray(), 0, other, canonical.length - 8 - length, length);
    assertNotEquals(Arrays.hashCode(canonical), Arrays.hashCode(other), "the reversed footer differs");

    // through the channel, with a window just above the footer and far smaller than the file: pass-through and
    // footer both exercised
    assertTrue(canonical.length > 10 * (length + 8), "file of " + canonical.length + " bytes, footer of " + length);
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (CanonicalParquetFooter channel = new CanonicalParquetFooter(Channels.newChannel(sink), length + 8)) {
      for (int off = 0; off < other.length; off += 1000) {
        channel.write(ByteBuffer.wrap(other, off, Math.min(1000, other.length - off)));
      }
    }
    assertArrayEquals(canonical, sink.toByteArray());

    // the whole file in one write, far larger than the buffer
    ByteArrayOutputStream once = new ByteArrayOutputStream();
    try (CanonicalParquetFooter channel = new CanonicalParquetFooter(Channels.newChannel(once), length + 8)) {
      channel.write(ByteBuffer.wrap(other));
    }
    assertArrayEquals(canonical, once.toByteArray());

    // a window smaller than the footer: the bytes pass as they came, never a broken file
    ByteArrayOutputStream small = new ByteArrayOutputStream();
    try (CanonicalParquetFooter channel = new CanonicalParquetFooter(Channels.newChannel(small), 16)) {
      channel.write(ByteBuffer.wrap(other));
    }
    assertArrayEquals(other, small.toByteArray());
  }

  @Test
  void bytesThatAreNotAParquetFilePassThroughUnchanged() throws IOException {
    byte[] data = "not a parquet file at all, just bytes".getBytes();
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (CanonicalParquetFooter channel = new CanonicalParquetFooter(Channels.newChannel(sink), 8)) {
      channel.write(ByteBuffer.wrap(data));
    }
    assertEquals(new String(data), sink.toString());
  }
}
