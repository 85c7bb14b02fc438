package org.newsclean.pipeline.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * A channel for a Parquet file that makes its footer the same on every run: it sorts the list of encodings of
 * every column chunk, which parquet-java builds from a {@code HashSet} of enum constants and so writes in an
 * order that depends on the JVM's identity hash codes (apache/parquet-java#3215, open). Without this, two runs of
 * the same input wrote the same rows but files that differed in one or two footer bytes.
 *
 * <p>Bytes pass through to the underlying channel, except the last {@link #WINDOW} bytes, kept back until
 * {@link #close()}: there the footer (its length is in the file's last eight bytes) is decoded, its encoding lists
 * sorted by code, and encoded again; the list holds the same elements, so the footer keeps its length and every
 * offset in the file stays right. A footer larger than the window, or one that does not re-encode to the same
 * length, is written as it came (never a broken file). Memory: one array of {@code 2 * WINDOW} bytes per open file.
 */
final class CanonicalParquetFooter implements WritableByteChannel {
  /**
   * Bytes kept back: more than the footer of any shard the pipeline writes (a few KB per row group); small enough
   * that the buffer ({@code 2 * WINDOW}, one per open file) is an ordinary young-generation array.
   */
  static final int WINDOW = 128 << 10;

  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

  private final WritableByteChannel out;
  private final int window;
  private byte[] pending;
  private int size;
  private boolean open = true;

  CanonicalParquetFooter(WritableByteChannel out) {
    this(out, WINDOW);
  }

  CanonicalParquetFooter(WritableByteChannel out, int window) {
    this.out = out;
    this.window = window;
  }

  @Override
  public int write(ByteBuffer src) throws IOException {
    int n = src.remaining();
    if (pending == null) {
      pending = new byte[2 * window];
    }
    if (size + n > pending.length) {
      // keep only the last `window` bytes of what was kept plus what comes; the rest goes out now
      long total = (long) size + n;
      int keep = (int) Math.min(window, total);
      long toFlush = total - keep;
      int fromPending = (int) Math.min(size, toFlush);
      passThrough(fromPending);
      int fromSrc = (int) (toFlush - fromPending);
      if (fromSrc > 0) {
        ByteBuffer head = src.duplicate();
        head.limit(head.position() + fromSrc);
        while (head.hasRemaining()) {
          out.write(head);
        }
        src.position(src.position() + fromSrc);
      }
    }
    int rest = src.remaining();
    src.get(pending, size, rest);
    size += rest;
    return n;
  }

  private void passThrough(int count) throws IOException {
    if (count == 0) {
      return;
    }
    ByteBuffer head = ByteBuffer.wrap(pending, 0, count);
    while (head.hasRemaining()) {
      out.write(head);
    }
    System.arraycopy(pending, count, pending, 0, size - count);
    size -= count;
  }

  @Override
  public boolean isOpen() {
    return open;
  }

  @Override
  public void close() throws IOException {
    if (!open) {
      return;
    }
    open = false;
    try {
      if (pending != null) {
        canonicalize(pending, size);
        passThrough(size);
      }
    } finally {
      out.close();
    }
  }

  /** Sorts the footer's encoding lists in place in {@code bytes[0, size)}, the end of a Parquet file. */
  static void canonicalize(byte[] bytes, int size) throws IOException {
    if (size < 8 || !Arrays.equals(Arrays.copyOfRange(bytes, size - 4, size), MAGIC)) {
      return;
    }
    int length = ByteBuffer.wrap(bytes, size - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    int start = size - 8 - length;
    if (length <= 0 || start < 0) {
      return;
    }
    FileMetaData footer = Util.readFileMetaData(new ByteArrayInputStream(bytes, start, length));
    boolean changed = false;
    if (footer.getRow_groups() != null) {
      for (RowGroup group : footer.getRow_groups()) {
        for (ColumnChunk chunk : group.getColumns()) {
          ColumnMetaData meta = chunk.getMeta_data();
          if (meta != null && meta.getEncodings() != null) {
            Encoding[] sorted = meta.getEncodings().toArray(new Encoding[0]);
            Arrays.sort(sorted, Comparator.comparingInt(Encoding::getValue));
            if (!Arrays.asList(sorted).equals(meta.getEncodings())) {
              meta.setEncodings(new java.util.ArrayList<>(Arrays.asList(sorted)));
              changed = true;
            }
          }
        }
      }
    }
    if (!changed) {
      return;
    }
    ByteArrayOutputStream encoded = new ByteArrayOutputStream(length);
    Util.writeFileMetaData(footer, encoded);
    if (encoded.size() == length) {
      System.arraycopy(encoded.toByteArray(), 0, bytes, start, length);
    }
  }
}
