package org.glasswing.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.examples.Neighbour;
import org.glasswing.core.examples.Neighbourhood;

/**
 * Which known cases does a row resemble? For one row of a classifier: its nearest training rows,
 * with their recorded classes and the model's predictions for them, the share that agree with the
 * row's prediction, a bar chart of their distances, and their values beside the row's.
 */
public final class NearestExamplesSection implements ReportSection {

  private final Schema schema;
  private final double[] row;
  private final int rowNumber;
  private final Neighbourhood neighbourhood;
  private final Dataset reference;
  private final IntUnaryOperator referenceRowNumber;
  private final boolean redact;

  /**
   * Creates the section.
   *
   * @param row the row, with the reference schema
   * @param rowNumber the row's number as the user knows it (1-based in its file)
   * @param neighbourhood its nearest reference rows, from a classifier
   * @param reference the reference rows the neighbours' indices point into
   * @param referenceRowNumber maps a reference index to the number the user knows
   * @throws IllegalArgumentException if the neighbourhood is empty or not from a classifier
   */
  public NearestExamplesSection(
      double[] row,
      int rowNumber,
      Neighbourhood neighbourhood,
      Dataset reference,
      IntUnaryOperator referenceRowNumber) {
    this(row, rowNumber, neighbourhood, reference, referenceRowNumber, false);
  }

  private NearestExamplesSection(
      double[] row,
      int rowNumber,
      Neighbourhood neighbourhood,
      Dataset reference,
      IntUnaryOperator referenceRowNumber,
      boolean redact) {
    this.redact = redact;
    this.reference = Objects.requireNonNull(reference, "reference");
    this.schema = reference.schema();
    this.row = row.clone();
    this.rowNumber = rowNumber;
    this.neighbourhood = Objects.requireNonNull(neighbourhood, "neighbourhood");
    this.referenceRowNumber = Objects.requireNonNull(referenceRowNumber, "referenceRowNumber");
    if (neighbourhood.neighbours().isEmpty() || neighbourhood.predictedClass() < 0) {
      throw new IllegalArgumentException(
          "a nearest-examples section needs a classifier's prediction and at least one neighbour");
    }
  }

  /**
   * The same section for a report that leaves the team: the neighbours' attribute values are
   * replaced by their row numbers, so that no other row's values appear.
   *
   * @return the redacted section
   */
  public NearestExamplesSection redacted() {
    return new NearestExamplesSection(
        row, rowNumber, neighbourhood, reference, referenceRowNumber, true);
  }

  @Override
  public String id() {
    return "nearest-examples-" + rowNumber;
  }

  @Override
  public String title() {
    return "Known cases like row " + rowNumber;
  }

  @Override
  public String question() {
    return "Which training rows does row "
        + rowNumber
        + " resemble, and does the classifier treat them the same way?";
  }

  @Override
  public String bodyHtml() {
    Feature target = schema.target();
    String predicted = target.labels().get(neighbourhood.predictedClass());
    List<Neighbour> neighbours = neighbourhood.neighbours();
    StringBuilder html = new StringBuilder();
    html.append("<p>")
        .append(
            Html.escape(
                "The classifier predicts '"
                    + predicted
                    + "' ("
                    + Numbers.percent(neighbourhood.prediction())
                    + ") for row "
                    + rowNumber
                    + ". Of its "
                    + neighbours.size()
                    + " nearest training rows, "
                    + Numbers.percent(neighbourhood.labelAgreement())
                    + " are recorded as '"
                    + predicted
                    + "' and the classifier predicts "
                    + Numbers.percent(neighbourhood.predictionAgreement())
                    + " of them as '"
                    + predicted
                    + "'."))
        .append("</p>\n");
    List<SvgCharts.Bar> bars = new ArrayList<>();
    HtmlTable table =
        new HtmlTable(
                "data neighbours", "Rank", "Training row", "Distance", "Recorded", "Predicted")
            .numeric(1, 2);
    int rank = 1;
    for (Neighbour n : neighbours) {
      int number = referenceRowNumber.applyAsInt(n.index());
      String label = Double.isNaN(n.label()) ? Feature.MISSING : target.format(n.label());
      bars.add(
          new SvgCharts.Bar(
              "#" + rank + " row " + number + " (" + label + ")", n.distance(), Double.NaN));
      table.row(
          "#" + rank++,
          Integer.toString(number),
          Numbers.format(n.distance()),
          label,
          target.labels().get(n.predictedClass()) + " (" + Numbers.percent(n.prediction()) + ")");
    }
    html.append("<figure>")
        .append(
            SvgCharts.horizontalBars(
                "neighbours-" + rowNumber, bars, "distance to row " + rowNumber))
        .append("</figure>\n")
        .append(table.html());
    if (redact) {
      return html.append("<p class=\"note\">")
          .append(
              Html.escape(
                  Redaction.note(
                      neighbours.stream().map(n -> n.index()).toList(), referenceRowNumber)))
          .append("</p>\n")
          .toString();
    }
    html.append("<details><summary>Show their values beside row ")
        .append(rowNumber)
        .append("</summary>\n")
        .append(values(neighbours))
        .append("</details>\n");
    return html.toString();
  }

  private String values(List<Neighbour> neighbours) {
    List<String> header = new ArrayList<>();
    header.add("Attribute");
    header.add("Row " + rowNumber);
    for (Neighbour n : neighbours) {
      header.add("Row " + referenceRowNumber.applyAsInt(n.index()));
    }
    HtmlTable table = new HtmlTable("data neighbour-values", header.toArray(String[]::new));
    for (int column : schema.inputIndices()) {
      Feature feature = schema.feature(column);
      List<String> cells = new ArrayList<>();
      cells.add(feature.name());
      cells.add(feature.format(row[column]));
      for (Neighbour n : neighbours) {
        cells.add(feature.format(reference.value(n.index(), column)));
      }
      table.row(cells.toArray(String[]::new));
    }
    return table.html();
  }
}
