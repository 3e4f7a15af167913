package org.glasswing.weka.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.glasswing.weka.UserInputException;

/**
 * Where a table command writes: the {@code --output} file, or standard output. Also refuses {@code
 * --format json} for commands that only write CSV.
 */
final class TableOutput {

  private TableOutput() {}

  /**
   * Checks, before any long work, that the output can be written and that CSV is asked for.
   *
   * @param common the shared options
   * @param command the command's name, for messages
   */
  static void check(CommonOptions common, String command) {
    if (common.format() != OutputFormat.csv) {
      throw new UserInputException(
          "--format "
              + common.format()
              + " is not available for glasswing "
              + command
              + "; it writes CSV");
    }
    Path output = common.output();
    if (output != null) {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new UserInputException("cannot write " + output + ": no such directory");
      }
    }
  }

  /**
   * Writes text to the output.
   *
   * @param file the output file, or {@code null} for standard output
   * @param stdout standard output
   * @param body writes the content
   */
  static void write(Path file, PrintWriter stdout, Consumer<PrintWriter> body) {
    try {
      if (file == null) {
        body.accept(stdout);
        stdout.flush();
        return;
      }
      try (Writer out =
              new BufferedWriter(
                  new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
          PrintWriter printer = new PrintWriter(out)) {
        body.accept(printer);
        printer.flush();
        if (printer.checkError()) {
          throw new IOException("write failed");
        }
      }
    } catch (NoSuchFileException e) {
      throw new UserInputException("cannot write " + file + ": no such directory", e);
    } catch (IOException e) {
      throw new UserInputException("cannot write " + file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UserInputException("cannot write " + file + ": " + e.getCause().getMessage(), e);
    }
  }
}
