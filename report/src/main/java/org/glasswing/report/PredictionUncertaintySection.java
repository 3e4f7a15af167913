package org.glasswing.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How sure the classifier is row by row: the spread of its top probabilities, the rows it is least
 * sure about (top probability, margin, entropy and, when an ensemble was trained, the members'
 * disagreement), and the rows least like the training data (out-of-distribution percentiles).
 */
public final class PredictionUncertaintySection implements ReportSection {

  /** How many rows each of the two tables lists. */
  public static final int LISTED_ROWS = 10;

  /** A top probability below this counts as an unsure prediction in the headline. */
  public static final double UNSURE_BELOW = 0.6;

  /** A percentile above this counts as unusual in the headline. */
  public static final double UNUSUAL_ABOVE = 99;

  /**
   * The scores of one row.
   *
   * @param rowNumber the row number the user knows (1-based in the data file)
   * @param predicted the predicted class label
   * @param maxProbability the largest class probability
   * @param margin the largest minus the second-largest probability
   * @param entropy the entropy of the probabilities, in nats
   * @param mutualInformation the ensemble's mutual information (disagreement between members), or
   *     {@code NaN} when no ensemble was trained
   * @param unusualPercentile the percentage of training rows that are less unusual than this row
   *     (distance to its k-th nearest training row), or {@code NaN} when not measured
   */
  public record RowUncertainty(
      int rowNumber,
      String predicted,
      double maxProbability,
      double margin,
      double entropy,
      double mutualInformation,
      double unusualPercentile) {

    /**
     * Checks the label is given.
     *
     * @param rowNumber the row number
     * @param predicted the predicted label
     * @param maxProbability the top probability
     * @param margin the margin
     * @param entropy the entropy
     * @param mutualInformation the ensemble's mutual information, or NaN
     * @param unusualPercentile the out-of-distribution percentile, or NaN
     */
    public RowUncertainty {
      Objects.requireNonNull(predicted, "predicted");
    }
  }

  private final List<RowUncertainty> rows;
  private final String setup;

  /**
   * Creates the section.
   *
   * @param rows the scores of every row, in data order; at least one
   * @param setup how the scores were made, as plain text, such as {@code the model trained on all
   *     training rows; 5 bagged copies; distance to the 5th nearest training row}
   */
  public PredictionUncertaintySection(List<RowUncertainty> rows, String setup) {
    this.rows = List.copyOf(rows);
    this.setup = Objects.requireNonNull(setup, "setup");
    if (this.rows.isEmpty()) {
      throw new IllegalArgumentException("an uncertainty section needs at least one row");
    }
  }

  @Override
  public String id() {
    return "prediction-uncertainty";
  }

  @Override
  public String title() {
    return "How sure each prediction is";
  }

  @Override
  public String question() {
    return "Which rows is the classifier unsure about, and which rows look unlike anything it"
        + " learned from?";
  }

  @Override
  public List<Finding> findings() {
    if (rows.isEmpty()) {
      return List.of();
    }
    long unsure = rows.stream().filter(r -> r.maxProbability() < UNSURE_BELOW).count();
    List<Finding> findings = new java.util.ArrayList<>();
    findings.add(
        Finding.fact(
            Numbers.percent((double) unsure / rows.size())
                + " of "
                + rows.size()
                + " rows get a top probability below "
                + Numbers.format(UNSURE_BELOW)
                + "."));
    if (rows.stream().anyMatch(r -> !Double.isNaN(r.unusualPercentile()))) {
      long unusual = rows.stream().filter(r -> r.unusualPercentile() > UNUSUAL_ABOVE).count();
      double rate = (double) unusual / rows.size();
      String text =
          "Out-of-distribution rate: "
              + Numbers.percent(rate)
              + " ("
              + unusual
              + " of "
              + rows.size()
              + " rows) are more unusual than "
              + Numbers.format(UNUSUAL_ABOVE)
              + "% of the training rows";
      findings.add(
          rate > 2 * (100 - UNUSUAL_ABOVE) / 100
              ? Finding.warning(text + ": more than expected; check where these rows come from.")
              : Finding.fact(text + "."));
    }
    return findings;
  }

