package org.glasswing.weka.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.io.AtomicFile;
import org.glasswing.core.io.CheckedPrintWriter;
import org.glasswing.weka.UserInputException;

/**
 * The one way the command line writes its results: to standard output, or to a file written whole
 * or not at all ({@link AtomicFile}), with every write error turned into one plain line ({@link
 * WriteErrors}). Standard output itself is checked once the command is done ({@link
 * StandardOutput}).
 */
final class OutputFiles {

  private OutputFiles() {}

  /** Writes one or more files; may throw {@link IOException} or {@link UncheckedIOException}. */
  @FunctionalInterface
  interface FileAction {
    /**
     * Writes.
     *
     * @throws IOException if writing fails
     */
    void run() throws IOException;
  }

  /**
   * Writes UTF-8 text to a file, or to standard output when there is no file.
   *
   * @param file the file, or {@code null} for standard output
   * @param option the option that named the file, for messages, such as {@code --output}
   * @param stdout standard output
   * @param body writes the text
   * @throws UserInputException if the file cannot be written; it is then left as it was
   * @throws CancelledException if the write was interrupted
   */
  static void write(
      Path file, String option, PrintWriter stdout, Consumer<? super PrintWriter> body) {
    if (file == null) {
      body.accept(stdout);
      stdout.flush();
      return;
    }
    writeFile(
        file,
        option,
        () ->
            AtomicFile.writeText(
                file,
                StandardCharsets.UTF_8,
                out -> {
                  CheckedPrintWriter printer = new CheckedPrintWriter(out);
                  body.accept(printer);
                  printer.check();
                }));
  }

  /**
   * Runs an action that writes a file, turning its errors into one plain line.
   *
   * @param file the file, for messages
   * @param option the option that named it (or its folder), for messages
   * @param action writes the file
   * @throws UserInputException if the file cannot be written
   * @throws CancelledException if the write was interrupted
   */
  static void writeFile(Path file, String option, FileAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw failure(file, option, e);
    } catch (UncheckedIOException e) {
      throw failure(file, option, e.getCause());
    }
  }

  /**
   * The exception to throw for a write error.
   *
   * @param file the file, for the message
   * @param option the option that named it
   * @param e the error
   * @return a cancellation for an interrupted write, else a user error with plain words
   */
  static RuntimeException failure(Path file, String option, IOException e) {
    if (e instanceof ClosedByInterruptException || e instanceof InterruptedIOException) {
      CancelledException cancelled = new CancelledException();
      cancelled.initCause(e);
      return cancelled;
    }
    return new UserInputException(WriteErrors.message(file, option, e), e);
  }
}
