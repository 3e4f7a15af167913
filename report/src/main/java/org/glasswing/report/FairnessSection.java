package org.glasswing.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glasswing.core.fairness.Estimate;
import org.glasswing.core.fairness.FairnessResult;
import org.glasswing.core.fairness.FairnessVerdict;
import org.glasswing.core.fairness.GapMetric;
import org.glasswing.core.fairness.GroupGap;
import org.glasswing.core.fairness.GroupMetric;
import org.glasswing.core.fairness.GroupRates;

/**
 * Whether the model treats the groups of protected attributes differently, as {@code glasswing
 * fairness} measures it: per attribute the verdict in plain words, one table row per group with
 * each rate and its bootstrap interval, and the gaps between the highest and the lowest group.
 */
public final class FairnessSection implements ReportSection {

  private final String setup;
  private final List<FairnessResult> results;

  /**
   * The section.
   *
   * @param setup how the predictions were made, as plain text, such as {@code out-of-fold
   *     predictions of the 10-fold cross-validation (seed 1)}
   * @param results one result per protected attribute, in the order given
   */
  public FairnessSection(String setup, List<FairnessResult> results) {
    this.setup = Objects.requireNonNull(setup, "setup");
    this.results = List.copyOf(results);
    if (this.results.isEmpty()) {
      throw new IllegalArgumentException("a fairness section needs at least one attribute");
    }
  }

  @Override
  public String id() {
    return "fairness";
  }

  @Override
  public String title() {
    return "Does the model treat groups differently";
  }

  @Override
  public String question() {
    return "For each protected attribute, do its groups get the favourable class, right answers"
        + " and trustworthy probabilities equally often?";
  }

  @Override
  public List<Finding> findings() {
    List<Finding> out = new ArrayList<>();
    for (FairnessResult r : results) {
      FairnessVerdict v = r.verdict();
      if (v.concern()) {
        out.add(Finding.warning(v.headline() + " " + v.findings().get(0)));
      } else {
        out.add(Finding.good(v.headline()));
      }
    }
    return out;
  }

  @Override
  public String bodyHtml() {
    StringBuilder html = new StringBuilder();
    FairnessResult first = results.get(0);
    html.append("<p>Measured on ")
        .append(Html.escape(setup))
        .append("; the favourable class is '")
        .append(Html.escape(first.positive()))
        .append("'. Intervals are ")
        .append(Math.round(first.level() * 100))
        .append("% bootstrap intervals, resampled within each group. The same figures as")
        .append(" <code>glasswing fairness</code> with the same folds and seed.</p>\n");
    for (FairnessResult r : results) {
      appendAttribute(r, html);
    }
    html.append("<p class=\"note\">How to read: the selection rate is how often a group is")
        .append(" predicted the favourable class; a demographic parity ratio below 0.8 fails the")
        .append(" four-fifths rule. The true and false positive rates compare groups among rows")
        .append(" that truly are, or are not, of the favourable class (equal opportunity,")
        .append(" equalised odds). A gap is a concern only when it passes its threshold and its")
        .append(" interval excludes no gap; small groups give wide intervals. Hardt, Price and")
        .append(" Srebro (2016); Feldman et al. (2015).</p>\n");
    return html.toString();
  }

  private static void appendAttribute(FairnessResult r, StringBuilder html) {
    FairnessVerdict v = r.verdict();
    html.append("<h3>")
        .append(Html.escape(r.attribute()))
        .append("</h3>\n<p class=\"")
        .append(v.concern() ? "warning" : "headline")
        .append("\">");
    if (v.concern()) {
      html.append("<strong>Warning:</strong> ");
    }
    html.append(Html.escape(v.headline())).append("</p>\n");
    if (!v.findings().isEmpty()) {
      html.append("<ul>\n");
      for (String finding : v.findings()) {
        html.append("<li>").append(Html.escape(finding)).append("</li>\n");
      }
      html.append("</ul>\n");
    }
    List<GroupMetric> metrics = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("Group", "Rows"));
    for (GroupMetric m : GroupMetric.values()) {
      if (r.table().stream().anyMatch(e -> e.metric() == m)) {
        metrics.add(m);
        header.add(
            m == GroupMetric.SELECTION_RATE
                ? "selection rate ('" + r.positive() + "')"
                : m.label());
      }
    }
    HtmlTable table = new HtmlTable("data fairness", header.toArray(String[]::new));
    int[] numeric = new int[header.size() - 1];
    for (int i = 0; i < numeric.length; i++) {
      numeric[i] = i + 1;
    }
    table.numeric(numeric);
    for (int g = 0; g < r.groups().size(); g++) {
      GroupRates group = r.groups().get(g);
      List<String> cells = new ArrayList<>(List.of(group.group(), Numbers.count(group.rows())));
      for (GroupMetric m : metrics) {
        String cell =
            r.estimate(m, group.group()).map(e -> interval(e.estimate())).orElse(Numbers.NONE);
        if (m == GroupMetric.CALIBRATION_ERROR) {
          cell += " (chance: " + Numbers.percent(r.calibrationNoise().get(g)) + ")";
        }
        cells.add(cell);
      }
      table.row(cells.toArray(String[]::new));
    }
    html.append(table.html());
    HtmlTable gaps =
        new HtmlTable("data gaps", "Gap", "Between", "Value", "Interval").numeric(2, 3);
    for (GroupGap gap : r.gaps()) {
      Estimate e = gap.estimate();
      gaps.row(
          gap.metric().label(),
          "'" + gap.highest() + "' and '" + gap.lowest() + "'",
          gap.metric() == GapMetric.DEMOGRAPHIC_PARITY_RATIO
              ? Numbers.format(e.value())
              : Numbers.percent(e.value()),
          range(e, gap.metric() != GapMetric.DEMOGRAPHIC_PARITY_RATIO));
    }
    html.append(gaps.html());
  }

  private static String interval(Estimate e) {
    String value = Numbers.percent(e.value());
    return Double.isNaN(e.lower()) ? value : value + " [" + range(e, true) + "]";
  }

  private static String range(Estimate e, boolean percent) {
    if (Double.isNaN(e.lower())) {
      return Numbers.NONE;
    }
    return percent
        ? Numbers.percent(e.lower()) + " to " + Numbers.percent(e.upper())
        : Numbers.format(e.lower()) + " to " + Numbers.format(e.upper());
  }
}
