package org.glasswing.weka.gui;

import java.util.List;
import org.glasswing.core.fairness.Estimate;
import org.glasswing.core.fairness.FairnessResult;
import org.glasswing.core.fairness.FairnessVerdict;
import org.glasswing.core.fairness.GroupEstimate;
import org.glasswing.core.fairness.GroupGap;
import org.glasswing.core.fairness.GroupMetric;
import org.glasswing.core.fairness.GroupRates;
import org.glasswing.core.io.Csv;
import org.glasswing.report.Numbers;

/**
 * The fairness view: per protected attribute, the verdict in plain words, a table with one row per
 * group and one column per metric (each with its bootstrap interval) and the gaps between groups,
 * as HTML for a label.
 */
final class FairnessTables {

  private FairnessTables() {}

  static String title(FairnessAnalysis.Audited a) {
    FairnessResult first = a.results().get(0);
    FairnessResult shown =
        a.results().stream().filter(r -> r.verdict().concern()).findFirst().orElse(first);
    List<String> concerns =
        a.results().stream()
            .filter(r -> r.verdict().concern())
            .map(FairnessResult::attribute)
            .toList();
    return ChartAreas.twoLines(
        (concerns.isEmpty()
                ? "No clear concern: "
                : "A concern for " + String.join(", ", concerns) + ": ")
            + shown.verdict().headline(),
        "Measured on cross-validated predictions with the favourable class '"
            + first.positive()
            + "'. Compare each group's selection rate (how often it gets the favourable class)"
            + " and its true and false positive rates; an interval [lower, upper] that is wide"
            + " means the group is too small to tell. Ratios below 0.8 (the four-fifths rule)"
            + " and differences above 0.1 are flagged.");
  }

  static String tables(FairnessAnalysis.Audited a) {
    StringBuilder html = new StringBuilder("<html>");
    for (FairnessResult r : a.results()) {
      FairnessVerdict v = r.verdict();
      html.append("<table width='620'><tr><td><b>")
          .append(ChartAreas.escape(r.attribute()))
          .append(": ")
          .append(
              v.concern()
                  ? "<font color='#b00020'>CONCERN</font>"
                  : "<font color='#1b7a2f'>OK</font>")
          .append("</b> &mdash; ")
          .append(ChartAreas.escape(v.headline()))
          .append("<ul>");
      for (String finding : v.findings()) {
        html.append("<li>").append(ChartAreas.escape(finding)).append("</li>");
      }
      html.append("</ul></td></tr></table>")
          .append(groupTable(r))
          .append("<br>")
          .append(gapTable(r.gaps()));
    }
    return html.append("</html>").toString();
  }

  private static String groupTable(FairnessResult r) {
    StringBuilder html = new StringBuilder("<table border=1 cellspacing=0 cellpadding=3><tr>");
    html.append("<th>group</th><th>instances</th>");
    for (GroupMetric m : GroupMetric.values()) {
      html.append("<th>").append(m.label()).append("</th>");
    }
    html.append("</tr>");
    for (GroupRates g : r.groups()) {
      html.append("<tr><td>")
          .append(ChartAreas.escape(g.group()))
          .append("</td><td>")
          .append(g.rows())
          .append("</td>");
      for (GroupMetric m : GroupMetric.values()) {
        html.append("<td>")
            .append(r.estimate(m, g.group()).map(e -> interval(e.estimate())).orElse(""))
            .append("</td>");
      }
      html.append("</tr>");
    }
    return html.append("</table>").toString();
  }

  private static String gapTable(List<GroupGap> gaps) {
    StringBuilder html =
        new StringBuilder(
            "<table border=1 cellspacing=0 cellpadding=3><tr><th>gap</th><th>highest group</th>"
                + "<th>lowest group</th><th>value [interval]</th></tr>");
    for (GroupGap g : gaps) {
      html.append("<tr><td>")
          .append(g.metric().label())
          .append("</td><td>")
          .append(ChartAreas.escape(g.highest()))
          .append("</td><td>")
          .append(ChartAreas.escape(g.lowest()))
          .append("</td><td>")
          .append(interval(g.estimate()))
          .append("</td></tr>");
    }
    return html.append("</table>").toString();
  }

  private static String interval(Estimate e) {
    return Double.isNaN(e.lower())
        ? Numbers.format(e.value())
        : Numbers.format(e.value())
            + " ["
            + Numbers.format(e.lower())
            + ", "
            + Numbers.format(e.upper())
            + "]";
  }

  /** The value of one group's metric, or NaN when it is undefined for the group. */
  static double value(FairnessResult r, GroupMetric metric, String group) {
    return r.estimate(metric, group).map(e -> e.estimate().value()).orElse(Double.NaN);
  }

  /**
   * The audits as {@code glasswing fairness} prints them: the header {@value #HEADER}, one line per
   * metric and group, then one per gap between the highest and lowest group; then each attribute's
   * verdict as {@code # attribute: headline} lines.
   */
  static String csv(FairnessAnalysis.Audited a) {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    for (FairnessResult r : a.results()) {
      String attribute = Csv.field(r.attribute());
      for (GroupEstimate e : r.table()) {
        line(out, attribute, e.metric().label(), e.group(), "", e.rows(), e.estimate());
        if (e.metric() == GroupMetric.CALIBRATION_ERROR) {
          double chance = Double.NaN;
          for (int g = 0; g < r.groups().size(); g++) {
            chance =
                r.groups().get(g).group().equals(e.group()) ? r.calibrationNoise().get(g) : chance;
          }
          out.append(
                  String.join(
                      ",",
                      attribute,
                      Csv.field(BY_CHANCE),
                      Csv.field(e.group()),
                      "",
                      Integer.toString(e.rows()),
                      Csv.number(chance),
                      "",
                      ""))
              .append('\n');
        }
      }
      for (GroupGap g : r.gaps()) {
        line(out, attribute, g.metric().label(), g.highest(), g.lowest(), -1, g.estimate());
      }
    }
    for (FairnessResult r : a.results()) {
      out.append("# ").append(r.attribute()).append(": ").append(r.verdict().headline());
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * The metric of the calibration error a calibrated model reaches by chance, as the CLI names it.
   */
  static final String BY_CHANCE = "expected calibration error by chance";

  /** The header of {@link #csv}, the command line's. */
  static final String HEADER = "attribute,metric,group,compared_with,rows,value,lower,upper";

  private static void line(
      StringBuilder out,
      String attribute,
      String metric,
      String group,
      String comparedWith,
      int rows,
      Estimate e) {
    out.append(
            String.join(
                ",",
                attribute,
                Csv.field(metric),
                Csv.field(group),
                Csv.field(comparedWith),
                rows < 0 ? "" : Integer.toString(rows),
                Csv.number(e.value()),
                Csv.number(e.lower()),
                Csv.number(e.upper())))
        .append('\n');
  }
}
