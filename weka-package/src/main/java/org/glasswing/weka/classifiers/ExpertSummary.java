package org.glasswing.weka.classifiers;

import java.util.List;
import java.util.Locale;
import org.glasswing.core.glassbox.ExpertMixtureModel;

/**
 * The text Weka shows for a trained mixture of experts: each expert's share of the training rows
 * and its non-zero coefficients on the data's scale (log-odds of the second class for two classes,
 * else one softmax score per class), then the gate's coefficients (one softmax score per expert).
 */
final class ExpertSummary {

  private ExpertSummary() {}

  static String describe(ExpertMixtureModel model, int[] owned) {
    List<String> classes = model.schema().target().labels();
    double[] trace = model.objective();
    int rows = 0;
    for (int o : owned) {
      rows += o;
    }
    StringBuilder out =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Mixture of %d sparse linear experts with a softmax gate%n"
                    + "EM: %d iterations, penalised mean log-likelihood %s%n",
                model.numExperts(),
                trace.length,
                number(trace[trace.length - 1])));
    for (int k = 0; k < model.numExperts(); k++) {
      double[][] e = model.expert(k);
      out.append(
          String.format(
              Locale.ROOT,
              "%nExpert %d: owns %d of %d training rows (%.1f%%)%n",
              k + 1,
              owned[k],
              rows,
              rows == 0 ? 0 : 100.0 * owned[k] / rows));
      if (classes.size() == 2) {
        double[] diff = new double[e[0].length];
        for (int j = 0; j < diff.length; j++) {
          diff[j] = e[1][j] - e[0][j];
        }
        out.append("  log-odds of '").append(classes.get(1)).append("':\n");
        table(out, model, new double[][] {model.original(diff)});
      } else {
        out.append("  softmax score of each class (").append(String.join(", ", classes));
        out.append("):\n");
        double[][] original = new double[e.length][];
        for (int c = 0; c < e.length; c++) {
          original[c] = model.original(e[c]);
        }
        table(out, model, original);
      }
    }
    if (model.numExperts() > 1) {
      out.append("\nGate: softmax score of each expert:\n");
      double[][] g = model.gate();
      double[][] original = new double[g.length][];
      for (int k = 0; k < g.length; k++) {
        original[k] = model.original(g[k]);
      }
      table(out, model, original);
    }
    return out.toString();
  }

  /** One line per input with a non-zero value in any column, the intercept first. */
  private static void table(StringBuilder out, ExpertMixtureModel model, double[][] columns) {
    int p = model.design().size();
    line(out, "(intercept)", columns, p);
    for (int j = 0; j < p; j++) {
      boolean any = false;
      for (double[] c : columns) {
        any |= c[j] != 0;
      }
      if (any) {
        line(out, model.design().name(j), columns, j);
      }
    }
  }

  private static void line(StringBuilder out, String name, double[][] columns, int j) {
    out.append(String.format(Locale.ROOT, "    %-36s", name));
    for (double[] c : columns) {
      out.append(String.format(Locale.ROOT, " %12s", number(c[j])));
    }
    out.append('\n');
  }

  private static String number(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
