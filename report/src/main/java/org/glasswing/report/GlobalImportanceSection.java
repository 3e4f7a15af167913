package org.glasswing.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.GlobalImportance;

/**
 * Which features matter most over many rows: a bar per feature, most important on top, whose length
 * is the feature's mean absolute attribution, with whiskers of one standard error.
 */
public final class GlobalImportanceSection implements ReportSection {

  private final GlobalImportance importance;
  private final String methodDescription;
  private final OutputKind outputKind;
  private final List<Explanation> explanations;

  /**
   * Creates the section for a classifier's class probabilities.
   *
   * @param importance the importances
   * @param methodDescription the attribution method in plain words, as plain text, such as {@code
   *     Shapley values (exact, 100 background rows)}
   */
  public GlobalImportanceSection(GlobalImportance importance, String methodDescription) {
    this(importance, methodDescription, OutputKind.CLASS_PROBABILITY);
  }

  /**
   * Creates the section.
   *
   * @param importance the importances
   * @param methodDescription the attribution method in plain words, as plain text
   * @param outputKind what the explained output is, for the wording
   */
  public GlobalImportanceSection(
      GlobalImportance importance, String methodDescription, OutputKind outputKind) {
    this(importance, methodDescription, outputKind, List.of());
  }

  /**
   * Creates the section with a beeswarm plot of the rows' attributions under the bars.
   *
   * @param importance the importances
   * @param methodDescription the attribution method in plain words, as plain text
   * @param outputKind what the explained output is, for the wording
   * @param explanations the per-row explanations the importances average; empty for no beeswarm
   */
  public GlobalImportanceSection(
      GlobalImportance importance,
      String methodDescription,
      OutputKind outputKind,
      List<Explanation> explanations) {
    this.importance = Objects.requireNonNull(importance, "importance");
    this.methodDescription = Objects.requireNonNull(methodDescription, "methodDescription");
    this.outputKind = Objects.requireNonNull(outputKind, "outputKind");
    this.explanations = List.copyOf(explanations);
  }

  @Override
  public String id() {
    return "global-importance";
  }

  @Override
  public String title() {
    return "Which features matter most";
  }

  @Override
  public String question() {
    return "Which features move the classifier's predictions the most, on average over many rows?";
  }

  @Override
  public java.util.List<Finding> findings() {
    java.util.List<GlobalImportance.FeatureImportance> top = importance.sortedByImportance();
    if (top.isEmpty()) {
      return java.util.List.of();
    }
    StringBuilder text = new StringBuilder("Top drivers overall (mean |Shapley value|): ");
    for (int i = 0; i < Math.min(3, top.size()); i++) {
      text.append(i == 0 ? "" : ", ")
          .append(top.get(i).feature().name())
          .append(" ")
          .append(Numbers.format(top.get(i).meanAbsolute()));
    }
    return java.util.List.of(Finding.fact(text.append(".").toString()));
  }

  @Override
  public String bodyHtml() {
    List<GlobalImportance.FeatureImportance> sorted = importance.sortedByImportance();
    String output = describeOutput();
    List<SvgCharts.Bar> bars = new ArrayList<>();
    HtmlTable table =
        new HtmlTable("data importance", "Feature", "Mean |contribution|", "Standard error")
            .numeric(1, 2);
    for (GlobalImportance.FeatureImportance entry : sorted) {
      bars.add(
          new SvgCharts.Bar(entry.feature().name(), entry.meanAbsolute(), entry.standardError()));
      table.row(
          entry.feature().name(),
          Numbers.format(entry.meanAbsolute()),
          Numbers.format(entry.standardError()));
    }
    StringBuilder html = new StringBuilder();
    html.append("<p>How to read it: the longer the bar, the more this feature moves the ")
        .append(Html.escape(output))
        .append(" on average, up or down, away from the average prediction.");
    if (importance.count() > 1) {
      html.append(" The whiskers show one standard error of that average.");
    }
    html.append("</p>\n<figure>")
        .append(SvgCharts.horizontalBars("global-importance", bars, "mean |contribution|"))
        .append("<figcaption>Mean absolute contribution of each feature, computed with ")
        .append(Html.escape(methodDescription))
        .append(" over ")
        .append(importance.count())
        .append(importance.count() == 1 ? " row" : " rows")
        .append(".</figcaption></figure>\n")
        .append(beeswarm(output))
        .append("<details><summary>Show the numbers</summary>\n")
        .append(table.html())
        .append("</details>\n");
    return html.toString();
  }

  private String beeswarm(String output) {
    if (explanations.isEmpty()) {
      return "";
    }
    Beeswarm swarm = new Beeswarm(explanations);
    return "<h3>Every row's contributions</h3>\n<p>How to read it: one line per feature, the most"
        + " important on top. Each dot is one explained row, placed at the feature's contribution"
        + " to that row's "
        + Html.escape(output)
        + ": right of the vertical zero line it raises the prediction, left of it it lowers it."
        + " The colour is the feature's value in that row, from low (dark purple) to high"
        + " (yellow-green), between its 5th and 95th percentiles; grey for a nominal feature or a"
        + " missing value. A wide spread means the feature matters a lot for some rows; colours"
        + " sorted from left to right show the direction of its effect.</p>\n<figure>"
        + swarm.svg("beeswarm", "contribution")
        + "<figcaption>Beeswarm (SHAP summary) plot of "
        + swarm.rowsDrawn()
        + (swarm.rowsDrawn() < explanations.size()
            ? " of the " + explanations.size() + " explained rows"
            : " explained rows")
        + " (Lundberg and Lee 2017).</figcaption></figure>\n";
  }

  private String describeOutput() {
    List<String> targets = importance.targets();
    if (targets.size() == 1) {
      return outputKind.describe(targets.get(0));
    }
    return "predicted probability of the explained class (each row's explanation is for "
        + String.join(", ", targets.stream().map(t -> "'" + t + "'").toList())
        + ")";
  }
}
