package org.glasswing.weka.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Figures of other tools recorded elsewhere on the same task, printed for scale with their source,
 * date and machine and never turned into a ratio: they were not measured in this run, on this
 * machine, under this load.
 */
final class PeerFigures {

  /**
   * One recorded figure.
   *
   * @param part the benchmark part it belongs to
   * @param what the task and tool
   * @param figure the figure with its unit
   */
  record Figure(String part, String what, String figure) {}

  /** Where every figure below comes from. */
  static final String SOURCE =
      "issue 21 (side-by-side run: the 100-tree Weka RandomForest exported to XGBoost JSON and to"
          + " shap's tree format, 100 rows, 100 background rows, medians)";

  /** When they were measured, as far as recorded. */
  static final String DATE = "before 2026-12-07 (day not recorded)";

  /** On what. */
  static final String MACHINE = "a 2-core machine (load not recorded)";

  static final List<Figure> FIGURES =
      List.of(
          new Figure(
              "analytic", "shap KernelExplainer, analytic model, 2048 coalitions", "159 ms/row"),
          new Figure("forest", "shap C++ TreeSHAP path-dependent, 1 thread, 100 rows", "0.85 s"),
          new Figure("forest", "xgboost4j C++ TreeSHAP path-dependent, 100 rows", "1.20 s"),
          new Figure("forest", "shap C++ TreeSHAP interventional, 100 rows", "1.92 s"),
          new Figure(
              "forest", "shap KernelExplainer + xgboost predict, 2048 coalitions", "0.80 s/row"),
          new Figure("forest", "xgboost C++ predict of the same trees", "2.7 us/row"));

  private PeerFigures() {}

  /** Prints the figures of one part, with their provenance. */
  static void print(String part, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "recorded elsewhere, NOT measured in this run (for scale only, no ratio drawn):%n");
    for (Figure figure : FIGURES) {
      if (figure.part().equals(part)) {
        out.printf(Locale.ROOT, "  %-58s %s%n", figure.what(), figure.figure());
      }
    }
    out.printf(Locale.ROOT, "  source: %s;%n  date: %s; machine: %s%n", SOURCE, DATE, MACHINE);
  }
}
