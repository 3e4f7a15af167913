package org.glasswing.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.lime.Lime;

/**
 * What a simple local model says about a few rows: for each LIME explanation, a bar per feature the
 * local linear surrogate uses (largest first, signed), with the surrogate's fidelity (weighted R²)
 * and intercept stated next to the chart, a warning when the fidelity is low, and the numbers in a
 * table.
 */
public final class LimeSection implements ReportSection {

  /** Below this fidelity the section warns that the surrogate is a poor local summary. */
  public static final double LOW_FIDELITY = 0.5;

  private final List<Explanation> explanations;
  private final IntUnaryOperator rowNumber;
  private final OutputKind outputKind;

  /**
   * Creates the section.
   *
   * @param explanations LIME explanations (each with the {@value Lime#FIDELITY} and {@value
   *     Lime#INTERCEPT} extras), in order; at least one
   * @param rowNumber maps an explanation's {@link Explanation#row()} to the row number the user
   *     knows
   * @param outputKind what the explained output is, for the wording
   * @throws IllegalArgumentException if the list is empty or an explanation has no fidelity
   */
  public LimeSection(
      List<Explanation> explanations, IntUnaryOperator rowNumber, OutputKind outputKind) {
    this.explanations = List.copyOf(explanations);
    this.rowNumber = Objects.requireNonNull(rowNumber, "rowNumber");
    this.outputKind = Objects.requireNonNull(outputKind, "outputKind");
    if (this.explanations.isEmpty()) {
      throw new IllegalArgumentException("a LIME section needs an explanation");
    }
    for (Explanation e : this.explanations) {
      if (!e.extras().containsKey(Lime.FIDELITY) || !e.extras().containsKey(Lime.INTERCEPT)) {
        throw new IllegalArgumentException(
            "a LIME section needs LIME explanations with a fidelity and an intercept, but the"
                + " explanation of row "
                + e.row()
                + " was made by '"
                + e.method()
                + "' without them");
      }
    }
  }

  @Override
  public String id() {
    return "lime";
  }

  @Override
  public String title() {
    return "What a simple local model says";
  }

  @Override
  public String question() {
    return "Near each row, which features does a simple linear model use to mimic the"
        + " classifier, and how faithfully does it do so?";
  }

  @Override
  public String bodyHtml() {
    StringBuilder html = new StringBuilder();
    html.append("<p>How to read a chart: LIME perturbs the row many times, asks the classifier")
        .append(" about each variant and fits a small weighted linear model to the answers, giving")
        .append(" most weight to variants closest to the row. Each bar is one feature that model")
        .append(" uses: a <span class=\"raise\">positive</span> bar means the row's value of the")
        .append(" feature raises the prediction, a <span class=\"lower\">negative</span> one")
        .append(" lowers it. The fidelity (weighted R²) says how much of the classifier's")
        .append(" variation near the row the simple model reproduces: 1 is perfect, near 0 means")
        .append(" the bars say little.</p>\n");
    for (int i = 0; i < explanations.size(); i++) {
      appendExplanation(html, explanations.get(i), i);
    }
    return html.toString();
  }

  private void appendExplanation(StringBuilder html, Explanation e, int index) {
    int row = rowNumber.applyAsInt(e.row());
    double fidelity = e.extras().get(Lime.FIDELITY);
    double intercept = e.extras().get(Lime.INTERCEPT);
    String output = outputKind.describe(e.target());
    html.append("<h3>")
        .append(
            Html.escape(
                "Row "
                    + row
                    + ": "
                    + output
                    + " is "
                    + Numbers.format(e.prediction())
                    + "; local fidelity "
                    + Numbers.format(fidelity)
                    + "."))
        .append("</h3>\n");
    if (fidelity < LOW_FIDELITY) {
      html.append("<p class=\"note\">")
          .append(
              Html.escape(
                  "Low fidelity: the linear model reproduces only "
                      + Numbers.percent(fidelity)
                      + " of the classifier's variation near row "
                      + row
                      + ", so read these bars with care (try more --max-features or"
                      + " another method)."))
          .append("</p>\n");
    }
    int[] used =
        IntStream.range(0, e.size())
            .filter(f -> e.attribution(f) != 0)
            .boxed()
            .sorted(Comparator.comparingDouble(f -> -Math.abs(e.attribution(f))))
            .mapToInt(Integer::intValue)
            .toArray();
    if (used.length == 0) {
      html.append("<p>")
          .append(
              Html.escape(
                  "The local model uses no feature: the "
                      + output
                      + " does not change near row "
                      + row
                      + "."))
          .append("</p>\n");
      return;
    }
    List<SvgCharts.Bar> bars = new ArrayList<>();
    HtmlTable table = new HtmlTable("data lime", "Feature", "Value", "Local weight").numeric(2);
    for (int f : used) {
      String label = e.features().get(f).name() + " = " + e.formattedValue(f);
      bars.add(new SvgCharts.Bar(label, e.attribution(f), Double.NaN));
      table.row(e.features().get(f).name(), e.formattedValue(f), Numbers.signed(e.attribution(f)));
    }
    html.append("<figure>")
        .append(SvgCharts.signedBars("lime-" + (index + 1), bars, "local weight"))
        .append("<figcaption>")
        .append(
            Html.escape(
                "Weights of the local linear model for row "
                    + row
                    + " ("
                    + used.length
                    + " of "
                    + e.size()
                    + " features; intercept "
                    + Numbers.format(intercept)
                    + ", fidelity "
                    + Numbers.format(fidelity)
                    + ")."))
        .append("</figcaption></figure>\n")
        .append("<details><summary>Show the numbers for row ")
        .append(row)
        .append("</summary>\n")
        .append(table.html())
        .append("</details>\n");
  }
}
