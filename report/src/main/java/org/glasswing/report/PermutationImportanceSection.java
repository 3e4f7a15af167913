package org.glasswing.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glasswing.core.global.ImportanceResult;
import org.glasswing.core.global.ImportanceScore;

/**
 * Which features the model needs, from an {@link ImportanceResult}: a bar per feature, most
 * important on top, whose length is the drop in the score when the feature is shuffled (or left
 * out, or its mean |Shapley value|), with whiskers spanning the 95 % interval, and the numbers in a
 * table.
 */
public final class PermutationImportanceSection implements ReportSection {

  private final ImportanceResult result;

  /**
   * Creates the section.
   *
   * @param result the importances of one method
   */
  public PermutationImportanceSection(ImportanceResult result) {
    this.result = Objects.requireNonNull(result, "result");
  }

  @Override
  public String id() {
    return "importance-" + result.method().replaceAll("[^a-z0-9]+", "-");
  }

  @Override
  public String title() {
    return switch (result.method()) {
      case "permutation" -> "Which features the model needs (permutation importance)";
      case "loco" -> "Which features the model needs (leave one feature out)";
      default -> "Which features the model uses (" + result.method() + ")";
    };
  }

  @Override
  public String question() {
    return switch (result.method()) {
      case "permutation" ->
          "How much worse does the model score on held-out rows when one feature's values are"
              + " shuffled?";
      case "loco" ->
          "How much worse does the model score on held-out rows when it is trained without one"
              + " feature?";
      default -> "How much does each feature move the predictions, on average over many rows?";
    };
  }

  @Override
  public String bodyHtml() {
    List<SvgCharts.Bar> bars = new ArrayList<>();
    HtmlTable table =
        new HtmlTable("data importance", "Feature", "Importance", "Std", "95 % interval")
            .numeric(1, 2, 3);
    for (ImportanceScore score : result.sorted()) {
      double half = (score.ciHigh() - score.ciLow()) / 2;
      bars.add(new SvgCharts.Bar(score.feature().name(), score.importance(), half));
      table.row(
          score.feature().name(),
          Numbers.format(score.importance()),
          Numbers.format(score.std()),
          Numbers.format(score.ciLow()) + " to " + Numbers.format(score.ciHigh()));
    }
    StringBuilder html = new StringBuilder("<p>How to read it: ");
    if (result.method().equals("mean-abs-shapley")) {
      html.append("the longer the bar, the more the feature moves predictions on average.");
    } else {
      html.append("the longer the bar, the more the ")
          .append(Html.escape(result.measure().replace("drop in ", "")))
          .append(" suffers without the feature; a bar whose whiskers reach zero may not be")
          .append(" needed at all. The intact model scores ")
          .append(Numbers.format(result.reference()))
          .append('.');
    }
    html.append(" The whiskers span the 95 % interval.</p>\n<figure>")
        .append(SvgCharts.horizontalBars(id(), bars, result.measure()))
        .append("<figcaption>")
        .append(Html.escape(result.measure()))
        .append(" per feature, most important on top.</figcaption></figure>\n")
        .append("<details><summary>Show the numbers</summary>\n")
        .append(table.html())
        .append("</details>\n");
    return html.toString();
  }
}
