package org.glasswing.core.glassbox;

import java.util.List;
import java.util.Objects;
import org.glasswing.core.data.Schema;
import org.glasswing.core.model.Model;

/**
 * A generalised additive model with pairwise interactions (GA2M): an intercept plus one shape
 * function per feature and per chosen pair of features, added up on the score scale (the value of a
 * regression, the log-odds of the second class of a binary classification, one softmax score per
 * class otherwise). Each term is centred on the training rows, so a term's score is that feature's
 * contribution: the contributions of a row add up exactly to its score minus the intercept. A pair
 * term's score is split equally between its two features. Immutable and thread-safe.
 */
public final class AdditiveModel implements Model {

  private final Schema schema;
  private final List<FeatureBins> bins;
  private final List<FeatureBins> pairBins;
  private final double[] intercept;
  private final List<ShapeTerm> terms;

  /**
   * Assembles a model.
   *
   * @param schema the training schema, with its target
   * @param bins the bins of each input column in its own term, in {@link Schema#inputIndices()}
   *     order
   * @param pairBins the (coarser) bins of each input column in a pair term
   * @param intercept the intercept of each output
   * @param terms the terms
   */
  public AdditiveModel(
      Schema schema,
      List<FeatureBins> bins,
      List<FeatureBins> pairBins,
      double[] intercept,
      List<ShapeTerm> terms) {
    this.schema = Objects.requireNonNull(schema, "schema");
    if (!schema.hasTarget()) {
      throw new IllegalArgumentException("an additive model needs a target");
    }
    this.bins = List.copyOf(bins);
    this.pairBins = List.copyOf(pairBins);
    this.intercept = intercept.clone();
    this.terms = List.copyOf(terms);
    if (this.bins.size() != schema.inputIndices().length
        || this.pairBins.size() != this.bins.size()) {
      throw new IllegalArgumentException("one set of bins per input column is needed");
    }
    if (intercept.length != outputs(schema)) {
      throw new IllegalArgumentException("one intercept per output is needed");
    }
  }

  /** The number of scores: 1 for a regression or a binary class, one per class otherwise. */
  static int outputs(Schema schema) {
    int classes = schema.target().isNominal() ? schema.target().labels().size() : 0;
    return classes > 2 ? classes : 1;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public List<String> outputNames() {
    return schema.target().isNominal() ? schema.target().labels() : List.of(schema.target().name());
  }

  /**
   * The terms, main effects first.
   *
   * @return the terms
   */
  public List<ShapeTerm> terms() {
    return terms;
  }

  /**
   * The bins of an input column.
   *
   * @param column the column in the schema
   * @return its bins
   */
  public FeatureBins bins(int column) {
    return bins.get(inputPosition(column));
  }

  /**
   * The bins of an input column in a pair term.
   *
   * @param column the column in the schema
   * @return its bins
   */
  public FeatureBins pairBins(int column) {
    return pairBins.get(inputPosition(column));
  }

  /**
   * The intercept of each score.
   *
   * @return a copy
   */
  public double[] intercept() {
    return intercept.clone();
  }

  /**
   * The number of scores.
   *
   * @return 1 for a regression or a binary class, the number of classes otherwise
   */
  public int numScores() {
    return intercept.length;
  }

  private int inputPosition(int column) {
    int[] inputs = schema.inputIndices();
    for (int i = 0; i < inputs.length; i++) {
      if (inputs[i] == column) {
        return i;
      }
    }
    throw new IllegalArgumentException("column " + column + " is not an input");
  }

  /**
   * The cell of a row in a term's table.
   *
   * @param term the term
   * @param row the row
   * @return the cell
   */
  public int cell(ShapeTerm term, double[] row) {
    int[] columns = term.columns();
    if (!term.isPair()) {
      return bins(columns[0]).bin(row[columns[0]]);
    }
    return term.cell(
        pairBins(columns[0]).bin(row[columns[0]]), pairBins(columns[1]).bin(row[columns[1]]));
  }

  /**
   * The scores of a row: the intercept plus every term.
   *
   * @param row a row of the schema
   * @return one score per output
   */
  public double[] score(double[] row) {
    double[] s = intercept.clone();
    for (ShapeTerm t : terms) {
      int cell = cell(t, row);
      for (int k = 0; k < s.length; k++) {
        s[k] += t.score(k, cell);
      }
    }
    return s;
  }

  /**
   * Each input feature's contribution to a row's scores: its own term plus half of each pair term
   * it is in.
   *
   * @param row a row of the schema
   * @return {@code [score][input]}, inputs in {@link Schema#inputIndices()} order; each score's
   *     contributions add up to the score minus the intercept
   */
  public double[][] contributions(double[] row) {
    double[][] c = new double[intercept.length][schema.inputIndices().length];
    for (ShapeTerm t : terms) {
      int cell = cell(t, row);
      int[] columns = t.columns();
      double share = 1.0 / columns.length;
      for (int k = 0; k < c.length; k++) {
        for (int column : columns) {
          c[k][inputPosition(column)] += share * t.score(k, cell);
        }
      }
    }
    return c;
  }

  /**
   * Turns scores into the model's output: the value, or class probabilities.
   *
   * @param score the scores
   * @return the output
   */
  double[] output(double[] score) {
    if (!schema.target().isNominal()) {
      return score;
    }
    if (score.length == 1) {
      double p = 1 / (1 + Math.exp(-score[0]));
      return new double[] {1 - p, p};
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double v : score) {
      max = Math.max(max, v);
    }
    double[] p = new double[score.length];
    double sum = 0;
    for (int k = 0; k < p.length; k++) {
      p[k] = Math.exp(score[k] - max);
      sum += p[k];
    }
    for (int k = 0; k < p.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  @Override
  public double[][] predict(double[][] rows) {
    double[][] out = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      out[r] = output(score(rows[r]));
    }
    return out;
  }

  /**
   * The same model with its scores as outputs (log-odds or value): the scale on which it is
   * additive, and on which its contributions are its exact Shapley values.
   *
   * @return a model whose outputs are the scores
   */
  public Model scores() {
    AdditiveModel self = this;
    List<String> names =
        intercept.length == 1
            ? List.of(
                schema.target().isNominal()
                    ? "log-odds of " + schema.target().labels().get(1)
                    : schema.target().name())
            : schema.target().labels().stream().map(l -> "score of " + l).toList();
    return new Model() {
      @Override
      public Schema schema() {
        return schema;
      }

      @Override
      public List<String> outputNames() {
        return names;
      }

      @Override
      public double[][] predict(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
          out[r] = self.score(rows[r]);
        }
        return out;
      }

      @Override
      public boolean isThreadSafe() {
        return true;
      }

      @Override
      public Model copyForThread() {
        return this;
      }

      @Override
      public boolean isClassifier() {
        return false;
      }
    };
  }

  @Override
  public boolean isThreadSafe() {
    return true;
  }

  @Override
  public Model copyForThread() {
    return this;
  }
}
