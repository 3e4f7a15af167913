package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glasswing.core.glassbox.ClassPath;
import org.glasswing.core.glassbox.LogisticPath;
import org.glasswing.core.glassbox.SparseLogisticModel;
import org.glasswing.core.io.Csv;

/** The CSV tables and the summary line of {@code glassbox-path}. */
final class PathTables {

  /** The stability frequency from which an input counts as stable in the summary. */
  static final double STABLE = 0.6;

  private PathTables() {}

  /** One row per class and step: penalty, inputs kept, deviances, rule, coefficients per sd. */
  static void writePath(PrintWriter w, SparseLogisticModel model) {
    StringBuilder head =
        new StringBuilder(
            "class,step,lambda,log10_lambda,kept,train_deviance,cv_deviance,cv_se,rule,chosen");
    for (int j = 0; j < model.design().size(); j++) {
      head.append(',').append(Csv.field(model.design().name(j)));
    }
    w.print(head + "\n");
    for (ClassPath cp : model.paths()) {
      LogisticPath path = cp.path();
      double[] mean = cp.choice().mean();
      double[] se = cp.choice().standardError();
      for (int s = 0; s < path.steps(); s++) {
        List<String> rule = new ArrayList<>();
        if (s == cp.choice().minimum()) {
          rule.add("min");
        }
        if (s == cp.choice().oneStandardError()) {
          rule.add("1se");
        }
        StringBuilder row = new StringBuilder(Csv.field(model.positiveLabel(cp)));
        row.append(',').append(s + 1);
        row.append(',').append(Csv.number(path.lambda(s)));
        row.append(',').append(Csv.number(Math.log10(path.lambda(s))));
        row.append(',').append(path.kept(s));
        row.append(',').append(Csv.number(path.deviance(s)));
        row.append(',').append(Csv.number(mean[s]));
        row.append(',').append(Csv.number(se[s]));
        row.append(',').append(String.join(" ", rule));
        row.append(',').append(s == cp.chosen());
        for (double b : path.beta(s)) {
          row.append(',').append(Csv.number(b));
        }
        w.print(row + "\n");
      }
    }
  }

  /** The chosen coefficients: on the data's scale, per sd, and their stability frequencies. */
  static void writeCoefficients(PrintWriter w, SparseLogisticModel model) {
    w.print("class,input,coefficient,per_sd,stability,max_stability\n");
    for (ClassPath cp : model.paths()) {
      int chosen = cp.chosen();
      String label = Csv.field(model.positiveLabel(cp));
      w.print(
          label
              + ",(intercept),"
              + Csv.number(model.originalIntercept(cp, chosen))
              + ","
              + Csv.number(cp.path().intercept(chosen))
              + ",,\n");
      double[] original = model.originalBeta(cp, chosen);
      double[] standard = cp.path().beta(chosen);
      double[][] freq = cp.stability();
      for (int j = 0; j < standard.length; j++) {
        w.print(
            label
                + ","
                + Csv.field(model.design().name(j))
                + ","
                + Csv.number(original[j])
                + ","
                + Csv.number(standard[j])
                + ","
                + (cp.hasStability() ? Csv.number(freq[chosen][j]) : "")
                + ","
                + (cp.hasStability() ? Csv.number(cp.maxFrequency(j)) : "")
                + "\n");
      }
    }
  }

  /** One line: the chosen penalty, the inputs kept and the stable ones. */
  static String summary(SparseLogisticModel model, ClassPath cp) {
    List<String> kept = GlassboxPathCommand.kept(model, cp);
    String rule = cp.chosen() == cp.choice().oneStandardError() ? "1se" : "min";
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "'%s': lambda %.4g (%s rule, step %d of %d) keeps %d of %d inputs: %s",
                model.positiveLabel(cp),
                cp.path().lambda(cp.chosen()),
                rule,
                cp.chosen() + 1,
                cp.path().steps(),
                kept.size(),
                model.design().size(),
                kept.isEmpty() ? "none" : String.join(", ", kept)));
    if (cp.hasStability()) {
      double[] freq = cp.stability()[cp.chosen()];
      List<String> stable = new ArrayList<>();
      for (int j = 0; j < freq.length; j++) {
        if (freq[j] >= STABLE) {
          stable.add(model.design().name(j));
        }
      }
      line.append(
          String.format(
              Locale.ROOT,
              "; kept on at least %.0f%% of the halves: %s",
              100 * STABLE,
              stable.isEmpty() ? "none" : String.join(", ", stable)));
    }
    return line.toString();
  }

  /** A file beside another, its name given a suffix: {@code plot.svg} to {@code plot-CLASS.svg}. */
  static Path sibling(Path file, String suffix, String extension) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String safe = suffix.replaceAll("[^A-Za-z0-9._-]+", "_");
    return file.resolveSibling(stem + "-" + safe + extension);
  }
}
