package org.glasswing.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;

/**
 * What the data looks like: its size, its target and, for each column, its kind, its missing values
 * and a short summary of its values; for a nominal target, how many rows each class has.
 */
public final class DatasetSummarySection implements ReportSection {

  private final Dataset data;
  private final String name;
  private final java.util.List<org.glasswing.core.data.StrongCorrelations.Pair> correlated;

  /**
   * Creates the section.
   *
   * @param data the dataset
   * @param name its name as the user knows it, as plain text, such as {@code credit-g}
   */
  public DatasetSummarySection(Dataset data, String name) {
    this(data, name, java.util.List.of());
  }

  /**
   * Creates the section with a warning about strongly correlated features.
   *
   * @param data the dataset
   * @param name its name as the user knows it, as plain text
   * @param correlated the strongly correlated pairs, strongest first; may be empty
   */
  public DatasetSummarySection(
      Dataset data,
      String name,
      java.util.List<org.glasswing.core.data.StrongCorrelations.Pair> correlated) {
    this.data = Objects.requireNonNull(data, "data");
    this.name = Objects.requireNonNull(name, "name");
    this.correlated = java.util.List.copyOf(correlated);
  }

  @Override
  public java.util.List<Finding> findings() {
    return correlated.isEmpty()
        ? java.util.List.of()
        : java.util.List.of(Finding.warning(correlationWarning()));
  }

  private String correlationWarning() {
    StringBuilder text = new StringBuilder("Strongly correlated features: ");
    for (int i = 0; i < correlated.size(); i++) {
      var pair = correlated.get(i);
      text.append(i == 0 ? "" : ", ")
          .append(pair.first())
          .append(" and ")
          .append(pair.second())
          .append(" (r = ")
          .append(Numbers.format(pair.r(), 2))
          .append(")");
    }
    return text.append(
            ". Interventional Shapley values, partial dependence and permutation importance then"
                + " evaluate rows unlike any real one, and may split credit between the pair"
                + " arbitrarily; read them with care (ALE curves avoid this).")
        .toString();
  }

  @Override
  public String id() {
    return "dataset";
  }

  @Override
  public String title() {
    return "The data";
  }

  @Override
  public String question() {
    return "What data were the classifier and its explanations computed on?";
  }

  @Override
  public String bodyHtml() {
    Schema schema = data.schema();
    StringBuilder html = new StringBuilder();
    if (!correlated.isEmpty()) {
      html.append("<p class=\"warning\"><strong>Warning:</strong> ")
          .append(Html.escape(correlationWarning()))
          .append("</p>\n");
    }
    html.append("<p class=\"headline\"><strong>")
        .append(Html.escape(name))
        .append("</strong>: ")
        .append(data.numRows())
        .append(data.numRows() == 1 ? " row" : " rows")
        .append(", ")
        .append(schema.size())
        .append(schema.size() == 1 ? " column" : " columns")
        .append(".</p>\n<p>")
        .append(describeTarget(schema))
        .append("</p>\n");
    if (schema.isClassification()) {
      appendClassDistribution(html, ColumnSummary.of(data, schema.targetIndex()));
    }
    html.append("<h3>Columns</h3>\n");
    html.append(columnTable(schema));
    return html.toString();
  }

  private String describeTarget(Schema schema) {
    if (!schema.hasTarget()) {
      return "No target column is set.";
    }
    Feature target = schema.target();
    String kind =
        target.isNominal()
            ? "nominal with " + target.labels().size() + " classes, so this is classification"
            : "numeric, so this is regression";
    return "The target (the column to predict) is <strong>"
        + Html.escape(target.name())
        + "</strong>: "
        + kind
        + ". The other "
        + (schema.size() - 1)
        + " columns are its inputs.";
  }

  private void appendClassDistribution(StringBuilder html, ColumnSummary target) {
    html.append("<h3>Rows per class</h3>\n");
    List<String> labels = target.feature().labels();
    HtmlTable table = new HtmlTable("data classes", "Class", "Rows", "Share").numeric(1, 2);
    List<SvgCharts.Bar> bars = new ArrayList<>();
    double total = data.numRows() - target.missing();
    for (int i = 0; i < labels.size(); i++) {
      double count = target.labelCounts()[i];
      table.row(
          labels.get(i), Numbers.count(count), total > 0 ? Numbers.percent(count / total) : "–");
      bars.add(new SvgCharts.Bar(labels.get(i), count, Double.NaN));
    }
    if (target.missing() > 0) {
      table.row("(missing)", Integer.toString(target.missing()), "");
    }
    html.append("<figure>")
        .append(SvgCharts.horizontalBars("class-distribution", bars, "rows"))
        .append("</figure>\n")
        .append(table.html());
  }

  private String columnTable(Schema schema) {
    HtmlTable table =
        new HtmlTable(
                "data columns",
                "Column",
                "Kind",
                "Missing",
                "Min",
                "Mean",
                "Max",
                "Labels",
                "Most frequent label")
            .numeric(2, 3, 4, 5, 6);
    for (int c = 0; c < schema.size(); c++) {
      ColumnSummary summary = ColumnSummary.of(data, c);
      Feature feature = summary.feature();
      String column = c == schema.targetIndex() ? feature.name() + " (target)" : feature.name();
      if (feature.isNominal()) {
        int top = summary.mostFrequentLabel();
        String mostFrequent =
            top < 0
                ? "–"
                : feature.labels().get(top)
                    + " ("
                    + Numbers.count(summary.labelCounts()[top])
                    + " rows)";
        table.row(
            column,
            "nominal",
            Integer.toString(summary.missing()),
            "",
            "",
            "",
            Integer.toString(feature.labels().size()),
            mostFrequent);
      } else {
        table.row(
            column,
            "numeric",
            Integer.toString(summary.missing()),
            Numbers.format(summary.min()),
            Numbers.format(summary.mean()),
            Numbers.format(summary.max()),
            "",
            "");
      }
    }
    return table.html();
  }
}
