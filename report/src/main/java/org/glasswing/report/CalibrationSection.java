package org.glasswing.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.ReliabilityBin;

/**
 * Whether the classifier's probabilities can be taken at their word: a reliability diagram
 * (confidence against accuracy per bin) and a table of ECE, MCE, Brier score and negative
 * log-likelihood, optionally before and after a calibrator.
 */
public final class CalibrationSection implements ReportSection {

  /** A bin with fewer rows than this is too small to judge: its gap is mostly chance. */
  public static final int SMALL_BIN = 10;

  /** An expected calibration error up to this is called well calibrated. */
  public static final double WELL_CALIBRATED = 0.05;

  private final String validation;
  private final CalibrationMetrics model;
  private final String calibratorName;
  private final CalibrationMetrics calibrated;

  /**
   * The section.
   *
   * @param validation how the predictions were obtained, as plain text, such as {@code 10-fold
   *     cross-validation, seed 1}
   * @param model the metrics of the model's own probabilities
   * @param calibratorName the calibrator's name, or {@code null} for none
   * @param calibrated the metrics after the calibrator, or {@code null} for none
   */
  public CalibrationSection(
      String validation,
      CalibrationMetrics model,
      String calibratorName,
      CalibrationMetrics calibrated) {
    this.validation = Objects.requireNonNull(validation, "validation");
    this.model = Objects.requireNonNull(model, "model");
    if ((calibratorName == null) != (calibrated == null)) {
      throw new IllegalArgumentException(
          "give both the calibrator's name and its metrics, or neither");
    }
    this.calibratorName = calibratorName;
    this.calibrated = calibrated;
  }

  @Override
  public String id() {
    return "calibration";
  }

  @Override
  public String title() {
    return "Can the probabilities be trusted";
  }

  @Override
  public String question() {
    return "When the classifier says it is 80% sure, is it right about 80% of the time?";
  }

  @Override
  public String bodyHtml() {
    StringBuilder html = new StringBuilder();
    html.append("<p class=\"headline\">Expected calibration error: <strong>")
        .append(Numbers.percent(model.ece()))
        .append("</strong> (the average gap between confidence and accuracy, weighted by rows; ")
        .append(Html.escape(validation))
        .append(", ")
        .append(Numbers.count(model.rows()))
        .append(" rows)</p>\n");
    Map<String, double[][]> series = new LinkedHashMap<>();
    series.put("model", points(model));
    if (calibrated != null) {
      series.put("after " + calibratorName, points(calibrated));
    }
    html.append(SvgCharts.reliabilityDiagram("reliability", series));
    html.append(
        "<p class=\"note\">Points below the diagonal: the classifier is more confident than it is"
            + " right (over-confident); above it: under-confident. Each point is labelled with its"
            + " rows (n); a bin of fewer than "
            + SMALL_BIN
            + " rows swings by chance, so do not read much into its point.</p>\n");
    smallBinCaveat()
        .ifPresent(c -> html.append("<p class=\"note\">").append(Html.escape(c)).append("</p>\n"));
    HtmlTable table =
        calibrated == null
            ? new HtmlTable("data metrics", "Measure", "Model").numeric(1)
            : new HtmlTable("data metrics", "Measure", "Model", "After " + calibratorName)
                .numeric(1, 2);
    row(table, "accuracy", model.accuracy(), calibrated == null ? 0 : calibrated.accuracy());
    row(table, "ECE (equal-width bins)", model.ece(), ece(calibrated));
    row(
        table,
        "ECE (equal-mass bins)",
        model.eceEqualMass(),
        calibrated == null ? 0 : calibrated.eceEqualMass());
    row(table, "MCE", model.mce(), calibrated == null ? 0 : calibrated.mce());
    row(
        table,
        "class-wise ECE",
        model.classwiseEce(),
        calibrated == null ? 0 : calibrated.classwiseEce());
    row(table, "Brier score", model.brier(), calibrated == null ? 0 : calibrated.brier());
    row(table, "negative log-likelihood", model.nll(), calibrated == null ? 0 : calibrated.nll());
    html.append(table.html());
    html.append("<h3>Reliability bins</h3>\n");
    HtmlTable bins =
        new HtmlTable("data bins", "Confidence", "Rows", "Mean confidence", "Accuracy")
            .numeric(1, 2, 3);
    for (ReliabilityBin bin : model.reliability()) {
      if (bin.count() > 0) {
        bins.row(
            Numbers.format(bin.lower(), 2) + "–" + Numbers.format(bin.upper(), 2),
            Numbers.count(bin.count()),
            Numbers.format(bin.meanConfidence()),
            Numbers.format(bin.accuracy()));
      }
    }
    html.append(bins.html());
    return html.toString();
  }

  @Override
  public java.util.List<Finding> findings() {
    double over = 0;
    for (ReliabilityBin bin : model.reliability()) {
      if (bin.count() > 0) {
        over += bin.count() * (bin.meanConfidence() - bin.accuracy());
      }
    }
    String direction = over > 0 ? "over-confident" : "under-confident";
    String text = "Calibration: expected calibration error " + Numbers.percent(model.ece());
    String after =
        calibrated == null
            ? ""
            : "; after " + calibratorName + " " + Numbers.percent(calibrated.ece());
    java.util.List<Finding> findings = new java.util.ArrayList<>();
    if (model.ece() <= WELL_CALIBRATED) {
      findings.add(Finding.good(text + ": well calibrated" + after + "."));
    } else {
      findings.add(
          Finding.warning(
              text
                  + ": "
                  + direction
                  + ", its probabilities should not be read at face value"
                  + after
                  + "."));
    }
    smallBinCaveat().ifPresent(c -> findings.add(Finding.warning(c)));
    return findings;
  }

  /** A caveat when the maximum calibration error comes from a small bin. */
  private java.util.Optional<String> smallBinCaveat() {
    ReliabilityBin worst = null;
    for (ReliabilityBin bin : model.reliability()) {
      if (bin.count() > 0 && (worst == null || bin.gap() > worst.gap())) {
        worst = bin;
      }
    }
    if (worst == null || worst.count() >= SMALL_BIN) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        "The maximum calibration error (MCE "
            + Numbers.format(model.mce())
            + ") comes from a bin of only "
            + worst.count()
            + (worst.count() == 1 ? " row" : " rows")
            + " (confidence "
            + Numbers.format(worst.lower(), 2)
            + "–"
            + Numbers.format(worst.upper(), 2)
            + "): too few to judge; read the ECE instead.");
  }

  private static double ece(CalibrationMetrics m) {
    return m == null ? 0 : m.ece();
  }

  private void row(HtmlTable table, String name, double before, double after) {
    if (calibrated == null) {
      table.row(name, Numbers.format(before));
    } else {
      table.row(name, Numbers.format(before), Numbers.format(after));
    }
  }

  private static double[][] points(CalibrationMetrics m) {
    return m.reliability().stream()
        .filter(b -> b.count() > 0)
        .map(b -> new double[] {b.meanConfidence(), b.accuracy(), b.count()})
        .toArray(double[][]::new);
  }
}
