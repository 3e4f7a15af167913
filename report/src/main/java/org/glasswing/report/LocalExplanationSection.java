package org.glasswing.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.glasswing.core.explain.Explanation;

/**
 * Why the classifier predicted what it did for a few rows: one waterfall chart per explanation,
 * from the average prediction, one step per feature, to the row's prediction, with the numbers in a
 * table. When a row is explained for several classes, the predicted class's chart comes first and
 * the other classes' follow, smaller, side by side.
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
    List<List<Explanation>> byRow = byRow(explanations);
    if (byRow.stream().anyMatch(r -> r.size() > 1)) {
      html.append("<p>Each row's large chart explains the class the model predicts; the small")
          .append(" ones beside it explain the other classes of the same row, so that one sees")
          .append(" what speaks against them too. A class's contributions add up to its own")
          .append(" probability.</p>\n");
    }
    for (int i = 0; i < byRow.size(); i++) {
      List<Explanation> targets = byRow.get(i);
      Explanation predicted = predicted(targets);
      appendExplanation(html, predicted, i);
      List<Explanation> others = new ArrayList<>(targets);
      others.remove(predicted);
      if (!others.isEmpty()) {
        appendOthers(html, others, i);
      }
    }
    return html.toString();
  }

  /**
   * Groups explanations by row.
   *
   * @param explanations explanations of one or more targets per row
   * @return one list per row, rows in first-seen order, each row's targets in their order
   */
  public static List<List<Explanation>> byRow(List<Explanation> explanations) {
    Map<Integer, List<Explanation>> rows = new LinkedHashMap<>();
    for (Explanation e : explanations) {
      rows.computeIfAbsent(e.row(), r -> new ArrayList<>()).add(e);
    }
    return List.copyOf(rows.values());
  }

  /**
   * The explanation of the predicted class among one row's.
   *
   * @param targets the row's explanations, one per target
   * @return the one with the highest output, the first among equals
   */
  public static Explanation predicted(List<Explanation> targets) {
    Explanation best = targets.get(0);
    for (Explanation e : targets) {
      if (e.prediction() > best.prediction()) {
        best = e;
      }
    }
    return best;
  }

  private void appendOthers(StringBuilder html, List<Explanation> others, int index) {
    int row = rowNumber.applyAsInt(others.get(0).row());
    html.append("<div class=\"panels\">\n");
    for (Explanation e : others) {
      String output = outputKind.describe(e.target());
      html.append("<figure>")
          .append(
              SvgCharts.waterfall(
                  "waterfall-" + (index + 1) + "-" + (e.targetIndex() + 1),
                  Waterfall.of(e),
                  output))
          .append("<figcaption>")
          .append(
              Html.escape(
                  "Row "
                      + row
                      + ", class '"
                      + e.target()
                      + "': "
                      + Numbers.format(e.prediction())
                      + " against an average of "
                      + Numbers.format(e.baseValue())
                      + "."))
          .append("</figcaption></figure>\n");
    }
    html.append("</div>\n");
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
