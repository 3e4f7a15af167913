package org.glasswing.weka.cli;

import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Fits the shared options of a command to what it reads (see {@link SharedOptionUse}). */
final class SharedOptionHelp {

  private SharedOptionHelp() {}

  /**
   * Removes the shared options a command does not read, gives the command's own help to a shared
   * option whose meaning differs there, and states the real default of {@code --rows}; a command
   * without {@link CommonOptions} is left alone.
   *
   * @param command the command's spec
   */
  static void apply(CommandSpec command) {
    if (command.mixins().values().stream()
        .noneMatch(m -> m.userObject() instanceof CommonOptions)) {
      return;
    }
    SharedOptionUse use =
        command.userObject() instanceof SharedOptionUse own ? own : SharedOptionUse.TABLE_COMMAND;
    for (String name : use.unusedSharedOptions()) {
      OptionSpec option = command.findOption(name);
      if (option != null) {
        command.remove(option);
      }
    }
    use.sharedOptionDescriptions()
        .forEach(
            (name, text) -> {
              OptionSpec option = command.findOption(name);
              if (option != null) {
                command.remove(option);
                command.addOption(OptionSpec.builder(option).description(text).build());
              }
            });
    OptionSpec rows = command.findOption("--rows");
    if (use.allRowsByDefault() && rows != null) {
      command.remove(rows);
      command.addOption(
          OptionSpec.builder(rows)
              .description(
                  "The rows of --data to score, 1-based as in Weka: such as 1-10,15 or"
                      + " first-last. Default: every row.")
              .showDefaultValue(Visibility.NEVER)
              .build());
    }
  }
}
