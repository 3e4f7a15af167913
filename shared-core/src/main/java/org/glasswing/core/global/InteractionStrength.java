package org.glasswing.core.global;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.model.Model;

/**
 * Friedman's H-statistic for pairwise interactions (Friedman and Popescu 2008). For a pair (j, k),
 * with partial dependences centred to mean zero and evaluated at the sample rows' own values,
 *
 * <pre>H²(j,k) = Σ_i [PD_jk(x_ij, x_ik) − PD_j(x_ij) − PD_k(x_ik)]² / Σ_i PD_jk(x_ij, x_ik)²</pre>
 *
 * <p>Each partial dependence averages the model over all sample rows, so a feature costs n² model
 * evaluations for n sample rows, and so does a pair. To keep the cost down the candidates are first
 * ranked by the spread of their own partial dependence (Greenwell et al. 2018) and only the pairs
 * of the top ones are measured. Immutable.
 */
public final class InteractionStrength {

  /** The number of top features whose pairs are measured when none is given. */
  public static final int DEFAULT_TOP = 5;

  private final int top;

  /**
   * Creates the method.
   *
   * @param top the number of top features whose pairs are measured, at least 2
   */
  public InteractionStrength(int top) {
    if (top < 2) {
      throw new IllegalArgumentException("interactions need at least 2 top features, got " + top);
    }
    this.top = top;
  }

  /**
   * Ranks the candidates and measures the pairs of the top ones.
   *
   * @param model the model
   * @param sample the rows the partial dependences average over and are evaluated at (keep it to a
   *     few hundred rows: the cost grows with its square)
   * @param candidates the columns of the candidate features, at least 2
   * @param output the index of the studied output
   * @param engine runs the model evaluations
   * @return the ranking and the pairs
   * @throws IllegalArgumentException if fewer than 2 candidates, a candidate is the target, or as
   *     for {@link PartialDependence#profile}
   */
  public Interactions compute(
      Model model, Dataset sample, int[] candidates, int output, EvaluationEngine engine) {
    PartialDependence.check(model, sample, output);
    if (candidates.length < 2) {
      throw new IllegalArgumentException(
          "interactions need at least 2 features, got " + candidates.length);
    }
    List<Integer> order = new ArrayList<>();
    double[][] single = new double[candidates.length][];
    double[] spread = new double[candidates.length];
    for (int c = 0; c < candidates.length; c++) {
      int column = candidates[c];
      if (column == sample.schema().targetIndex()) {
        throw new IllegalArgumentException(
            "'" + sample.schema().feature(column).name() + "' is the target, not a feature");
      }
      single[c] = centred(dependence(model, sample, new int[] {column}, output, engine));
      spread[c] = Statistics.sd(single[c]);
      order.add(c);
    }
    order.sort(Comparator.comparingDouble((Integer c) -> spread[c]).reversed());
    List<Feature> ranked = new ArrayList<>();
    List<Double> spreads = new ArrayList<>();
    for (int c : order) {
      ranked.add(sample.schema().feature(candidates[c]));
      spreads.add(spread[c]);
    }
    int chosen = Math.min(top, candidates.length);
    List<Interaction> pairs = new ArrayList<>();
    for (int a = 0; a < chosen; a++) {
      for (int b = a + 1; b < chosen; b++) {
        int ca = order.get(a);
        int cb = order.get(b);
        double[] joint =
            centred(
                dependence(
                    model, sample, new int[] {candidates[ca], candidates[cb]}, output, engine));
        pairs.add(
            new Interaction(
                sample.schema().feature(candidates[ca]),
                sample.schema().feature(candidates[cb]),
                h2(joint, single[ca], single[cb])));
      }
    }
    pairs.sort(Comparator.comparingDouble(Interaction::h2).reversed());
    return new Interactions(model.outputNames().get(output), ranked, spreads, pairs);
  }

  /** H² from centred partial dependences at the sample rows; 0 when the pair has no effect. */
  static double h2(double[] joint, double[] first, double[] second) {
    double numerator = 0;
    double denominator = 0;
    for (int i = 0; i < joint.length; i++) {
      double rest = joint[i] - first[i] - second[i];
      numerator += rest * rest;
      denominator += joint[i] * joint[i];
    }
    return denominator <= 1e-24 * joint.length ? 0 : numerator / denominator;
  }

  /** The partial dependence on some columns at each sample row's own values of them. */
  private static double[] dependence(
      Model model, Dataset sample, int[] columns, int output, EvaluationEngine engine) {
    int n = sample.numRows();
    double[][] outputs =
        Evaluations.output(
            model,
            n,
            i -> {
              double[][] batch = sample.rows();
              for (double[] row : batch) {
                for (int column : columns) {
                  row[column] = sample.value(i, column);
                }
              }
              return batch;
            },
            output,
            engine);
    double[] pd = new double[n];
    for (int i = 0; i < n; i++) {
      pd[i] = Statistics.mean(outputs[i]);
    }
    return pd;
  }

  private static double[] centred(double[] values) {
    double mean = Statistics.mean(values);
    double[] centred = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      centred[i] = values[i] - mean;
    }
    return centred;
  }
}
