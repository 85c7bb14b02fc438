package org.newsclean.transforms.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.util.VarInt;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Field encodings of the hand-written coders (records and accumulators): strings by {@link CompactStrings}, a
 * presence byte before a nullable string, a length before a list; corrupt or truncated input fails with a
 * {@link CoderException}.
 */
public final class FieldEncoding {
  private FieldEncoding() {}

  public static void string(String s, OutputStream out) throws IOException {
    CompactStrings.write(s, out);
  }

  public static String string(InputStream in) throws IOException {
    return CompactStrings.read(in);
  }

  public static void nullable(@Nullable String s, OutputStream out) throws IOException {
    if (s == null) {
      out.write(0);
    } else {
      out.write(1);
      CompactStrings.write(s, out);
    }
  }

  public static @Nullable String nullable(InputStream in) throws IOException {
    return presence(in) ? CompactStrings.read(in) : null;
  }

  public static void strings(Collection<String> list, OutputStream out) throws IOException {
    VarInt.encode(list.size(), out);
    for (String s : list) {
      CompactStrings.write(s, out);
    }
  }

  public static List<String> strings(InputStream in) throws IOException {
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

  public static boolean presence(InputStream in) throws IOException {
    int b = readByte(in);
    if (b > 1) {
      throw new CoderException("corrupt record encoding: presence byte " + b);
    }
    return b == 1;
  }

  public static int size(InputStream in) throws IOException {
    int n = VarInt.decodeInt(in);
    if (n < 0) {
      throw new CoderException("corrupt record encoding: list size " + n);
    }
    return n;
  }

  public static int readByte(InputStream in) throws IOException {
    int b = in.read();
    if (b < 0) {
      throw new CoderException("truncated record encoding");
    }
    return b;
  }
}
