package org.glasswing.weka.gui;

import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.uncertainty.EnsembleDisagreement;
import org.glasswing.report.Numbers;
import org.glasswing.weka.BaggedEnsemble;
import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.Instances;

/**
 * How far bagged copies of the classifier disagree on the chosen instance, as {@code glasswing
 * uncertainty --ensemble --rows N} scores it: {@code members} copies, each trained on a bootstrap
 * sample of the training data drawn with the seed, predict the instance.
 */
final class EnsembleAnalysis {

  /**
   * The members' probabilities for one instance and their disagreement.
   *
   * @param row the instance, from 0
   * @param members {@code [member][class]} probabilities
   * @param scores the disagreement scores
   */
  record Found(int row, double[][] members, EnsembleDisagreement.Scores scores) {}

  private EnsembleAnalysis() {}

  static Found score(
      MethodSpec spec,
      ParameterValues values,
      Classifier template,
      Instances data,
      int row,
      ProgressListener progress,
      CancellationToken cancel) {
    if (!data.classAttribute().isNominal()) {
      throw new IllegalArgumentException(
          "ensemble disagreement needs a nominal class; '"
              + data.classAttribute().name()
              + "' is numeric (conformal-regression gives an interval)");
    }
    double[][][] predicted =
        BaggedEnsemble.predict(
            template,
            data,
            new Instances(data, row, 1),
            values.integer(spec.parameter("members").orElseThrow()),
            values.longValue(Parameters.SEED),
            progress,
            cancel);
    double[][] members = new double[predicted.length][];
    for (int m = 0; m < predicted.length; m++) {
      members[m] = predicted[m][0];
    }
    return new Found(row, members, EnsembleDisagreement.of(members));
  }

  static String title(Found f, Instances data) {
    EnsembleDisagreement.Scores s = f.scores();
    return ChartAreas.twoLines(
        "Do "
            + f.members().length
            + " bagged copies of the model agree on instance "
            + (f.row() + 1)
            + "? They predict "
            + data.classAttribute().value(s.predicted())
            + " on average; "
            + Numbers.format(100 * s.disagreement())
            + " % of pairs of copies disagree",
        "Each copy learnt from a bootstrap sample of the data. Copies that disagree (high"
            + " disagreement, variance or mutual information) mean the prediction rests on"
            + " which instances the model happened to see: trust it less. 0 everywhere: every"
            + " copy says the same.");
  }

  static String table(Found f, Instances data) {
    Attribute target = data.classAttribute();
    EnsembleDisagreement.Scores s = f.scores();
    StringBuilder html = new StringBuilder("<html><table border=1 cellspacing=0 cellpadding=3>");
    html.append("<tr><th>score</th><th>value</th></tr><tr><td>variance of P(")
        .append(ChartAreas.escape(target.value(s.predicted())))
        .append(")</td><td>")
        .append(Numbers.format(s.variance()))
        .append("</td></tr><tr><td>disagreement (pairs)</td><td>")
        .append(Numbers.format(s.disagreement()))
        .append("</td></tr><tr><td>mutual information (nats)</td><td>")
        .append(Numbers.format(s.mutualInformation()))
        .append("</td></tr></table><br><table border=1 cellspacing=0 cellpadding=3><tr>")
        .append("<th>copy</th>");
    for (int c = 0; c < target.numValues(); c++) {
      html.append("<th>P(").append(ChartAreas.escape(target.value(c))).append(")</th>");
    }
    html.append("</tr>");
    for (int m = 0; m < f.members().length; m++) {
      html.append("<tr><td>").append(m + 1).append("</td>");
      for (double p : f.members()[m]) {
        html.append("<td>").append(Numbers.format(p)).append("</td>");
      }
      html.append("</tr>");
    }
    html.append("<tr><td>mean</td>");
    for (double p : s.meanProbabilities()) {
      html.append("<td>").append(Numbers.format(p)).append("</td>");
    }
    return html.append("</tr></table></html>").toString();
  }
}