  @Override
  public String bodyHtml() {
    long unsure = rows.stream().filter(r -> r.maxProbability() < UNSURE_BELOW).count();
    boolean ensemble = rows.stream().anyMatch(r -> !Double.isNaN(r.mutualInformation()));
    boolean distances = rows.stream().anyMatch(r -> !Double.isNaN(r.unusualPercentile()));
    StringBuilder html = new StringBuilder();
    html.append("<p class=\"headline\">")
        .append(Numbers.percent((double) unsure / rows.size()))
        .append(" of ")
        .append(rows.size())
        .append(" rows get a top probability below ")
        .append(Numbers.format(UNSURE_BELOW))
        .append('.');
    if (distances) {
      long unusual = rows.stream().filter(r -> r.unusualPercentile() > UNUSUAL_ABOVE).count();
      html.append(' ')
          .append(unusual)
          .append(unusual == 1 ? " row is" : " rows are")
          .append(" more unusual than ")
          .append(Numbers.format(UNUSUAL_ABOVE))
          .append("% of the training rows.");
    }
    html.append("</p>\n<p class=\"setup\">").append(Html.escape(setup)).append("</p>\n");
    html.append("<figure>")
        .append(SvgCharts.horizontalBars("uncertainty-top-probability", histogram(), "rows"))
        .append("<figcaption>Rows by the probability of their predicted class: a model that is")
        .append(" often near 0.5 (for two classes) leaves many decisions to chance.")
        .append("</figcaption></figure>\n");

    html.append("<h3>The rows it is least sure about</h3>\n");
    List<String> header = new ArrayList<>(List.of("Row", "Predicted", "Top probability"));
    header.addAll(List.of("Margin", "Entropy"));
    if (ensemble) {
      header.add("Ensemble disagreement");
    }
    HtmlTable unsureTable =
        new HtmlTable("data uncertainty", header.toArray(String[]::new)).numeric(0, 2, 3, 4, 5);
    for (RowUncertainty r :
        sorted(Comparator.comparingDouble(RowUncertainty::maxProbability), LISTED_ROWS)) {
      List<String> cells =
          new ArrayList<>(
              List.of(
                  Integer.toString(r.rowNumber()),
                  r.predicted(),
                  Numbers.format(r.maxProbability()),
                  Numbers.format(r.margin()),
                  Numbers.format(r.entropy())));
      if (ensemble) {
        cells.add(Numbers.format(r.mutualInformation()));
      }
      unsureTable.row(cells.toArray(String[]::new));
    }
    html.append(unsureTable.html());
    if (ensemble) {
      html.append("<p>Ensemble disagreement is the mutual information between the bagged")
          .append(" copies' predictions: 0 when every copy says the same, larger when copies")
          .append(" trained on slightly different data disagree.</p>\n");
    }
    if (distances) {
      html.append("<h3>The rows least like the training data</h3>\n");
      HtmlTable unusualTable =
          new HtmlTable(
                  "data uncertainty", "Row", "Predicted", "More unusual than", "Top probability")
              .numeric(0, 2, 3);
      for (RowUncertainty r :
          sorted(
              Comparator.comparingDouble(RowUncertainty::unusualPercentile).reversed(),
              LISTED_ROWS)) {
        unusualTable.row(
            Integer.toString(r.rowNumber()),
            r.predicted(),
            Numbers.format(r.unusualPercentile()) + "% of training rows",
            Numbers.format(r.maxProbability()));
      }
      html.append(unusualTable.html());
      html.append("<p>A prediction for a row unlike the training data rests on little evidence,")
          .append(" however high its probability.</p>\n");
    }
    return html.toString();
  }

  private List<RowUncertainty> sorted(Comparator<RowUncertainty> order, int limit) {
    return rows.stream()
        .filter(r -> !Double.isNaN(r.maxProbability()))
        .sorted(order.thenComparingInt(RowUncertainty::rowNumber))
        .limit(limit)
        .toList();
  }

  private List<SvgCharts.Bar> histogram() {
    int[] counts = new int[10];
    for (RowUncertainty r : rows) {
      int bin = (int) Math.min(9, Math.floor(r.maxProbability() * 10));
      counts[Math.max(0, bin)]++;
    }
    int first = 0;
    while (first < 9 && counts[first] == 0) {
      first++;
    }
    List<SvgCharts.Bar> bars = new ArrayList<>();
    for (int b = 9; b >= first; b--) {
      bars.add(
          new SvgCharts.Bar(
              Numbers.format(b / 10.0) + "–" + Numbers.format((b + 1) / 10.0),
              counts[b],
              Double.NaN));
    }
    return bars;
  }
}
