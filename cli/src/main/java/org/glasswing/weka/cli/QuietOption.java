package org.glasswing.weka.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -q} option of a command that reads no data ({@code methods}, {@code bench}), so that
 * every command takes it; such a command writes no progress lines or notes, so it changes nothing
 * there. Add it with {@code @Mixin QuietOption quiet;}.
 */
public final class QuietOption {

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Accepted as on every command; this one writes no progress lines or notes to hide.")
  private boolean quiet;

  /** Creates the option; picocli fills it in. */
  public QuietOption() {}

  /**
   * Whether {@code -q} was given.
   *
   * @return true for quiet
   */
  public boolean quiet() {
    return quiet;
  }
}
