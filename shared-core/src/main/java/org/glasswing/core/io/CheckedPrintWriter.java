package org.glasswing.core.io;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Optional;

/**
 * A {@link PrintWriter} that keeps the error it swallows. A plain print writer only remembers that
 * something failed ({@link #checkError()}); this one also keeps the first {@link IOException} of
 * the writer beneath, so that a full disk can be reported as a full disk.
 */
public final class CheckedPrintWriter extends PrintWriter {

  private final Recorder recorder;

  /**
   * Wraps a writer.
   *
   * @param out the writer to print to
   */
  public CheckedPrintWriter(Writer out) {
    this(new Recorder(out));
  }

  private CheckedPrintWriter(Recorder recorder) {
    super(recorder);
    this.recorder = recorder;
  }

  /**
   * Flushes, and tells what failed so far.
   *
   * @return the first error of the writer beneath, or a general one when the writer only reported
   *     trouble; empty when every write went through
   */
  public Optional<IOException> failure() {
    if (!checkError()) {
      return Optional.empty();
    }
    IOException first = recorder.first();
    return Optional.of(first != null ? first : new IOException("write failed"));
  }

  /**
   * Flushes and throws the first error, if any.
   *
   * @throws IOException the first error of the writer beneath
   */
  public void check() throws IOException {
    Optional<IOException> failure = failure();
    if (failure.isPresent()) {
      throw failure.get();
    }
  }

  /** Passes everything on and remembers the first failure. */
  private static final class Recorder extends Writer {
    private final Writer out;
    private IOException first;

    Recorder(Writer out) {
      this.out = out;
    }

    synchronized IOException first() {
      return first;
    }

    private synchronized IOException record(IOException e) {
      if (first == null) {
        first = e;
      }
      return e;
    }

    @Override
    public void write(int c) throws IOException {
      try {
        out.write(c);
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
      try {
        out.write(text, offset, length);
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      try {
        out.write(text, offset, length);
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        out.close();
      } catch (IOException e) {
        throw record(e);
      }
    }
  }
}
