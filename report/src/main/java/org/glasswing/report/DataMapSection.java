package org.glasswing.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glasswing.core.embedding.Embedding;

/**
 * What is in the data? A two-dimensional map of the rows (PCA, classical MDS or t-SNE), each point
 * coloured by a group such as its class, the model's prediction, or whether the prediction is
 * right; with how much of the variance the axes show (PCA, MDS) and how far the map's neighbours
 * can be trusted.
 */
public final class DataMapSection implements ReportSection {

  private final Embedding embedding;
  private final List<String> groups;
  private final String colouredBy;
  private final double trustworthiness;
  private final int neighbourhood;

  /**
   * Creates the section.
   *
   * @param embedding the map
   * @param groups the group of each row, in the map's row order
   * @param colouredBy what the groups are, in plain words, such as {@code class}
   * @param trustworthiness the map's trustworthiness, or {@code NaN} when not measured
   * @param neighbourhood the neighbourhood size trustworthiness was measured with
   * @throws IllegalArgumentException if there is not one group per row
   */
  public DataMapSection(
      Embedding embedding,
      List<String> groups,
      String colouredBy,
      double trustworthiness,
      int neighbourhood) {
    this.embedding = Objects.requireNonNull(embedding, "embedding");
    this.groups = List.copyOf(groups);
    this.colouredBy = Objects.requireNonNull(colouredBy, "colouredBy");
    this.trustworthiness = trustworthiness;
    this.neighbourhood = neighbourhood;
    if (this.groups.size() != embedding.coordinates().length) {
      throw new IllegalArgumentException("a data map needs one group per row");
    }
  }

  @Override
  public String id() {
    return "data-map-" + embedding.method();
  }

  @Override
  public String title() {
    return "A map of the data (" + methodName() + ")";
  }

  @Override
  public String question() {
    return "How do the rows group together, and where do the "
        + colouredBy
        + " groups sit on the map?";
  }

  private String methodName() {
    return switch (embedding.method()) {
      case "pca" -> "principal components";
      case "mds" -> "classical multidimensional scaling";
      case "tsne" -> "t-SNE";
      default -> embedding.method();
    };
  }

  @Override
  public String bodyHtml() {
    double[][] points = embedding.coordinates();
    List<SvgCharts.Point> chart = new ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      chart.add(new SvgCharts.Point(points[i][0], points[i][1], groups.get(i)));
    }
    boolean linear = !embedding.explained().isEmpty();
    String xLabel =
        linear ? "axis 1 (" + Numbers.percent(embedding.explained().get(0)) + ")" : "t-SNE 1";
    String yLabel =
        linear ? "axis 2 (" + Numbers.percent(embedding.explained().get(1)) + ")" : "t-SNE 2";
    StringBuilder html = new StringBuilder("<p>");
    StringBuilder text =
        new StringBuilder("Each point is one of the ")
            .append(points.length)
            .append(" rows, coloured by ")
            .append(colouredBy)
            .append(". Points close together are rows that are alike. ");
    if (linear) {
      text.append("The two axes show ")
          .append(Numbers.percent(embedding.explained().get(0) + embedding.explained().get(1)))
          .append(" of the spread of the data; the rest is hidden by the flattening. ");
    } else {
      text.append(
          "t-SNE keeps neighbours together but distorts distances: the size of a cluster and the"
              + " gaps between clusters mean little. ");
    }
    if (!Double.isNaN(trustworthiness)) {
      text.append("Trustworthiness ")
          .append(Numbers.format(trustworthiness))
          .append(" (1 means every row's ")
          .append(neighbourhood)
          .append(" nearest points on the map are also near it in the data; a random map scores")
          .append(" about 0.5).");
    }
    html.append(Html.escape(text.toString().strip())).append("</p>\n<figure>");
    html.append(SvgCharts.scatter("map-" + embedding.method(), chart, xLabel, yLabel));
    return html.append("</figure>\n").toString();
  }
}
