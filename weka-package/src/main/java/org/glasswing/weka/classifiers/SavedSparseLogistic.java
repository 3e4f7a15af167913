package org.glasswing.weka.classifiers;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Schema;
import org.glasswing.core.glassbox.ClassPath;
import org.glasswing.core.glassbox.LogisticPath;
import org.glasswing.core.glassbox.PathChoice;
import org.glasswing.core.glassbox.SparseLogisticModel;
import org.glasswing.core.glassbox.StandardDesign;
import org.glasswing.weka.WekaData;
import weka.core.Instances;

/**
 * A sparse logistic model as a saved Weka model holds it: the training header and plain arrays (the
 * design's columns, means and scales; each path's penalties, coefficients, cross-validated deviance
 * and stability frequencies), so that a {@code .model} file carries no core class and loads through
 * the allow-list of plain Weka and JDK types.
 */
final class SavedSparseLogistic implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Instances header;
  private final int[] sources;
  private final int[] labels;
  private final double[] means;
  private final double[] scales;
  private final int[] positives;
  private final double[] alphas;
  private final double[][] lambdas;
  private final double[][] intercepts;
  private final double[][][] betas;
  private final double[][] deviance;
  private final double[][] cvMean;
  private final double[][] cvError;
  private final int[][] choices;
  private final double[][][] stability;

  private SavedSparseLogistic(SparseLogisticModel model, Instances header) {
    this.header = header;
    StandardDesign d = model.design();
    int p = d.size();
    sources = new int[p];
    labels = new int[p];
    means = new double[p];
    scales = new double[p];
    for (int j = 0; j < p; j++) {
      sources[j] = d.source(j);
      labels[j] = d.label(j);
      means[j] = d.mean(j);
      scales[j] = d.scale(j);
    }
    List<ClassPath> paths = model.paths();
    int k = paths.size();
    positives = new int[k];
    alphas = new double[k];
    lambdas = new double[k][];
    intercepts = new double[k][];
    betas = new double[k][][];
    deviance = new double[k][];
    cvMean = new double[k][];
    cvError = new double[k][];
    choices = new int[k][];
    stability = new double[k][][];
    for (int c = 0; c < k; c++) {
      ClassPath cp = paths.get(c);
      LogisticPath path = cp.path();
      int steps = path.steps();
      positives[c] = cp.label();
      alphas[c] = path.alpha();
      lambdas[c] = path.lambdas();
      intercepts[c] = new double[steps];
      betas[c] = new double[steps][];
      deviance[c] = new double[steps];
      for (int s = 0; s < steps; s++) {
        intercepts[c][s] = path.intercept(s);
        betas[c][s] = path.beta(s);
        deviance[c][s] = path.deviance(s);
      }
      cvMean[c] = cp.choice().mean();
      cvError[c] = cp.choice().standardError();
      choices[c] = new int[] {cp.choice().minimum(), cp.choice().oneStandardError(), cp.chosen()};
      stability[c] = cp.stability();
    }
  }

  static SavedSparseLogistic of(SparseLogisticModel model, Instances header) {
    return new SavedSparseLogistic(model, header);
  }

  Instances header() {
    return header;
  }

  SparseLogisticModel restore() {
    Schema schema = WekaData.schema(header);
    StandardDesign design = StandardDesign.of(schema, sources, labels, means, scales);
    List<ClassPath> paths = new ArrayList<>();
    for (int c = 0; c < positives.length; c++) {
      LogisticPath path =
          new LogisticPath(alphas[c], lambdas[c], intercepts[c], betas[c], deviance[c]);
      PathChoice choice = new PathChoice(cvMean[c], cvError[c], choices[c][0], choices[c][1]);
      paths.add(new ClassPath(positives[c], path, choice, choices[c][2], stability[c]));
    }
    return new SparseLogisticModel(design, paths);
  }
}
