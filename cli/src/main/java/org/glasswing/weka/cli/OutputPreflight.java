package org.glasswing.weka.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.glasswing.weka.UserInputException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Checks every place a command will write before it does any work: that no output is one of the
 * inputs (or another output), and that each output's folder exists and takes a new file. The check
 * creates and deletes a probe file rather than reading permission bits, since those do not hold for
 * root.
 *
 * <p>Every path option is an input unless it is listed here as an output, so that a new input
 * option is covered without being named.
 */
final class OutputPreflight {

  /** Path options that name a file a command writes. */
  private static final Set<String> FILE_OUTPUTS =
      Set.of("--output", "--reliability", "--per-row", "--save-plan");

  /** Path options that name a folder a command writes files into. */
  private static final Set<String> FOLDER_OUTPUTS = Set.of("--heatmaps");

  private OutputPreflight() {}

  /** A path named by an option. */
  private record Named(String option, Path path, boolean folder) {}

  /**
   * Checks the outputs of the command about to run.
   *
   * @param command the parsed subcommand
   * @throws UserInputException naming the output and the problem
   */
  static void check(ParseResult command) {
    boolean audit = command.commandSpec().userObject() instanceof AuditCommand;
    List<Named> inputs = new ArrayList<>();
    List<Named> outputs = new ArrayList<>();
    for (OptionSpec option : command.matchedOptions()) {
      if (option.type() != Path.class || option.getValue() == null) {
        continue;
      }
      String name = option.longestName();
      Path path = option.getValue();
      boolean folder = FOLDER_OUTPUTS.contains(name) || audit && "--output".equals(name);
      if (folder || FILE_OUTPUTS.contains(name)) {
        outputs.add(new Named(name, path, folder));
      } else {
        inputs.add(new Named(name, path, false));
      }
    }
    if (audit && command.matchedOption("--output") == null) {
      outputs.add(new Named("--output", AuditCommand.DEFAULT_DIRECTORY, true));
    }
    for (int i = 0; i < outputs.size(); i++) {
      Named output = outputs.get(i);
      for (Named input : inputs) {
        refuseSame(output, input, "the input given to");
      }
      for (Named other : outputs.subList(i + 1, outputs.size())) {
        refuseSame(output, other, "also the output of");
      }
    }
    for (Named output : outputs) {
      if (output.folder()) {
        checkFolder(output);
      } else {
        checkFile(output);
      }
    }
  }

  private static void refuseSame(Named output, Named other, String role) {
    Path written = output.path();
    if (output.folder() && "--output".equals(output.option())) {
      written = written.resolve(AuditCommand.REPORT_FILE);
    }
    if (same(written, other.path()) || same(output.path(), other.path())) {
      throw new UserInputException(
          output.option()
              + " "
              + output.path()
              + " is "
              + role
              + " "
              + other.option()
              + "; writing it would overwrite that file, so choose another "
              + output.option());
    }
  }

  /** Whether two paths name the same file: by the file system when both exist. */
  static boolean same(Path a, Path b) {
    if (Files.exists(a) && Files.exists(b)) {
      try {
        return Files.isSameFile(a, b);
      } catch (IOException e) {
        // fall back to comparing the names
      }
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  private static void checkFile(Named output) {
    Path file = output.path();
    if (Files.isDirectory(file)) {
      throw new UserInputException(
          "cannot write "
              + file
              + ": it is a folder, not a file; give "
              + output.option()
              + " a file name");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      return; // a device or pipe, written in place
    }
    if (Files.exists(file) && !Files.isWritable(file)) {
      fail(output, new AccessDeniedException(file.toString()));
    }
    probe(output, file.toAbsolutePath().getParent());
  }

  private static void checkFolder(Named output) {
    Path folder = output.path().toAbsolutePath();
    Path existing = folder;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return;
    }
    if (!Files.isDirectory(existing)) {
      String shown = existing.equals(folder) ? output.path().toString() : existing.toString();
      throw new UserInputException(
          "cannot write "
              + output.path()
              + ": "
              + shown
              + " is a file, not a folder; choose another "
              + output.option());
    }
    probe(output, existing);
  }

  /** Creates and deletes a file in the folder, the only test that also holds for root. */
  private static void probe(Named output, Path folder) {
    if (folder == null) {
      return;
    }
    try {
      Path probe = Files.createTempFile(folder, ".glasswing-probe-", ".tmp");
      Files.delete(probe);
    } catch (IOException e) {
      fail(output, e);
    }
  }

  private static void fail(Named output, IOException e) {
    throw new UserInputException(WriteErrors.message(output.path(), output.option(), e), e);
  }
}
