package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.util.List;
import org.glasswing.core.fairness.FairnessResult;
import org.glasswing.core.fairness.FairnessVerdict;
import org.glasswing.core.fairness.GroupEstimate;
import org.glasswing.core.fairness.GroupGap;
import org.glasswing.core.fairness.GroupMetric;
import org.glasswing.core.io.Csv;
import org.glasswing.core.io.Json;

/**
 * Writes fairness results: CSV with the header {@value #HEADER} (one row per metric and group, then
 * one per gap, whose {@code group} and {@code compared_with} are the highest and lowest group), or
 * JSON with the same rows and each attribute's verdict.
 */
final class FairnessOutput {

  /** The CSV header. */
  static final String HEADER = "attribute,metric,group,compared_with,rows,value,lower,upper";

  /**
   * The metric of the calibration error a perfectly calibrated model would reach on the group by
   * chance, at the confidence level: a group's error below it is no evidence of miscalibration.
   */
  static final String BY_CHANCE = "expected calibration error by chance";

  private FairnessOutput() {}

  private static double chance(FairnessResult r, String group) {
    for (int g = 0; g < r.groups().size(); g++) {
      if (r.groups().get(g).group().equals(group)) {
        return r.calibrationNoise().get(g);
      }
    }
    return Double.NaN;
  }

  static void write(CommonOptions common, PrintWriter stdout, List<FairnessResult> results) {
    OutputFiles.write(
        common.output(),
        "--output",
        stdout,
        w -> {
          if (common.format() == OutputFormat.json) {
            json(w, results);
          } else {
            csv(w, results);
          }
        });
  }

  private static void csv(PrintWriter w, List<FairnessResult> results) {
    w.print(HEADER + "\n");
    for (FairnessResult r : results) {
      String attribute = Csv.field(r.attribute());
      for (GroupEstimate e : r.table()) {
        w.print(
            String.join(
                    ",",
                    attribute,
                    Csv.field(e.metric().label()),
                    Csv.field(e.group()),
                    "",
                    Integer.toString(e.rows()),
                    Csv.number(e.estimate().value()),
                    Csv.number(e.estimate().lower()),
                    Csv.number(e.estimate().upper()))
                + "\n");
        if (e.metric() == GroupMetric.CALIBRATION_ERROR) {
          w.print(
              String.join(
                      ",",
                      attribute,
                      Csv.field(BY_CHANCE),
                      Csv.field(e.group()),
                      "",
                      Integer.toString(e.rows()),
                      Csv.number(chance(r, e.group())),
                      "",
                      "")
                  + "\n");
        }
      }
      for (GroupGap g : r.gaps()) {
        w.print(
            String.join(
                    ",",
                    attribute,
                    Csv.field(g.metric().label()),
                    Csv.field(g.highest()),
                    Csv.field(g.lowest()),
                    "",
                    Csv.number(g.estimate().value()),
                    Csv.number(g.estimate().lower()),
                    Csv.number(g.estimate().upper()))
                + "\n");
      }
    }
  }

  private static void json(PrintWriter w, List<FairnessResult> results) {
    w.print("{\"fairness\": [");
    for (int i = 0; i < results.size(); i++) {
      FairnessResult r = results.get(i);
      FairnessVerdict v = r.verdict();
      w.print(i == 0 ? "\n" : ",\n");
      w.print("  {\"attribute\": " + Json.string(r.attribute()));
      w.print(", \"positive\": " + Json.string(r.positive()));
      w.print(", \"level\": " + Json.number(r.level()));
      w.print(",\n   \"verdict\": {\"concern\": " + v.concern());
      w.print(", \"headline\": " + Json.string(v.headline()) + ", \"findings\": [");
      w.print(String.join(", ", v.findings().stream().map(Json::string).toList()) + "]},");
      w.print("\n   \"metrics\": [");
      boolean first = true;
      for (GroupEstimate e : r.table()) {
        w.print((first ? "\n" : ",\n") + "    {\"metric\": " + Json.string(e.metric().label()));
        w.print(", \"group\": " + Json.string(e.group()) + ", \"rows\": " + e.rows());
        interval(w, e.estimate().value(), e.estimate().lower(), e.estimate().upper());
        if (e.metric() == GroupMetric.CALIBRATION_ERROR) {
          w.print(",\n    {\"metric\": " + Json.string(BY_CHANCE));
          w.print(", \"group\": " + Json.string(e.group()) + ", \"rows\": " + e.rows());
          w.print(", \"value\": " + Json.number(chance(r, e.group())) + "}");
        }
        first = false;
      }
      for (GroupGap g : r.gaps()) {
        w.print((first ? "\n" : ",\n") + "    {\"metric\": " + Json.string(g.metric().label()));
        w.print(", \"group\": " + Json.string(g.highest()));
        w.print(", \"compared_with\": " + Json.string(g.lowest()));
        interval(w, g.estimate().value(), g.estimate().lower(), g.estimate().upper());
        first = false;
      }
      w.print("]}");
    }
    w.print("\n]}\n");
  }

  private static void interval(PrintWriter w, double value, double lower, double upper) {
    w.print(", \"value\": " + Json.number(value));
    w.print(", \"lower\": " + Json.number(lower) + ", \"upper\": " + Json.number(upper) + "}");
  }

  /** The verdicts, in plain words, on standard error. */
  static void verdicts(PrintWriter err, List<FairnessResult> results) {
    for (FairnessResult r : results) {
      FairnessVerdict v = r.verdict();
      err.println("glasswing: fairness: " + v.headline());
      for (String finding : v.findings()) {
        err.println("  - " + finding);
      }
    }
    err.flush();
  }
}
