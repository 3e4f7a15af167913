package org.glasswing.report;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.sanity.Agreement;

/**
 * Whether different explanation methods tell the same story for the same rows: for every pair of
 * methods, how many of their top-k features agree, in the same order and with the same sign
 * (Krishna et al. 2022).
 */
public final class AgreementSection implements ReportSection {

  private final List<Agreement> pairs;
  private final int topK;
  private final int rows;

  /**
   * Creates the section.
   *
   * @param pairs the agreement of each pair of methods; at least one
   * @param topK the number of top features compared
   * @param rows the number of rows the methods explained
   */
  public AgreementSection(List<Agreement> pairs, int topK, int rows) {
    this.pairs = List.copyOf(pairs);
    this.topK = topK;
    this.rows = rows;
    if (this.pairs.isEmpty()) {
      throw new IllegalArgumentException("an agreement section needs at least one pair of methods");
    }
  }

  @Override
  public String id() {
    return "agreement";
  }

  @Override
  public String title() {
    return "Do the methods agree";
  }

  @Override
  public String question() {
    return "Do different explanation methods point at the same features for the same rows?";
  }

  @Override
  public String bodyHtml() {
    StringBuilder html = new StringBuilder();
    html.append("<p>How to read it: for each pair of methods, the share of their top ")
        .append(topK)
        .append(" features that are the same (feature agreement), in the same place (rank")
        .append(" agreement) and pushing the same way (sign agreement), averaged over ")
        .append(rows)
        .append(rows == 1 ? " row" : " rows")
        .append(". 1 means the two methods tell the same story. Methods answer different")
        .append(" questions, so some disagreement is expected; a pair that shares almost none of")
        .append(" its top features deserves a closer look before either is believed.</p>\n");
    List<SvgCharts.Bar> bars = new ArrayList<>();
    for (Agreement pair : pairs) {
      bars.add(
          new SvgCharts.Bar(
              pair.methodA() + " · " + pair.methodB(), pair.featureAgreement(), Double.NaN));
    }
    html.append("<figure>")
        .append(SvgCharts.horizontalBars("agreement", bars, "feature agreement (top " + topK + ")"))
        .append("<figcaption>Share of top-")
        .append(topK)
        .append(" features the two methods have in common.</figcaption></figure>\n");
    HtmlTable table =
        new HtmlTable(
                "data agreement",
                "Methods",
                "Feature agreement",
                "Rank agreement",
                "Sign agreement",
                "Signed rank agreement")
            .numeric(1, 2, 3, 4);
    for (Agreement pair : pairs) {
      table.row(
          pair.methodA() + " · " + pair.methodB(),
          Numbers.format(pair.featureAgreement()),
          Numbers.format(pair.rankAgreement()),
          Numbers.format(pair.signAgreement()),
          Numbers.format(pair.signedRankAgreement()));
    }
    html.append(table.html());
    return html.toString();
  }
}
