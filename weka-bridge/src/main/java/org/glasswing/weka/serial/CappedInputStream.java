package org.glasswing.weka.serial;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Counts the bytes read through it and fails once they pass {@link SerialLimits#streamByteCap()},
 * so that a small gzip file cannot inflate into unbounded data (a long string is read without any
 * filter call).
 */
final class CappedInputStream extends FilterInputStream {

  private final Consumer<String> rejections;
  private final long cap = SerialLimits.streamByteCap();
  private long count;

  CappedInputStream(InputStream in, Consumer<String> rejections) {
    super(in);
    this.rejections = rejections;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  private void counted(long n) throws IOException {
    count += n;
    if (count > cap) {
      String reason = "more than " + cap + " bytes (limit MAX_STREAM_BYTES)";
      rejections.accept(reason);
      throw new IOException(reason);
    }
  }
}
