package org.glasswing.weka.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Optional;
import org.glasswing.core.io.CheckedPrintWriter;
import picocli.CommandLine;

/**
 * Checks standard output once a command is done. Java's print streams and writers swallow write
 * errors, so without this check a full disk or a closed pipe would go unnoticed and the command
 * would exit 0 with its output lost.
 *
 * <p>A write error becomes exit code 2 with one line on standard error, except a pipe whose reader
 * has gone away (as with {@code glasswing ... | head}): the reader has all it wanted, so the
 * command exits quietly with {@link GlasswingCommand#EXIT_PIPE_CLOSED}, as a Unix tool killed by
 * SIGPIPE would.
 */
final class StandardOutput {

  /** The recorder beneath {@link System#out}, once {@link #install()} ran. */
  private static volatile Recorder installed;

  private StandardOutput() {}

  /**
   * Replaces {@link System#out} with an equal stream that keeps its first write error, so that the
   * error can be named. Called once by {@code main}; tests keep their own streams.
   */
  static void install() {
    Recorder recorder = new Recorder(new FileOutputStream(FileDescriptor.out));
    String encoding =
        System.getProperty("stdout.encoding", System.getProperty("sun.stdout.encoding"));
    Charset charset = encoding == null ? Charset.defaultCharset() : Charset.forName(encoding);
    System.setOut(new PrintStream(recorder, true, charset));
    installed = recorder;
  }

  /**
   * The exit code once the command has written to standard output.
   *
   * @param commandLine the command that ran
   * @param code its exit code
   * @return the code, or 2 (or {@link GlasswingCommand#EXIT_PIPE_CLOSED}) when standard output
   *     could not be written
   */
  static int check(CommandLine commandLine, int code) {
    Optional<IOException> failure = failure(commandLine.getOut());
    if (failure.isEmpty() || code != 0) {
      return code;
    }
    if (WriteErrors.pipeClosed(failure.get())) {
      return GlasswingCommand.EXIT_PIPE_CLOSED;
    }
    PrintWriter err = commandLine.getErr();
    err.println("glasswing: error: " + WriteErrors.standardOutput(failure.get()));
    err.flush();
    return GlasswingCommand.EXIT_USER_ERROR;
  }

  /** The first write error of standard output, flushing it first. */
  private static Optional<IOException> failure(PrintWriter out) {
    IOException found = null;
    if (out instanceof CheckedPrintWriter checked) {
      found = checked.failure().orElse(null);
    } else if (out.checkError()) {
      found = new IOException();
    }
    if (System.out.checkError() || found != null && found.getMessage() == null) {
      Recorder recorder = installed;
      IOException first = recorder == null ? null : recorder.first();
      if (first != null) {
        found = first;
      } else if (found == null) {
        found = new IOException();
      }
    }
    return Optional.ofNullable(found);
  }

  /** Passes bytes on and keeps the first write error. */
  private static final class Recorder extends FilterOutputStream {
    private volatile IOException first;

    Recorder(OutputStream out) {
      super(out);
    }

    IOException first() {
      return first;
    }

    private IOException record(IOException e) {
      if (first == null) {
        first = e;
      }
      return e;
    }

    @Override
    public void write(int b) throws IOException {
      try {
        out.write(b);
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
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
  }
}
