package org.glasswing.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How well the classifier predicts rows it did not learn from: for classification the accuracy and
 * the confusion matrix, for regression a table of error measures.
 */
public final class ModelPerformanceSection implements ReportSection {

  private final String classifier;
  private final String validation;
  private final ConfusionMatrix confusion;
  private final Map<String, Double> metrics;

  private ModelPerformanceSection(
      String classifier,
      String validation,
      ConfusionMatrix confusion,
      Map<String, Double> metrics) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.validation = Objects.requireNonNull(validation, "validation");
    this.confusion = confusion;
    this.metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }

  /**
   * The section for a classifier.
   *
   * @param classifier the classifier described, as plain text, such as {@code J48 -C 0.25 -M 2}
   * @param validation how it was validated, as plain text, such as {@code 10-fold cross-validation,
   *     seed 1}
   * @param confusion the confusion matrix the validation produced
   * @return the section
   */
  public static ModelPerformanceSection classification(
      String classifier, String validation, ConfusionMatrix confusion) {
    return new ModelPerformanceSection(
        classifier, validation, Objects.requireNonNull(confusion, "confusion"), Map.of());
  }

  /**
   * The section for a regression model.
   *
   * @param classifier the model described, as plain text
   * @param validation how it was validated, as plain text
   * @param metrics measure names and values in display order, such as {@code correlation}, {@code
   *     mean absolute error}, {@code root mean squared error}
   * @return the section
   */
  public static ModelPerformanceSection regression(
      String classifier, String validation, Map<String, Double> metrics) {
    return new ModelPerformanceSection(classifier, validation, null, metrics);
  }

  /**
   * The confusion matrix, for a classifier.
   *
   * @return the matrix, or empty for a regression model
   */
  public Optional<ConfusionMatrix> confusion() {
    return Optional.ofNullable(confusion);
  }

  @Override
  public String id() {
    return "performance";
  }

  @Override
  public String title() {
    return confusion != null ? "How accurate the classifier is" : "How accurate the model is";
  }

  @Override
  public String question() {
    return confusion != null
        ? "How often does the classifier predict the right class for rows it did not learn from?"
        : "How close are the model's predictions to the actual values for rows it did not learn"
            + " from?";
  }

  @Override
  public String bodyHtml() {
    StringBuilder html = new StringBuilder();
    html.append(
        new HtmlTable("data about")
            .row("Classifier", classifier)
            .row("Validation", validation)
            .html());
    if (confusion != null) {
      appendClassification(html);
    } else {
      appendRegression(html);
    }
    return html.toString();
  }

  @Override
  public java.util.List<Finding> findings() {
    if (confusion == null) {
      java.util.List<Finding> findings = new java.util.ArrayList<>();
      metrics.forEach(
          (name, value) ->
              findings.add(
                  Finding.fact(name + " " + Numbers.format(value) + " (" + validation + ")")));
      return findings.isEmpty() ? findings : findings.subList(0, Math.min(2, findings.size()));
    }
    org.glasswing.core.uncertainty.ProportionInterval interval =
        org.glasswing.core.uncertainty.ProportionInterval.wilson(
            confusion.correct(), confusion.total(), 0.95);
    int majority = majority();
    double baseline = confusion.actualTotal(majority) / confusion.total();
    String text =
        "Accuracy "
            + Numbers.percent(interval.estimate())
            + " (95% interval "
            + Numbers.percent(interval.lower())
            + " to "
            + Numbers.percent(interval.upper())
            + ", "
            + validation
            + "); always predicting '"
            + confusion.labels().get(majority)
            + "' would be right "
            + Numbers.percent(baseline)
            + ".";
    return java.util.List.of(
        interval.lower() > baseline
            ? Finding.fact(text)
            : Finding.warning(text + " The classifier is not clearly better than that."));
  }

  private int majority() {
    int majority = 0;
    for (int i = 1; i < confusion.size(); i++) {
      if (confusion.actualTotal(i) > confusion.actualTotal(majority)) {
        majority = i;
      }
    }
    return majority;
  }

  private void appendClassification(StringBuilder html) {
    html.append("<p class=\"headline\">Accuracy: <strong>")
        .append(Numbers.percent(confusion.accuracy()))
        .append("</strong> (")
        .append(Numbers.count(confusion.correct()))
        .append(" of ")
        .append(Numbers.count(confusion.total()))
        .append(" rows predicted correctly)</p>\n");
    int majority = majority();
    html.append("<p class=\"note\">For comparison: always predicting the most frequent class, '")
        .append(Html.escape(confusion.labels().get(majority)))
        .append("', would be right ")
        .append(Numbers.percent(confusion.actualTotal(majority) / confusion.total()))
        .append(" of the time.</p>\n");
    html.append("<h3>Confusion matrix</h3>\n")
        .append("<p>Each row is an actual class, each column a predicted class; the highlighted")
        .append(" diagonal counts the correct predictions.</p>\n");
    html.append(confusionTable());
  }

  private String confusionTable() {
    StringBuilder html = new StringBuilder("<table class=\"confusion\"><thead><tr>");
    html.append("<th scope=\"col\" class=\"corner\">actual \\ predicted</th>");
    for (String label : confusion.labels()) {
      html.append("<th scope=\"col\" class=\"num\">").append(Html.escape(label)).append("</th>");
    }
    html.append("<th scope=\"col\" class=\"num\">total</th></tr></thead><tbody>");
    for (int a = 0; a < confusion.size(); a++) {
      html.append("<tr><th scope=\"row\">")
          .append(Html.escape(confusion.labels().get(a)))
          .append("</th>");
      for (int p = 0; p < confusion.size(); p++) {
        html.append(a == p ? "<td class=\"num hit\">" : "<td class=\"num\">")
            .append(Numbers.count(confusion.count(a, p)))
            .append("</td>");
      }
      html.append("<td class=\"num\">")
          .append(Numbers.count(confusion.actualTotal(a)))
          .append("</td></tr>");
    }
    return html.append("</tbody></table>\n").toString();
  }

  private void appendRegression(StringBuilder html) {
    HtmlTable table = new HtmlTable("data metrics", "Measure", "Value").numeric(1);
    metrics.forEach((name, value) -> table.row(name, Numbers.format(value)));
    html.append(table.html());
  }
}
