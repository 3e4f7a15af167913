package org.glasswing.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.embedding.Embedding;
import org.glasswing.core.examples.MmdCritic;
import org.glasswing.core.examples.PrototypeSet;

/**
 * Which rows best summarise the data, and which rows does that summary miss? The prototypes and
 * criticisms {@link MmdCritic} chose (Kim, Khanna and Koyejo 2016), per class or for all rows: a
 * table per group with the squared MMD of its prototypes, a chart (the rows on a map with the
 * prototypes and criticisms marked, when a map is given; and the witness of each criticism as
 * bars), and the prototypes' values.
 */
public final class PrototypesSection implements ReportSection {

  /** The most prototypes whose values are listed side by side per group. */
  public static final int MOST_VALUE_COLUMNS = 8;

  private final List<PrototypeSet> sets;
  private final Dataset reference;
  private final IntUnaryOperator referenceRowNumber;
  private final Embedding map;
  private final boolean redact;

  /**
   * Creates the section.
   *
   * @param sets the chosen sets, as {@link MmdCritic#perClass} or {@link MmdCritic#global} returns
   *     them
   * @param reference the rows the sets' indices point into (the rows MMD-critic chose from)
   * @param referenceRowNumber maps a reference index to the row number the user knows (1-based)
   * @param map a 2-D map of the reference rows, in their order (such as {@code
   *     Pca.map(FeatureMatrix.encode(reference), cancel)}), or {@code null} for no map
   * @throws IllegalArgumentException if there is no set, an index is outside the reference rows, or
   *     the map does not have one point per reference row
   */
  public PrototypesSection(
      List<PrototypeSet> sets,
      Dataset reference,
      IntUnaryOperator referenceRowNumber,
      Embedding map) {
    this(sets, reference, referenceRowNumber, map, false);
  }

  private PrototypesSection(
      List<PrototypeSet> sets,
      Dataset reference,
      IntUnaryOperator referenceRowNumber,
      Embedding map,
      boolean redact) {
    this.redact = redact;
    this.sets = List.copyOf(sets);
    this.reference = Objects.requireNonNull(reference, "reference");
    this.referenceRowNumber = Objects.requireNonNull(referenceRowNumber, "referenceRowNumber");
    this.map = map;
    if (this.sets.isEmpty()) {
      throw new IllegalArgumentException("a prototypes section needs at least one set");
    }
    for (PrototypeSet set : this.sets) {
      List<Integer> all = new ArrayList<>(set.prototypes());
      all.addAll(set.criticisms());
      for (int row : all) {
        if (row < 0 || row >= reference.numRows()) {
          throw new IllegalArgumentException(
              "prototype or criticism row " + row + " is outside the reference rows");
        }
      }
      if (set.group() >= 0 && !reference.schema().isClassification()) {
        throw new IllegalArgumentException("sets per class need a reference with a nominal class");
      }
    }
    if (map != null && map.coordinates().length != reference.numRows()) {
      throw new IllegalArgumentException(
          "the map has "
              + map.coordinates().length
              + " points for "
              + reference.numRows()
              + " reference rows");
    }
  }

  /**
   * The same section for a report that leaves the team: the prototypes' attribute values are
   * replaced by their row numbers, so that no other row's values appear.
   *
   * @return the redacted section
   */
  public PrototypesSection redacted() {
    return new PrototypesSection(sets, reference, referenceRowNumber, map, true);
  }

  @Override
  public String id() {
    return "prototypes";
  }

  @Override
  public String title() {
    return "Typical rows and the rows they miss";
  }

  @Override
  public String question() {
    return "Which training rows best summarise "
        + (sets.get(0).group() >= 0 ? "each class" : "the data")
        + ", and which rows does that summary miss?";
  }

  private String groupName(PrototypeSet set) {
    return set.group() < 0 ? "all rows" : reference.schema().target().labels().get(set.group());
  }

  private String label(int row) {
    Schema schema = reference.schema();
    if (schema.targetIndex() < 0) {
      return Feature.MISSING;
    }
    double value = reference.value(row, schema.targetIndex());
    return Double.isNaN(value) ? Feature.MISSING : schema.target().format(value);
  }

