package org.glasswing.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.glasswing.core.explain.Explanation;

/**
 * Why the classifier predicted what it did for a few rows: one waterfall chart per explanation,
 * from the average prediction, one step per feature, to the row's prediction, with the numbers in a
 * table.
 */
public final class LocalExplanationSection implements ReportSection {

  private final List<Explanation> explanations;
  private final IntUnaryOperator rowNumber;
  private final OutputKind outputKind;

  /**
   * Creates the section for a classifier's class probabilities.
   *
   * @param explanations the explanations to show, in order
   * @param rowNumber maps an explanation's {@link Explanation#row()} to the row number the user
   *     knows, such as its 1-based position in the dataset file
   */
  public LocalExplanationSection(List<Explanation> explanations, IntUnaryOperator rowNumber) {
    this(explanations, rowNumber, OutputKind.CLASS_PROBABILITY);
  }

  /**
   * Creates the section.
   *
   * @param explanations the explanations to show, in order; at least one
   * @param rowNumber maps an explanation's {@link Explanation#row()} to the row number the user
   *     knows
   * @param outputKind what the explained output is, for the wording
   */
  public LocalExplanationSection(
      List<Explanation> explanations, IntUnaryOperator rowNumber, OutputKind outputKind) {
    this.explanations = List.copyOf(explanations);
    this.rowNumber = Objects.requireNonNull(rowNumber, "rowNumber");
    this.outputKind = Objects.requireNonNull(outputKind, "outputKind");
    if (this.explanations.isEmpty()) {
      throw new IllegalArgumentException("a local explanation section needs an explanation");
    }
  }

  @Override
  public String id() {
    return "local-explanations";
  }

  @Override
  public String title() {
    return "Why these rows got their predictions";
  }

  @Override
  public String question() {
    return "For single rows, which feature values pushed the prediction up or down, and by how"
        + " much?";
  }

  @Override
  public String bodyHtml() {
    StringBuilder html = new StringBuilder();
    html.append("<p>How to read a chart: start at the average prediction (the dashed line marked")
        .append(" <em>start</em>). Each bar is one feature of the row, largest first: a")
        .append(" <span class=\"raise\">red</span> bar raises the prediction, a")
        .append(" <span class=\"lower\">blue</span> bar lowers it. The last bar ends at the")
        .append(" row's own prediction (marked <em>end</em>).</p>\n");
    if (explanations.stream().anyMatch(e -> e.standardErrors().isPresent())) {
      html.append("<p class=\"note\">The contributions were estimated by sampling; ± gives")
          .append(" the standard error of each estimate.</p>\n");
    }
    for (int i = 0; i < explanations.size(); i++) {
      appendExplanation(html, explanations.get(i), i);
    }
    return html.toString();
  }

  private void appendExplanation(StringBuilder html, Explanation explanation, int index) {
    int row = rowNumber.applyAsInt(explanation.row());
    String output = outputKind.describe(explanation.target());
    html.append("<h3>");
    html.append(
        Html.escape(
            "Row "
                + row
                + ": "
                + output
                + " is "
                + Numbers.format(explanation.prediction())
                + " against an average of "
                + Numbers.format(explanation.baseValue())
                + "."));
    html.append("</h3>\n<figure>")
        .append(SvgCharts.waterfall("waterfall-" + (index + 1), Waterfall.of(explanation), output))
        .append("</figure>\n")
        .append("<details><summary>Show the numbers for row ")
        .append(row)
        .append("</summary>\n")
        .append(numbers(explanation))
        .append("</details>\n");
  }

  private static String numbers(Explanation explanation) {
    double[] errors = explanation.standardErrors().orElse(null);
    HtmlTable table =
        errors == null
            ? new HtmlTable("data contributions", "Feature", "Value", "Contribution").numeric(2)
            : new HtmlTable(
                    "data contributions", "Feature", "Value", "Contribution", "Standard error")
                .numeric(2, 3);
    int[] order =
        IntStream.range(0, explanation.size())
            .boxed()
            .sorted(Comparator.comparingDouble(f -> -Math.abs(explanation.attribution(f))))
            .mapToInt(Integer::intValue)
            .toArray();
    for (int f : order) {
      String name = explanation.features().get(f).name();
      String value = explanation.formattedValue(f);
      String contribution = Numbers.signed(explanation.attribution(f));
      if (errors == null) {
        table.row(name, value, contribution);
      } else {
        table.row(name, value, contribution, Numbers.format(errors[f]));
      }
    }
    return table.html();
  }
}
