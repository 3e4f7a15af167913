package org.glasswing.weka.gui;

import org.glasswing.core.counterfactual.Counterfactual;
import org.glasswing.core.counterfactual.CounterfactualResult;
import org.glasswing.core.examples.Neighbour;
import org.glasswing.core.examples.Neighbourhood;
import org.glasswing.core.uncertainty.OutOfDistribution;
import org.glasswing.report.Numbers;
import weka.core.Attribute;
import weka.core.Instances;

/**
 * The catalogue view's tables about the chosen instance, as HTML for a label, each with a title
 * that says how to read it: its nearest training instances and how unusual it is.
 */
final class InstanceTables {

  private InstanceTables() {}

  static String examplesTitle(CatalogueAnalyses.Examples e) {
    Neighbourhood n = e.neighbourhood();
    String agreement =
        Double.isNaN(n.predictionAgreement())
            ? ""
            : "; the model predicts the same class for "
                + Numbers.format(100 * n.predictionAgreement())
                + " % of them";
    return ChartAreas.twoLines(
        "Which known instances are most like instance " + (e.row() + 1) + agreement,
        "Nearest first (the instance itself left out). Neighbours that mostly share its"
            + " prediction support it; neighbours labelled otherwise are cases to compare with.");
  }

  static String examples(CatalogueAnalyses.Examples e, Instances data) {
    Attribute target = data.classAttribute();
    StringBuilder html = new StringBuilder("<html><table border=1 cellspacing=0 cellpadding=3>");
    html.append("<tr><th>rank</th><th>instance</th><th>distance</th><th>label</th>")
        .append("<th>predicted</th><th>probability or value</th></tr>");
    int rank = 1;
    for (Neighbour n : e.neighbourhood().neighbours()) {
      html.append("<tr><td>")
          .append(rank++)
          .append("</td><td>")
          .append(n.index() + 1)
          .append("</td><td>")
          .append(Numbers.format(n.distance()))
          .append("</td><td>")
          .append(Double.isNaN(n.label()) ? "?" : label(target, n.label()))
          .append("</td><td>")
          .append(n.predictedClass() < 0 ? "" : ChartAreas.escape(target.value(n.predictedClass())))
          .append("</td><td>")
          .append(Numbers.format(n.prediction()))
          .append("</td></tr>");
    }
    return html.append("</table></html>").toString();
  }

  private static String label(Attribute target, double value) {
    return ChartAreas.escape(
        target.isNominal() ? target.value((int) value) : Numbers.format(value));
  }

  static String oodTitle(CatalogueAnalyses.Unusual u) {
    return ChartAreas.twoLines(
        "How unusual instance " + (u.row() + 1) + " is among the training instances",
        "A percentile near 100 means almost every training instance is less unusual: the model"
            + " saw few cases like it, so trust its prediction less.");
  }

  static String ood(CatalogueAnalyses.Unusual u) {
    OutOfDistribution.Score s = u.score();
    return "<html><table border=1 cellspacing=0 cellpadding=3>"
        + "<tr><th>score</th><th>value</th><th>percentile among training instances</th></tr>"
        + "<tr><td>distance to the "
        + u.neighbours()
        + "th nearest training instance</td><td>"
        + Numbers.format(s.knnDistance())
        + "</td><td>"
        + Numbers.format(s.knnPercentile())
        + "</td></tr><tr><td>Mahalanobis distance from the training mean</td><td>"
        + Numbers.format(s.mahalanobis())
        + "</td><td>"
        + Numbers.format(s.mahalanobisPercentile())
        + "</td></tr></table></html>";
  }

  static String counterfactualsTitle(CounterfactualAnalysis.Found f, Instances data) {
    CounterfactualResult r = f.result();
    Attribute target = data.classAttribute();
    String frozen =
        f.frozen().isEmpty()
            ? "No attribute frozen"
            : "Frozen: "
                + String.join(
                    ", ", f.frozen().stream().sorted().map(a -> data.attribute(a).name()).toList());
    String goal = r.desiredClass() >= 0 ? target.value(r.desiredClass()) : "another class";
    String detail =
        r.failure().map(m -> m + ". ").orElse("Closest first; only the attributes that change. ")
            + frozen
            + ". Few changes of attributes a person can act on make a useful answer.";
    return ChartAreas.twoLines(
        "The smallest changes that make instance "
            + (f.row() + 1)
            + " "
            + goal
            + " instead of "
            + target.value(r.originalClass()),
        detail);
  }

  static String counterfactuals(CounterfactualAnalysis.Found f, Instances data) {
    StringBuilder html = new StringBuilder("<html><table border=1 cellspacing=0 cellpadding=3>");
    html.append("<tr><th>#</th><th>changes</th><th>probability of the new class</th>")
        .append("<th>distance</th></tr>");
    double[] original = f.result().original();
    int n = 1;
    for (Counterfactual c : f.result().counterfactuals()) {
      StringBuilder changes = new StringBuilder();
      for (int a = 0; a < original.length; a++) {
        if (a != data.classIndex() && Double.compare(original[a], c.row()[a]) != 0) {
          changes
              .append(changes.length() == 0 ? "" : "<br>")
              .append(ChartAreas.escape(data.attribute(a).name()))
              .append(": ")
              .append(value(data.attribute(a), original[a]))
              .append(" &rarr; ")
              .append(value(data.attribute(a), c.row()[a]));
        }
      }
      html.append("<tr><td>")
          .append(n++)
          .append("</td><td>")
          .append(changes)
          .append("</td><td>")
          .append(Numbers.format(c.probability()))
          .append("</td><td>")
          .append(Numbers.format(c.distance()))
          .append("</td></tr>");
    }
    return html.append("</table></html>").toString();
  }

  private static String value(Attribute attribute, double value) {
    return Double.isNaN(value) ? "?" : label(attribute, value);
  }

  static String conformalTitle(ConformalAnalysis.Found f, Instances data) {
    Attribute target = data.classAttribute();
    StringBuilder set = new StringBuilder();
    for (int c : f.set().classes()) {
      set.append(set.length() == 0 ? "" : ", ").append(target.value(c));
    }
    return ChartAreas.twoLines(
        "Which classes instance "
            + (f.row() + 1)
            + " could be: {"
            + set
            + "}, missing the true class at most "
            + Numbers.format(100 * f.alpha())
            + " % of the time",
        "A class is in the set when its p-value exceeds alpha. One class: a confident"
            + " prediction; several: the model cannot tell them apart; none: an unusual instance."
            + " Calibrated on the other instances.");
  }

  static String conformal(ConformalAnalysis.Found f, Instances data) {
    Attribute target = data.classAttribute();
    StringBuilder html = new StringBuilder("<html><table border=1 cellspacing=0 cellpadding=3>");
    html.append("<tr><th>class</th><th>p-value</th><th>in the set</th></tr>");
    for (int c = 0; c < target.numValues(); c++) {
      html.append("<tr><td>")
          .append(ChartAreas.escape(target.value(c)))
          .append("</td><td>")
          .append(Numbers.format(f.set().pValues().get(c)))
          .append("</td><td>")
          .append(f.set().contains(c) ? "yes" : "no")
          .append("</td></tr>");
    }
    return html.append("</table></html>").toString();
  }
}
