package org.glasswing.weka.classifiers;

import java.util.Locale;
import org.glasswing.core.glassbox.ClassPath;
import org.glasswing.core.glassbox.LogisticPath;
import org.glasswing.core.glassbox.PathChoice;
import org.glasswing.core.glassbox.SparseLogisticModel;

/**
 * The text Weka shows for a trained sparse logistic regression: per path, the coefficients at the
 * chosen penalty (on the data's scale and per standard deviation, with their stability-selection
 * frequency), then the path table, one line per penalty.
 */
final class PathSummary {

  private PathSummary() {}

  static String describe(SparseLogisticModel model) {
    StringBuilder out = new StringBuilder("Sparse logistic regression (regularisation path)\n");
    for (ClassPath cp : model.paths()) {
      LogisticPath path = cp.path();
      int chosen = cp.chosen();
      String rule = chosen == cp.choice().oneStandardError() ? "one standard error" : "least";
      out.append(
          String.format(
              Locale.ROOT,
              "%nLog-odds of '%s' (alpha %s), chosen at step %d of %d by the %s rule:"
                  + " lambda %s, %d of %d inputs kept%n",
              model.positiveLabel(cp),
              number(path.alpha()),
              chosen + 1,
              path.steps(),
              rule,
              number(path.lambda(chosen)),
              path.kept(chosen),
              model.design().size()));
      out.append(
          String.format(
              Locale.ROOT,
              "  %-36s %12s %14s %10s%n",
              "input",
              "coefficient",
              "per sd",
              "stability"));
      out.append(
          String.format(
              Locale.ROOT,
              "  %-36s %12s%n",
              "(intercept)",
              number(model.originalIntercept(cp, chosen))));
      double[] original = model.originalBeta(cp, chosen);
      double[] standard = path.beta(chosen);
      double[][] freq = cp.hasStability() ? cp.stability() : null;
      for (int j = 0; j < standard.length; j++) {
        if (standard[j] == 0 && (freq == null || freq[chosen][j] == 0)) {
          continue;
        }
        out.append(
            String.format(
                Locale.ROOT,
                "  %-36s %12s %14s %10s%n",
                model.design().name(j),
                number(original[j]),
                number(standard[j]),
                freq == null ? "-" : number(freq[chosen][j])));
      }
      out.append("\n  Path: step, lambda, inputs kept, cross-validated deviance (se)\n");
      PathChoice choice = cp.choice();
      double[] mean = choice.mean();
      double[] se = choice.standardError();
      for (int s = 0; s < path.steps(); s++) {
        String mark =
            (s == choice.minimum() ? " min" : "") + (s == choice.oneStandardError() ? " 1se" : "");
        out.append(
            String.format(
                Locale.ROOT,
                "  %4d %12s %4d %10s (%s)%s%n",
                s + 1,
                number(path.lambda(s)),
                path.kept(s),
                number(mean[s]),
                number(se[s]),
                mark));
      }
    }
    return out.toString();
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
