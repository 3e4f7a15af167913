package org.glasswing.weka.cli;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one-line answer to {@code --format} on a command that writes one format only (CSV, or the
 * audit's report folder), in place of picocli's generic "Unknown option": it names the format the
 * command writes and the commands that also write JSON.
 */
final class FormatRefusal {

  private FormatRefusal() {}

  /**
   * The message for a parse error that is an unknown {@code --format}.
   *
   * @param e the parse error
   * @return the message, or empty for any other error
   */
  static Optional<String> of(ParameterException e) {
    if (!(e instanceof UnmatchedArgumentException unmatched)) {
      return Optional.empty();
    }
    List<String> args = unmatched.getUnmatched();
    if (args.stream().noneMatch(a -> a.equals("--format") || a.startsWith("--format="))) {
      return Optional.empty();
    }
    CommandSpec command = e.getCommandLine().getCommandSpec();
    if (command.findOption("--format") != null) {
      return Optional.empty();
    }
    String name = command.name();
    String writes = name.equals("audit") ? "an HTML report folder" : "CSV only";
    return Optional.of(
        "glasswing "
            + name
            + " has no --format: it writes "
            + writes
            + "; drop --format (explain, fairness and methods write JSON with --format json)");
  }
}
