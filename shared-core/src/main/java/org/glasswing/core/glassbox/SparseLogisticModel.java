package org.glasswing.core.glassbox;

import java.util.List;
import org.glasswing.core.data.Schema;

/**
 * A trained sparse logistic regression: the standardised design and, per class against the rest
 * (one path for two classes), the regularisation path, its cross-validated choice and its
 * stability-selection frequencies. Predicts with each path's chosen step; for more than two classes
 * the one-against-rest probabilities are normalised to sum to 1. Immutable.
 */
public final class SparseLogisticModel {

  private final StandardDesign design;
  private final List<ClassPath> paths;

  /**
   * Creates a model.
   *
   * @param design the design
   * @param paths one path for two classes (the second label against the first), else one per class
   */
  public SparseLogisticModel(StandardDesign design, List<ClassPath> paths) {
    Schema schema = design.schema();
    if (!schema.hasTarget() || !schema.target().isNominal()) {
      throw new IllegalArgumentException("sparse logistic regression needs a nominal class");
    }
    int classes = schema.target().labels().size();
    int expected = classes == 2 ? 1 : classes;
    if (paths.size() != expected) {
      throw new IllegalArgumentException(
          "a model of " + classes + " classes needs " + expected + " paths, not " + paths.size());
    }
    this.design = design;
    this.paths = List.copyOf(paths);
  }

  /**
   * The design.
   *
   * @return the design
   */
  public StandardDesign design() {
    return design;
  }

  /**
   * The columns of the data.
   *
   * @return the schema
   */
  public Schema schema() {
    return design.schema();
  }

  /**
   * The paths: one for two classes, else one per class.
   *
   * @return the paths
   */
  public List<ClassPath> paths() {
    return paths;
  }

  /**
   * Class probabilities of rows, from each path's chosen step.
   *
   * @param rows rows of the schema
   * @return one distribution over the labels per row
   */
  public double[][] predict(double[][] rows) {
    int classes = schema().target().labels().size();
    double[][] out = new double[rows.length][classes];
    for (int r = 0; r < rows.length; r++) {
      double[] x = design.encode(rows[r]);
      if (classes == 2) {
        ClassPath c = paths.get(0);
        double p = ElasticNetLogistic.sigmoid(c.path().score(c.chosen(), x));
        out[r][0] = 1 - p;
        out[r][1] = p;
        continue;
      }
      double sum = 0;
      for (ClassPath c : paths) {
        double p = ElasticNetLogistic.sigmoid(c.path().score(c.chosen(), x));
        out[r][c.label()] = p;
        sum += p;
      }
      for (int k = 0; k < classes; k++) {
        out[r][k] = sum > 0 ? out[r][k] / sum : 1.0 / classes;
      }
    }
    return out;
  }

  /**
   * A step's coefficients on the data's own scale: per unit of a numeric attribute, or for an
   * indicator per row with that label.
   *
   * @param path the path
   * @param step the step
   * @return one coefficient per design column
   */
  public double[] originalBeta(ClassPath path, int step) {
    double[] b = path.path().beta(step);
    for (int j = 0; j < b.length; j++) {
      b[j] /= design.scale(j);
    }
    return b;
  }

  /**
   * A step's intercept on the data's own scale (a missing value still counts as the mean).
   *
   * @param path the path
   * @param step the step
   * @return the intercept
   */
  public double originalIntercept(ClassPath path, int step) {
    double[] b = path.path().beta(step);
    double b0 = path.path().intercept(step);
    for (int j = 0; j < b.length; j++) {
      b0 -= b[j] * design.mean(j) / design.scale(j);
    }
    return b0;
  }

  /**
   * The name of the class a path separates from the rest.
   *
   * @param path the path
   * @return the label
   */
  public String positiveLabel(ClassPath path) {
    return schema().target().labels().get(path.label());
  }
}
