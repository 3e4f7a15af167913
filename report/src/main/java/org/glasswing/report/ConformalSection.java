package org.glasswing.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glasswing.core.uncertainty.ConformalSummary;

/**
 * How reliable conformal prediction sets are on rows with known classes: the coverage against the
 * level asked for, the set sizes, and the coverage per class as a bar chart.
 */
public final class ConformalSection implements ReportSection {

  private final String setup;
  private final ConformalSummary summary;
  private final ConformalSummary mondrian;

  /**
   * The section.
   *
   * @param setup how the sets were made, as plain text, such as {@code split conformal, LAC score,
   *     30% of the training rows calibrate, measured on 10 held-out folds}
   * @param summary the measured sets
   */
  public ConformalSection(String setup, ConformalSummary summary) {
    this(setup, summary, null);
  }

  /**
   * The section, with the per-class (Mondrian) sets of the same folds beside the standard ones.
   *
   * @param setup how the sets were made, as plain text
   * @param summary the measured sets
   * @param mondrian the measured per-class sets, or {@code null} when they could not be made (a
   *     class with too few calibration rows)
   */
  public ConformalSection(String setup, ConformalSummary summary, ConformalSummary mondrian) {
    this.setup = Objects.requireNonNull(setup, "setup");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.mondrian = mondrian;
  }

  /**
   * The classes whose coverage is clearly below the level asked for: the upper end of the 95%
   * Wilson interval of their coverage lies below it, so chance on few rows does not explain it.
   *
   * @param sets the measured sets
   * @return the indices of those classes
   */
  static List<Integer> shortClasses(ConformalSummary sets) {
    List<Integer> shortOnes = new ArrayList<>();
    for (int c = 0; c < sets.labels().size(); c++) {
      int rows = sets.rowsPerClass().get(c);
      double coverage = sets.coveragePerClass().get(c);
      if (rows > 0
          && org.glasswing.core.uncertainty.ProportionInterval.wilson(
                      Math.round(coverage * rows), rows, 0.95)
                  .upper()
              < 1 - sets.alpha()) {
        shortOnes.add(c);
      }
    }
    return shortOnes;
  }

  @Override
  public List<Finding> findings() {
    List<Integer> shortOnes = shortClasses(summary);
    String overall =
        "Conformal sets held the actual class for "
            + Numbers.percent(summary.coverage())
            + " of rows (asked for "
            + Numbers.percent(1 - summary.alpha())
            + "), "
            + Numbers.format(summary.meanSetSize())
            + " classes per set on average";
    if (shortOnes.isEmpty()) {
      return List.of(Finding.good(overall + "; every class is covered."));
    }
    return List.of(Finding.warning(overall + "; but " + shortfall(shortOnes) + "."));
  }

  private String shortfall(List<Integer> shortOnes) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < shortOnes.size(); i++) {
      int c = shortOnes.get(i);
      text.append(i == 0 ? "" : ", ")
          .append("'")
          .append(summary.labels().get(c))
          .append("' only ")
          .append(Numbers.percent(summary.coveragePerClass().get(c)))
          .append(" of its ")
          .append(Numbers.count(summary.rowsPerClass().get(c)))
          .append(" rows");
    }
    text.append(" (clearly below the target). ");
    if (mondrian != null) {
      text.append("Per-class (Mondrian) sets cover ");
      for (int i = 0; i < shortOnes.size(); i++) {
        int c = shortOnes.get(i);
        text.append(i == 0 ? "" : ", ")
            .append("'")
            .append(summary.labels().get(c))
            .append("' ")
            .append(Numbers.percent(mondrian.coveragePerClass().get(c)));
      }
      text.append(" with ")
          .append(Numbers.format(mondrian.meanSetSize()))
          .append(" classes per set: use them (glasswing conformal --mondrian)");
    } else {
      text.append("Use per-class (Mondrian) sets: glasswing conformal --mondrian");
    }
    return text.toString();
  }

  @Override
  public String id() {
    return "conformal";
  }

  @Override
  public String title() {
    return "Which classes a row could be";
  }

  @Override
  public String question() {
    return "Which set of classes holds the right one for "
        + Numbers.percent(1 - summary.alpha())
        + " of rows, and how large are these sets?";
  }

  @Override
  public String bodyHtml() {
    StringBuilder html = new StringBuilder();
    boolean met = summary.coverage() >= 1 - summary.alpha();
    html.append("<p class=\"headline\">The sets held the actual class for <strong>")
        .append(Numbers.percent(summary.coverage()))
        .append("</strong> of ")
        .append(Numbers.count(summary.rows()))
        .append(" rows (asked for: at least ")
        .append(Numbers.percent(1 - summary.alpha()))
        .append(met ? ")" : "; below it, which can happen by chance on few rows)")
        .append("; a set has ")
        .append(Numbers.format(summary.meanSetSize()))
        .append(" classes on average.</p>\n");
    html.append(
        new HtmlTable("data about")
            .row("Method", setup)
            .row(
                "Sets with one class (a confident answer)",
                Numbers.percent(summary.singletonRate()))
            .row("Empty sets (no class is plausible)", Numbers.percent(summary.emptyRate()))
            .html());
    List<SvgCharts.Bar> bars = new ArrayList<>();
    HtmlTable perClass = new HtmlTable("data classes", "Class", "Rows", "Coverage").numeric(1, 2);
    for (int c = 0; c < summary.labels().size(); c++) {
      double coverage = summary.coveragePerClass().get(c);
      perClass.row(
          summary.labels().get(c),
          Numbers.count(summary.rowsPerClass().get(c)),
          Numbers.percent(coverage));
      if (!Double.isNaN(coverage)) {
        bars.add(new SvgCharts.Bar(summary.labels().get(c), coverage, Double.NaN));
      }
    }
    html.append("<h3>Coverage per class</h3>\n");
    if (!bars.isEmpty()) {
      html.append(SvgCharts.horizontalBars("conformal-coverage", bars, "coverage"));
    }
    html.append(perClass.html());
    List<Integer> shortOnes = shortClasses(summary);
    if (!shortOnes.isEmpty()) {
      html.append("<p class=\"warning\"><strong>Warning:</strong> ")
          .append(Html.escape(shortfall(shortOnes)))
          .append(". Standard sets only promise the coverage on average over all rows; a rare")
          .append(" class can get much less.</p>\n");
    }
    if (mondrian != null) {
      html.append("<h3>Per-class (Mondrian) sets, same folds</h3>\n")
          .append("<p>Calibrated within each class, so that every class gets the coverage asked")
          .append(" for; sets are then larger on average (")
          .append(Numbers.format(mondrian.meanSetSize()))
          .append(" classes instead of ")
          .append(Numbers.format(summary.meanSetSize()))
          .append(").</p>\n");
      HtmlTable compared =
          new HtmlTable("data classes", "Class", "Rows", "Standard coverage", "Mondrian coverage")
              .numeric(1, 2, 3);
      for (int c = 0; c < summary.labels().size(); c++) {
        compared.row(
            summary.labels().get(c),
            Numbers.count(summary.rowsPerClass().get(c)),
            Numbers.percent(summary.coveragePerClass().get(c)),
            Numbers.percent(mondrian.coveragePerClass().get(c)));
      }
      html.append(compared.html());
    } else if (!shortOnes.isEmpty()) {
      html.append("<p class=\"note\">Per-class sets could not be calibrated here: a class has")
          .append(" too few calibration rows in a fold.</p>\n");
    }
    return html.toString();
  }
}
