package org.glasswing.weka.classifiers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.glasswing.core.glassbox.AdditiveModel;
import org.glasswing.core.glassbox.FeatureBins;
import org.glasswing.core.glassbox.ShapeTerm;
import weka.core.Instances;

/**
 * The text Weka shows for a trained explainable boosting machine: the terms by importance (the mean
 * absolute score over the bins, weighted by nothing, as the model stores no training counts) and
 * each single-attribute shape function bin by bin.
 */
final class ShapeSummary {

  private ShapeSummary() {}

  static String describe(AdditiveModel model, Instances header) {
    StringBuilder out = new StringBuilder("Explainable boosting machine\n\n");
    String scale =
        model.schema().target().isNominal()
            ? model.numScores() == 1
                ? "log-odds of '" + model.schema().target().labels().get(1) + "'"
                : "softmax score of each class"
            : "'" + model.schema().target().name() + "'";
    out.append("Scores add up on the scale of the ").append(scale).append(".\n");
    out.append("Intercept:");
    for (double v : model.intercept()) {
      out.append(' ').append(number(v));
    }
    out.append("\n\nTerms by importance (largest score range):\n");
    List<ShapeTerm> terms = new ArrayList<>(model.terms());
    terms.sort(Comparator.comparingDouble(ShapeSummary::range).reversed());
    for (ShapeTerm t : terms) {
      out.append(String.format(Locale.ROOT, "  %-40s %s%n", name(t, header), number(range(t))));
    }
    for (ShapeTerm t : model.terms()) {
      if (t.isPair()) {
        continue;
      }
      FeatureBins bins = model.bins(t.columns()[0]);
      out.append("\nShape of ").append(name(t, header)).append(":\n");
      double[][] scores = t.scores();
      for (int b = 0; b < bins.size(); b++) {
        out.append(String.format(Locale.ROOT, "  %-28s", bins.label(b)));
        for (double[] s : scores) {
          out.append(' ').append(number(s[b]));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String name(ShapeTerm t, Instances header) {
    int[] c = t.columns();
    return t.isPair()
        ? header.attribute(c[0]).name() + " x " + header.attribute(c[1]).name()
        : header.attribute(c[0]).name();
  }

  /** The largest range of the term's scores over its cells, across outputs. */
  static double range(ShapeTerm t) {
    double best = 0;
    for (double[] s : t.scores()) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (double v : s) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      best = Math.max(best, hi - lo);
    }
    return best;
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }
}
