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

  /**
   * The section.
   *
   * @param setup how the sets were made, as plain text, such as {@code split conformal, LAC score,
   *     30% of the training rows calibrate, measured on 10 held-out folds}
   * @param summary the measured sets
   */
  public ConformalSection(String setup, ConformalSummary summary) {
    this.setup = Objects.requireNonNull(setup, "setup");
    this.summary = Objects.requireNonNull(summary, "summary");
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
    return html.toString();
  }
}
