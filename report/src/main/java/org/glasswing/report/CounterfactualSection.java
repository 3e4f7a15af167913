package org.glasswing.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import org.glasswing.core.counterfactual.Counterfactual;
import org.glasswing.core.counterfactual.CounterfactualResult;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;

/**
 * What would have to change for another decision? For one row: a table with one column per
 * counterfactual and one line per attribute that any of them changes, the row's value beside, and
 * how close, sparse and plausible each counterfactual is; or a plain statement that none was found.
 */
public final class CounterfactualSection implements ReportSection {

  private final Schema schema;
  private final int rowNumber;
  private final CounterfactualResult result;
  private final Redaction redaction;

  /**
   * Creates the section.
   *
   * @param schema the rows' schema, with a nominal target
   * @param rowNumber the row's number as the user knows it
   * @param result the counterfactuals found for it
   * @throws IllegalArgumentException if the target is not nominal
   */
  public CounterfactualSection(Schema schema, int rowNumber, CounterfactualResult result) {
    this(schema, rowNumber, result, null);
  }

  private CounterfactualSection(
      Schema schema, int rowNumber, CounterfactualResult result, Redaction redaction) {
    this.redaction = redaction;
    this.schema = Objects.requireNonNull(schema, "schema");
    this.rowNumber = rowNumber;
    this.result = Objects.requireNonNull(result, "result");
    if (!schema.isClassification()) {
      throw new IllegalArgumentException("counterfactuals need a nominal class");
    }
  }

  /**
   * The same section for a report that leaves the team: a changed numeric value that some reference
   * row holds (the search starts from the nearest reference rows, so a counterfactual can carry
   * their values) is shown as that row's number instead, so that no other row's values appear.
   * Category labels stay: they are the attribute's, listed in the data summary anyway.
   *
   * @param reference the rows the search started from
   * @param referenceRowNumber maps a reference index to the row number the user knows
   * @return the redacted section
   */
  public CounterfactualSection redacted(Dataset reference, IntUnaryOperator referenceRowNumber) {
    return new CounterfactualSection(
        schema, rowNumber, result, new Redaction(reference, referenceRowNumber));
  }

  @Override
  public String id() {
    return "counterfactual-" + rowNumber;
  }

  @Override
  public String title() {
    return "What would change the decision for row " + rowNumber;
  }

  @Override
  public String question() {
    return "What is the smallest change to row "
        + rowNumber
        + " that would make the classifier decide otherwise?";
  }

  @Override
  public String bodyHtml() {
    List<String> labels = schema.target().labels();
    String from = labels.get(result.originalClass());
    String to = labels.get(result.desiredClass());
    StringBuilder html = new StringBuilder();
    if (result.counterfactuals().isEmpty()) {
      return html.append("<p>")
          .append(
              Html.escape(
                  "The classifier predicts '"
                      + from
                      + "'. No change that makes it predict '"
                      + to
                      + "' was found: "
                      + result.failure().orElse("")
                      + "."))
          .append("</p>\n")
          .toString();
    }
    List<Counterfactual> cfs = result.counterfactuals();
    html.append("<p>")
        .append(
            Html.escape(
                "The classifier predicts '"
                    + from
                    + "'. Each column below is a changed copy of the row that it predicts as '"
                    + to
                    + "'; blank cells keep the row's value. Every copy was checked against the"
                    + " classifier."))
        .append("</p>\n");
    List<String> header = new ArrayList<>(List.of("Attribute", "Row " + rowNumber));
    for (int i = 1; i <= cfs.size(); i++) {
      header.add("Change " + i);
    }
    HtmlTable table = new HtmlTable("data counterfactuals", header.toArray(String[]::new));
    double[] original = result.original();
    for (int column : schema.inputIndices()) {
      Feature feature = schema.feature(column);
      boolean anyChange = false;
      List<String> cells =
          new ArrayList<>(List.of(feature.name(), feature.format(original[column])));
      for (Counterfactual cf : cfs) {
        double value = cf.row()[column];
        boolean same =
            Double.isNaN(value) ? Double.isNaN(original[column]) : value == original[column];
        anyChange |= !same;
        cells.add(
            same
                ? ""
                : redaction != null && !feature.isNominal()
                    ? redaction.value(column, display(feature, value))
                    : display(feature, value));
      }
      if (anyChange) {
        table.row(cells.toArray(String[]::new));
      }
    }
    addMeasure(table, "Probability of '" + to + "'", cfs, c -> Numbers.percent(c.probability()));
    addMeasure(table, "Distance to the row", cfs, c -> Numbers.format(c.distance()));
    addMeasure(table, "Attributes changed", cfs, c -> Integer.toString(c.changed()));
    addMeasure(
        table,
        "Distance to nearest known '" + to + "'",
        cfs,
        c -> Numbers.format(c.plausibility()));
    html.append(table.html());
    if (cfs.size() > 1) {
      html.append("<p class=\"note\">")
          .append(
              Html.escape(
                  "Mean distance between the changed copies (diversity): "
                      + Numbers.format(result.diversity())
                      + "."))
          .append("</p>\n");
    }
    return html.toString();
  }

  private static String display(Feature feature, double value) {
    return feature.isNominal() || Double.isNaN(value)
        ? feature.format(value)
        : Numbers.format(value, 4);
  }

  private static void addMeasure(
      HtmlTable table,
      String name,
      List<Counterfactual> cfs,
      java.util.function.Function<Counterfactual, String> measure) {
    List<String> cells = new ArrayList<>(List.of(name, ""));
    for (Counterfactual cf : cfs) {
      cells.add(measure.apply(cf));
    }
    table.row(cells.toArray(String[]::new));
  }
}
