package org.glasswing.weka.cli;

import org.glasswing.weka.UserInputException;

/**
 * Refuses {@code --format json} for table commands that only write CSV. Where they write is checked
 * by {@link OutputPreflight} and written by {@link OutputFiles}.
 */
final class TableOutput {

  private TableOutput() {}

  /**
   * Checks, before any long work, that CSV is asked for.
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
  }
}