  @Override
  public String bodyHtml() {
    StringBuilder html = new StringBuilder("<p>");
    html.append(
            Html.escape(
                "Prototypes are the rows chosen, a few per "
                    + (sets.get(0).group() >= 0 ? "class" : "dataset")
                    + ", so that together they look like the data they stand for (MMD-critic,"
                    + " Kim, Khanna and Koyejo 2016). MMD² measures how far they are from that:"
                    + " 0 would be a perfect summary. Criticisms are the rows the prototypes"
                    + " represent worst: a positive witness means the data is denser there than"
                    + " the prototypes say, a negative one that the prototypes over-represent the"
                    + " region."))
        .append("</p>\n");
    HtmlTable summary =
        new HtmlTable("data prototype-summary", "Group", "Rows", "Prototypes", "Criticisms", "MMD²")
            .numeric(1, 2, 3, 4);
    for (PrototypeSet set : sets) {
      summary.row(
          groupName(set),
          Integer.toString(set.size()),
          Integer.toString(set.prototypes().size()),
          Integer.toString(set.criticisms().size()),
          Numbers.format(set.mmd2()));
    }
    html.append(summary.html());
    if (map != null) {
      html.append("<figure>").append(mapChart()).append("</figure>\n");
    }
    List<SvgCharts.Bar> bars = new ArrayList<>();
    HtmlTable table =
        new HtmlTable(
                "data prototypes", "Group", "Role", "Rank", "Training row", "Class", "Witness")
            .numeric(2, 3, 5);
    for (PrototypeSet set : sets) {
      String group = groupName(set);
      for (int i = 0; i < set.prototypes().size(); i++) {
        int row = set.prototypes().get(i);
        table.row(
            group,
            "prototype",
            Integer.toString(i + 1),
            Integer.toString(referenceRowNumber.applyAsInt(row)),
            label(row),
            Numbers.NONE);
      }
      for (int i = 0; i < set.criticisms().size(); i++) {
        int row = set.criticisms().get(i);
        int number = referenceRowNumber.applyAsInt(row);
        double witness = set.witness().get(i);
        table.row(
            group,
            "criticism",
            Integer.toString(i + 1),
            Integer.toString(number),
            label(row),
            Numbers.signed(witness));
        bars.add(
            new SvgCharts.Bar(
                group + ": row " + number + " (" + label(row) + ")", witness, Double.NaN));
      }
    }
    if (!bars.isEmpty()) {
      html.append("<figure>")
          .append(SvgCharts.horizontalBars("prototypes-witness", bars, "witness of each criticism"))
          .append("</figure>\n");
    }
    html.append(table.html());
    for (PrototypeSet set : sets) {
      if (redact) {
        html.append("<p class=\"note\">")
            .append(
                Html.escape(
                    groupName(set) + ": " + Redaction.note(set.prototypes(), referenceRowNumber)))
            .append("</p>\n");
        continue;
      }
      html.append("<details><summary>")
          .append(Html.escape("Show the values of the prototypes of " + groupName(set)))
          .append("</summary>\n")
          .append(values(set))
          .append("</details>\n");
    }
    return html.toString();
  }

  private String mapChart() {
    double[][] points = map.coordinates();
    boolean[] prototype = new boolean[points.length];
    boolean[] criticism = new boolean[points.length];
    for (PrototypeSet set : sets) {
      set.prototypes().forEach(r -> prototype[r] = true);
      set.criticisms().forEach(r -> criticism[r] = true);
    }
    // ordinary rows first, so that prototypes and criticisms are drawn on top of them
    List<SvgCharts.Point> chart = new ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      if (!prototype[i] && !criticism[i]) {
        chart.add(new SvgCharts.Point(points[i][0], points[i][1], "other rows"));
      }
    }
    for (int i = 0; i < points.length; i++) {
      if (prototype[i]) {
        chart.add(new SvgCharts.Point(points[i][0], points[i][1], "prototype"));
      }
    }
    for (int i = 0; i < points.length; i++) {
      if (criticism[i] && !prototype[i]) {
        chart.add(new SvgCharts.Point(points[i][0], points[i][1], "criticism"));
      }
    }
    boolean linear = map.explained().size() >= 2;
    String xLabel =
        linear ? "axis 1 (" + Numbers.percent(map.explained().get(0)) + ")" : map.method() + " 1";
    String yLabel =
        linear ? "axis 2 (" + Numbers.percent(map.explained().get(1)) + ")" : map.method() + " 2";
    return SvgCharts.scatter(
        "prototypes-map", chart, xLabel, yLabel, java.util.Set.of("prototype", "criticism"));
  }

  private String values(PrototypeSet set) {
    List<Integer> shown =
        set.prototypes().subList(0, Math.min(MOST_VALUE_COLUMNS, set.prototypes().size()));
    List<String> header = new ArrayList<>();
    header.add("Attribute");
    for (int row : shown) {
      header.add("Row " + referenceRowNumber.applyAsInt(row));
    }
    HtmlTable table = new HtmlTable("data prototype-values", header.toArray(String[]::new));
    Schema schema = reference.schema();
    for (int column : schema.inputIndices()) {
      Feature feature = schema.feature(column);
      List<String> cells = new ArrayList<>();
      cells.add(feature.name());
      for (int row : shown) {
        cells.add(feature.format(reference.value(row, column)));
      }
      table.row(cells.toArray(String[]::new));
    }
    return table.html();
  }
}
