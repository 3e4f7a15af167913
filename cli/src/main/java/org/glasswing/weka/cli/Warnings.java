package org.glasswing.weka.cli;

import java.io.PrintWriter;
import org.glasswing.core.io.Rounding;

/** The one-line warnings several commands share, worded once. */
final class Warnings {

  private Warnings() {}

  /**
   * Warns when some rows got an empty conformal prediction set.
   *
   * @param err standard error
   * @param empty the rows with an empty set
   * @param rows all rows with a set
   * @param alpha the miscoverage asked for
   */
  static void emptyConformalSets(PrintWriter err, long empty, long rows, double alpha) {
    if (empty <= 0) {
      return;
    }
    err.println(
        "glasswing: warning: "
            + empty
            + " of "
            + rows
            + " rows got an empty conformal set {}: no class is plausible enough at --alpha "
            + Rounding.TERMINAL.format(alpha)
            + "; an empty set never holds the true class, so each counts as an error at that"
            + " alpha (a smaller --alpha gives larger sets)");
    err.flush();
  }
}
