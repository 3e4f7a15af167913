package org.glasswing.core.glassbox;

import org.glasswing.core.data.Schema;

/**
 * A trained mixture of experts: a softmax gate that shares each row among the experts, and per
 * expert a sparse linear softmax model of the class; the prediction is the gate-weighted mean of
 * the experts' distributions (Jacobs, Jordan, Nowlan and Hinton 1991). Each expert reads like a
 * linear model of its region, and the row's owner is the expert the gate trusts most. All
 * parameters are in the standardised coordinates of the design; the last column of each parameter
 * row is the intercept. Immutable.
 */
public final class ExpertMixtureModel {

  private final StandardDesign design;
  private final double[][] gate;
  private final double[][][] experts;
  private final double[] objective;

  /**
   * Creates a model.
   *
   * @param design the design
   * @param gate {@code [expert][column]}, one row per expert (a single expert's row may be zeros)
   * @param experts {@code [expert][class][column]}
   * @param objective the penalised mean log-likelihood after each EM iteration
   */
  public ExpertMixtureModel(
      StandardDesign design, double[][] gate, double[][][] experts, double[] objective) {
    Schema schema = design.schema();
    if (!schema.hasTarget() || !schema.target().isNominal()) {
      throw new IllegalArgumentException("a mixture of experts here needs a nominal class");
    }
    int columns = design.size() + 1;
    int classes = schema.target().labels().size();
    if (gate.length != experts.length || gate.length == 0) {
      throw new IllegalArgumentException("the gate needs one row per expert");
    }
    for (int k = 0; k < experts.length; k++) {
      if (gate[k].length != columns || experts[k].length != classes) {
        throw new IllegalArgumentException("expert " + (k + 1) + " does not fit the design");
      }
      for (double[] row : experts[k]) {
        if (row.length != columns) {
          throw new IllegalArgumentException("expert " + (k + 1) + " does not fit the design");
        }
      }
    }
    this.design = design;
    this.gate = copy(gate);
    this.experts = new double[experts.length][][];
    for (int k = 0; k < experts.length; k++) {
      this.experts[k] = copy(experts[k]);
    }
    this.objective = objective.clone();
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
   * The number of experts.
   *
   * @return at least 1
   */
  public int numExperts() {
    return experts.length;
  }

  /**
   * The gate's parameters.
   *
   * @return a copy, {@code [expert][design column, then intercept]}
   */
  public double[][] gate() {
    return copy(gate);
  }

  /**
   * An expert's parameters.
   *
   * @param expert the expert
   * @return a copy, {@code [class][design column, then intercept]}
   */
  public double[][] expert(int expert) {
    return copy(experts[expert]);
  }

  /**
   * The penalised mean log-likelihood after each EM iteration; never decreasing.
   *
   * @return a copy
   */
  public double[] objective() {
    return objective.clone();
  }

  /**
   * How the gate shares a row among the experts.
   *
   * @param row a row of the schema
   * @return one weight per expert, summing to 1
   */
  public double[] gateOf(double[] row) {
    double[] g = new double[experts.length];
    SoftmaxFit.probabilities(gate, design.encode(row), g);
    return g;
  }

  /**
   * The expert that owns a row: the one the gate gives the largest weight (the first on a tie).
   *
   * @param row a row of the schema
   * @return the expert
   */
  public int owner(double[] row) {
    double[] g = gateOf(row);
    int best = 0;
    for (int k = 1; k < g.length; k++) {
      if (g[k] > g[best]) {
        best = k;
      }
    }
    return best;
  }

  /**
   * One expert's class distribution for a row.
   *
   * @param expert the expert
   * @param row a row of the schema
   * @return the distribution
   */
  public double[] expertPredict(int expert, double[] row) {
    double[] p = new double[experts[expert].length];
    SoftmaxFit.probabilities(experts[expert], design.encode(row), p);
    return p;
  }

  /**
   * Class probabilities: the gate-weighted mean of the experts' distributions.
   *
   * @param rows rows of the schema
   * @return one distribution per row
   */
  public double[][] predict(double[][] rows) {
    int classes = schema().target().labels().size();
    double[][] out = new double[rows.length][classes];
    double[] g = new double[experts.length];
    double[] p = new double[classes];
    for (int r = 0; r < rows.length; r++) {
      double[] x = design.encode(rows[r]);
      SoftmaxFit.probabilities(gate, x, g);
      for (int k = 0; k < experts.length; k++) {
        SoftmaxFit.probabilities(experts[k], x, p);
        for (int c = 0; c < classes; c++) {
          out[r][c] += g[k] * p[c];
        }
      }
    }
    return out;
  }

  /**
   * A parameter row on the data's own scale: per unit of a numeric attribute, or for an indicator
   * per row with that label, the intercept last.
   *
   * @param standardised a row in standardised coordinates, the intercept last
   * @return the row on the data's scale
   */
  public double[] original(double[] standardised) {
    int p = design.size();
    double[] out = new double[p + 1];
    double intercept = standardised[p];
    for (int j = 0; j < p; j++) {
      out[j] = standardised[j] / design.scale(j);
      intercept -= standardised[j] * design.mean(j) / design.scale(j);
    }
    out[p] = intercept;
    return out;
  }

  private static double[][] copy(double[][] a) {
    double[][] out = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i].clone();
    }
    return out;
  }
}
