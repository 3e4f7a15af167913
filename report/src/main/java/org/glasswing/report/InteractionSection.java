package org.glasswing.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.glasswing.core.global.Interaction;
import org.glasswing.core.global.Interactions;
import org.glasswing.core.global.PairProfile;

/**
 * Which pairs of features act together: Friedman and Popescu's H-statistic for the pairs of the top
 * features as a bar chart, strongest first, with the numbers in a table and, when given, the
 * two-way partial dependence of one pair as a heatmap.
 */
public final class InteractionSection implements ReportSection {

  private final Interactions interactions;
  private final List<Interaction> pairs;
  private final PairProfile surface;
  private final OutputKind outputKind;

  /**
   * Creates the section without a heatmap.
   *
   * @param interactions the measured pairs; at least one
   * @param outputKind what the studied output is, for the wording
   */
  public InteractionSection(Interactions interactions, OutputKind outputKind) {
    this(interactions, null, outputKind);
  }

  /**
   * Creates the section with the heatmap of one pair, usually the strongest.
   *
   * @param interactions the measured pairs; at least one
   * @param surface the two-way partial dependence of one pair, or {@code null} for none
   * @param outputKind what the studied output is, for the wording
   * @throws IllegalArgumentException if there is no pair
   */
  public InteractionSection(Interactions interactions, PairProfile surface, OutputKind outputKind) {
    this.interactions = Objects.requireNonNull(interactions, "interactions");
    this.outputKind = Objects.requireNonNull(outputKind, "outputKind");
    this.surface = surface;
    if (interactions.pairs().isEmpty()) {
      throw new IllegalArgumentException("an interaction section needs at least one pair");
    }
    List<Interaction> sorted = new ArrayList<>(interactions.pairs());
    sorted.sort(Comparator.comparingDouble((Interaction i) -> -i.h()));
    this.pairs = List.copyOf(sorted);
  }

  @Override
  public String id() {
    return "interactions";
  }

  @Override
  public String title() {
    return "Which features act together";
  }

  @Override
  public String question() {
    return "Does the effect of one feature depend on the value of another, and for which pairs"
        + " most?";
  }

  @Override
  public String bodyHtml() {
    String output = outputKind.describe(interactions.output());
    StringBuilder html = new StringBuilder();
    html.append("<p>How to read it: each bar is one pair of features and its H-statistic, the")
        .append(" share of the pair's joint effect on the ")
        .append(Html.escape(output))
        .append(" that is not the sum of their separate effects. <strong>0 = no interaction")
        .append("</strong> (each feature acts the same whatever the other's value);")
        .append(" <strong>1 = the effect is all interaction</strong> (what one feature does")
        .append(" depends entirely on the other). H is a share, not a size: a pair that barely")
        .append(
            " moves the prediction can still score high, so read it beside the profiles.</p>\n");
    List<SvgCharts.Bar> bars = new ArrayList<>();
    HtmlTable table =
        new HtmlTable("data interactions", "Pair", "H", "H² (share of variance)").numeric(1, 2);
    for (Interaction pair : pairs) {
      String label = pair.first().name() + " × " + pair.second().name();
      bars.add(new SvgCharts.Bar(label, pair.h(), Double.NaN));
      table.row(label, Numbers.format(pair.h()), Numbers.format(pair.h2()));
    }
    html.append("<figure>")
        .append(
            SvgCharts.horizontalBars(
                "interactions", bars, "H-statistic (0 = no interaction, 1 = all interaction)"))
        .append("<figcaption>")
        .append(
            Html.escape(
                "Pairs among the "
                    + topFeatures()
                    + " features whose own partial dependence varies most, strongest first."))
        .append("</figcaption></figure>\n")
        .append("<details><summary>Show the numbers</summary>\n")
        .append(table.html())
        .append("</details>\n");
    if (surface != null) {
      appendSurface(html, output);
    }
    return html.toString();
  }

  private int topFeatures() {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Interaction pair : pairs) {
      names.add(pair.first().name());
      names.add(pair.second().name());
    }
    return names.size();
  }

  private void appendSurface(StringBuilder html, String output) {
    String first = surface.first().name();
    String second = surface.second().name();
    html.append("<h3>")
        .append(Html.escape("How '" + first + "' and '" + second + "' act together"))
        .append("</h3>\n<figure>")
        .append(Heatmap.pairPdp("pair-pdp", surface, outputKind.describe(surface.output())))
        .append("<figcaption>")
        .append(
            Html.escape(
                "The average "
                    + outputKind.describe(surface.output())
                    + " with '"
                    + first
                    + "' set to the value across and '"
                    + second
                    + "' to the value up (two-way partial dependence; darker is higher)."
                    + " Without interaction the colour changes the same way along every row"
                    + " and every column; where the pattern bends or flips, the features act"
                    + " together. Cells are grid points, not equal spans of the features."))
        .append("</figcaption></figure>\n");
  }
}
