package org.glasswing.report;

import java.util.List;
import org.glasswing.core.sanity.DeletionCurveResult;

/**
 * Faithfulness of the explanations: for each method a chart of the deletion curves (most important
 * first, least important first, and random orders with a band of one spread), and a table of their
 * areas, the symmetric relevance gain and the verdict.
 */
public final class DeletionCurveSection implements ReportSection {

  private final List<DeletionCurveResult> results;
  private final String output;

  /**
   * Creates the section.
   *
   * @param results one result per method; at least one
   * @param output the explained output in plain words, as plain text, such as {@code predicted
   *     probability of the predicted class}
   */
  public DeletionCurveSection(List<DeletionCurveResult> results, String output) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("no deletion curves to show");
    }
    this.results = List.copyOf(results);
    this.output = java.util.Objects.requireNonNull(output, "output");
  }

  @Override
  public String id() {
    return "deletion-curves";
  }

  @Override
  public String title() {
    return "Do the explanations point at what the model uses?";
  }

  @Override
  public String question() {
    return "When the features an explanation calls most important are removed first, does the"
        + " prediction fall faster than in a random order?";
  }

  /** The control's result, if the control was measured. */
  private java.util.Optional<DeletionCurveResult> control() {
    return results.stream().filter(r -> SanityCheckSection.isControl(r.method())).findFirst();
  }

  /**
   * The verdict of a method against the model-blind control, in words: whether its symmetric
   * relevance gain beats the control's by more than the spread of random orders.
   */
  private java.util.Optional<Finding> againstControl(DeletionCurveResult r) {
    return control()
        .filter(c -> c != r)
        .map(
            c -> {
              String figures =
                  " (SRG "
                      + Numbers.signed(r.srg())
                      + " against the control's "
                      + Numbers.signed(c.srg())
                      + ", random spread "
                      + Numbers.format(r.randomAucSpread())
                      + ")";
              return r.srg() - c.srg() > r.randomAucSpread()
                  ? Finding.good(
                      "Deletion curves: "
                          + r.method()
                          + " beats the model-blind control"
                          + figures
                          + ".")
                  : Finding.warning(
                      "Deletion curves: "
                          + r.method()
                          + " does not clearly beat the model-blind control"
                          + figures
                          + ": its ranking of features is not shown to be faithful.");
            });
  }

  @Override
  public java.util.List<Finding> findings() {
    java.util.List<Finding> findings = new java.util.ArrayList<>();
    for (DeletionCurveResult r : results) {
      if (!SanityCheckSection.isControl(r.method())) {
        againstControl(r).ifPresent(findings::add);
      }
    }
    return findings;
  }

  @Override
  public String bodyHtml() {
    StringBuilder html = new StringBuilder();
    html.append("<p>How to read it: features are removed one by one (replaced by background")
        .append(" values) and the ")
        .append(Html.escape(output))
        .append(" is recorded. A faithful explanation's most-important-first curve falls below")
        .append(" the random band and its least-important-first curve stays above it.</p>\n");
    HtmlTable table =
        new HtmlTable(
                "data deletion",
                "Method",
                "MIF area",
                "LIF area",
                "Random area (± spread)",
                "SRG",
                "Verdict")
            .numeric(1, 2, 3, 4);
    StringBuilder rows = new StringBuilder();
    StringBuilder reasons = new StringBuilder("<ul class=\"verdicts\">");
    for (int i = 0; i < results.size(); i++) {
      DeletionCurveResult r = results.get(i);
      double[] mif = r.mif();
      double[] x = new double[mif.length];
      for (int k = 0; k < x.length; k++) {
        x[k] = (double) k / (x.length - 1);
      }
      List<SvgCharts.Line> lines =
          List.of(
              new SvgCharts.Line("most important first", x, mif, null),
              new SvgCharts.Line("least important first", x, r.lif(), null),
              new SvgCharts.Line("random order", x, r.random(), r.randomSpread()));
      html.append("<figure>")
          .append(
              SvgCharts.lines("deletion-curves-" + i, lines, "share of features removed", output))
          .append("<figcaption>Deletion curves of ")
          .append(Html.escape(r.method()))
          .append(", averaged over the explained rows.</figcaption></figure>\n");
      rows.append("<tr><th scope=\"row\">")
          .append(Html.escape(r.method()))
          .append("</th><td class=\"num\">")
          .append(Numbers.format(r.mifAuc()))
          .append("</td><td class=\"num\">")
          .append(Numbers.format(r.lifAuc()))
          .append("</td><td class=\"num\">")
          .append(Numbers.format(r.randomAuc()))
          .append(" ± ")
          .append(Numbers.format(r.randomAucSpread()))
          .append("</td><td class=\"num\">")
          .append(Numbers.signed(r.srg()))
          .append("</td><td>")
          .append(VerdictBadge.html(r.verdict()))
          .append("</td></tr>");
      reasons
          .append("<li><strong>")
          .append(Html.escape(r.method()))
          .append(SanityCheckSection.isControl(r.method()) ? " (control)" : "")
          .append("</strong>: ")
          .append(Html.escape(r.reason()));
      againstControl(r).ifPresent(f -> reasons.append(" ").append(Html.escape(f.text())));
      reasons.append("</li>");
    }
    html.append("<p>Areas under the curves: MIF removes the most important features first, LIF")
        .append(" the least important first; SRG (symmetric relevance gain) is LIF area minus")
        .append(" MIF area, larger is better, near 0 is no better than random. Unusual values")
        .append(" often matter, so even the model-blind control (input-magnitude) can beat random")
        .append(" here: a method worth trusting beats the control clearly.</p>\n");
    html.append(table.rawRow(rows.toString()).html());
    html.append(reasons.append("</ul>\n"));
    return html.toString();
  }
}
