package org.glasswing.weka.cli;

import java.util.Map;
import java.util.Set;

/**
 * Which of the {@link CommonOptions} a command reads, so that its help shows exactly the options it
 * uses, each with its real default. {@link GlasswingCommand} removes the unused ones from the
 * command (giving one is then an unknown option) and rewrites the help of {@code --rows} for a
 * command that reads every row unless told otherwise, and replaces the help of a shared option
 * whose meaning differs for this command.
 */
interface SharedOptionUse {

  /** What commands without their own answer leave out: only {@code explain} writes JSON. */
  SharedOptionUse TABLE_COMMAND = new SharedOptionUse() {};

  /**
   * The shared options this command never reads.
   *
   * @return option names, such as {@code --format}
   */
  default Set<String> unusedSharedOptions() {
    return Set.of("--format");
  }

  /**
   * Whether, without {@code --rows}, the command reads every row rather than the first ten.
   *
   * @return true for every row
   */
  default boolean allRowsByDefault() {
    return false;
  }

  /**
   * The help of shared options whose meaning differs for this command, replacing the general text
   * (such as {@code --seed}, which seeds background samples in most commands).
   *
   * @return option name to its help text for this command; empty to keep every general text
   */
  default Map<String, String> sharedOptionDescriptions() {
    return Map.of();
  }
}
