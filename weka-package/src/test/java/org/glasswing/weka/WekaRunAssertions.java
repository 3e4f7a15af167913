package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Assertions on a {@code weka.Run} in a child JVM. */
final class WekaRunAssertions {

  private WekaRunAssertions() {}

  /**
   * Requires exit code 2 and one line on standard error, with no stack trace.
   *
   * @param run the run
   * @param start how the line starts
   */
  static void assertOneErrorLine(InstalledPackage.Run run, String start) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    List<String> lines = run.errLines();
    assertThat(lines).as(run.err()).hasSize(1);
    assertThat(lines.get(0)).startsWith(start);
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }
}
