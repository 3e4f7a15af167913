package org.glasswing.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.occlusion.Occlusion;

/**
 * What each feature holds up, for a few rows: for each occlusion explanation, a bar per feature (or
 * group) giving the drop in the output when that feature's value is replaced by background values,
 * largest first, with the sum of the drops set against the gap between the prediction and the
 * background average (occlusion, unlike Shapley values, does not share that gap out), and the
 * numbers in a table.
 */
public final class OcclusionSection implements ReportSection {

  private final List<Explanation> explanations;
  private final IntUnaryOperator rowNumber;
  private final OutputKind outputKind;

  /**
   * Creates the section.
   *
   * @param explanations occlusion explanations (method {@value Occlusion#METHOD}), in order; at
   *     least one
   * @param rowNumber maps an explanation's {@link Explanation#row()} to the row number the user
   *     knows
   * @param outputKind what the explained output is, for the wording
   * @throws IllegalArgumentException if the list is empty or holds another method's explanation
   */
  public OcclusionSection(
      List<Explanation> explanations, IntUnaryOperator rowNumber, OutputKind outputKind) {
    this.explanations = List.copyOf(explanations);
    this.rowNumber = Objects.requireNonNull(rowNumber, "rowNumber");
    this.outputKind = Objects.requireNonNull(outputKind, "outputKind");
    if (this.explanations.isEmpty()) {
      throw new IllegalArgumentException("an occlusion section needs an explanation");
    }
    for (Explanation e : this.explanations) {
      if (!e.method().equals(Occlusion.METHOD)) {
        throw new IllegalArgumentException(
            "an occlusion section shows occlusion explanations, but the explanation of row "
                + e.row()
                + " was made by '"
                + e.method()
                + "'");
      }
    }
  }

  @Override
  public String id() {
    return "occlusion";
  }

  @Override
  public String title() {
    return "What each feature holds up";
  }

  @Override
  public String question() {
    return "For single rows, how much does the prediction drop when one feature's value is"
        + " replaced by background values?";
  }

  @Override
  public String bodyHtml() {
    StringBuilder html = new StringBuilder();
    html.append("<p>How to read a chart: each bar is the drop in the prediction when the row's")
        .append(" value of that feature is replaced by background values (the row is scored once")
        .append(" per background row, and the answers averaged). A <span class=\"raise\">")
        .append("positive</span> bar means the row's own value holds the prediction up: take it")
        .append(" away and the prediction falls. A <span class=\"lower\">negative</span> bar")
        .append(" means it holds the prediction down. Each feature is removed on its own, so")
        .append(" unlike Shapley values the drops need not add up to the gap between the")
        .append(" prediction and the background average; what is left over is what features")
        .append(" do together.</p>\n");
    for (int i = 0; i < explanations.size(); i++) {
      appendExplanation(html, explanations.get(i), i);
    }
    return html.toString();
  }

  private void appendExplanation(StringBuilder html, Explanation e, int index) {
    int row = rowNumber.applyAsInt(e.row());
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
                    + " against a background average of "
                    + Numbers.format(e.baseValue())
                    + "."))
        .append("</h3>\n");
    int[] order =
        IntStream.range(0, e.size())
            .boxed()
            .sorted(Comparator.comparingDouble(f -> -Math.abs(e.attribution(f))))
            .mapToInt(Integer::intValue)
            .toArray();
    List<SvgCharts.Bar> bars = new ArrayList<>();
    HtmlTable table =
        new HtmlTable("data occlusion", "Feature", "Value", "Drop when replaced").numeric(2);
    double sum = 0;
    for (int f : order) {
      String name = e.features().get(f).name();
      boolean group = Double.isNaN(e.featureValues()[f]);
      String value = group ? "" : e.formattedValue(f);
      bars.add(
          new SvgCharts.Bar(group ? name : name + " = " + value, e.attribution(f), Double.NaN));
      table.row(name, value, Numbers.signed(e.attribution(f)));
      sum += e.attribution(f);
    }
    double gap = e.prediction() - e.baseValue();
    html.append("<figure>")
        .append(SvgCharts.signedBars("occlusion-" + (index + 1), bars, "drop in " + output))
        .append("<figcaption>")
        .append(
            Html.escape(
                "Drop in the "
                    + output
                    + " for row "
                    + row
                    + " when each feature is replaced by background values. The drops add up to "
                    + Numbers.signed(sum)
                    + "; the prediction is "
                    + Numbers.signed(gap)
                    + " from the background average"
                    + (Math.abs(sum - gap) <= 1e-9 * Math.max(1, Math.abs(gap))
                        ? ", so here the features act independently."
                        : ", and the remaining "
                            + Numbers.signed(gap - sum)
                            + " comes from features acting together.")))
        .append("</figcaption></figure>\n")
        .append("<details><summary>Show the numbers for row ")
        .append(row)
        .append("</summary>\n")
        .append(table.html())
        .append("</details>\n");
  }
}
