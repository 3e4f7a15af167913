package org.glasswing.core.occlusion;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.RowJob;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;

/**
 * Occlusion, or feature ablation (as in Zeiler and Fergus 2014, and Captum's {@code
 * FeatureAblation}): the attribution of a feature (or a group of features, see {@link
 * FeatureGroups}) is f(x) − Σ<sub>b</sub> w<sub>b</sub> f(x with the feature's columns replaced by
 * b's), the drop in the output when the feature is taken away, averaged over the weighted
 * background rows b. For a linear model f(x) = c + Σ β<sub>j</sub> x<sub>j</sub> this is
 * β<sub>j</sub> (x<sub>j</sub> − mean<sub>b</sub> x<sub>j</sub>).
 *
 * <p>The base value is the model's mean output over the background. Unlike Shapley values the
 * attributions need not add up to prediction − base value (they do for an additive model). Each row
 * costs 1 + (players + 1) × (background size) model evaluations; the method draws no random
 * numbers.
 */
public final class Occlusion implements Explainer {

  /** The method's name. */
  public static final String METHOD = "occlusion";

  private final Background background;
  private final String groups;

  /**
   * Creates the explainer with every feature on its own.
   *
   * @param background the rows whose values replace an occluded feature
   */
  public Occlusion(Background background) {
    this(background, "");
  }

  /**
   * Creates the explainer with groups of features occluded together.
   *
   * @param background the rows whose values replace an occluded feature
   * @param groups the groups, as {@link FeatureGroups#parse(String, Schema)} reads them; empty for
   *     none
   */
  public Occlusion(Background background, String groups) {
    this.background = Objects.requireNonNull(background, "background");
    this.groups = Objects.requireNonNull(groups, "groups");
  }

  @Override
  public String method() {
    return METHOD;
  }

  @Override
  public List<Explanation> explain(
      Model model, Dataset rows, TargetSelection targets, EvaluationEngine engine) {
    Schema schema = model.schema();
    check(model, rows, targets);
    FeatureGroups players = FeatureGroups.parse(groups, schema);
    double[][] backgroundRows = background.rows().rows();
    double[] weights = background.weights();
    List<Result> results =
        engine.run(
            model,
            rows.numRows(),
            0L,
            task ->
                new Job(
                    rows.row(task.index()),
                    players,
                    backgroundRows,
                    weights,
                    schema.targetIndex(),
                    task.batchRows()));
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("background_size", Integer.toString(background.size()));
    if (players.grouped()) {
      settings.put("groups", groups);
    }
    List<Feature> features = new ArrayList<>();
    for (int p = 0; p < players.size(); p++) {
      int[] columns = players.columns(p);
      features.add(
          columns.length == 1 ? schema.feature(columns[0]) : Feature.numeric(players.name(p)));
    }
    List<Explanation> explanations = new ArrayList<>();
    for (int r = 0; r < results.size(); r++) {
      double[] values = new double[players.size()];
      for (int p = 0; p < players.size(); p++) {
        int[] columns = players.columns(p);
        values[p] = columns.length == 1 ? rows.value(r, columns[0]) : Double.NaN;
      }
      Result result = results.get(r);
      for (int output : targets.select(model.outputNames(), result.prediction())) {
        double[] attributions = new double[players.size()];
        for (int p = 0; p < players.size(); p++) {
          attributions[p] = result.prediction()[output] - result.occluded()[p][output];
        }
        explanations.add(
            new Explanation(
                r,
                output,
                model.outputNames().get(output),
                result.base()[output],
                result.prediction()[output],
                features,
                values,
                attributions,
                null,
                METHOD,
                settings));
      }
    }
    return explanations;
  }

  private void check(Model model, Dataset rows, TargetSelection targets) {
    Schema schema = model.schema();
    if (!schema.hasTarget()) {
      throw new IllegalArgumentException("the model's schema has no target (class) column");
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("there are no rows to explain");
    }
    rows.schema()
        .firstMismatch(schema)
        .ifPresent(
            m -> {
              throw new IllegalArgumentException(
                  "the rows to explain do not match the model: " + m);
            });
    background
        .rows()
        .schema()
        .firstMismatch(schema)
        .ifPresent(
            m -> {
              throw new IllegalArgumentException("the background does not match the model: " + m);
            });
    targets.validate(model.outputNames());
  }

  /**
   * One row's outputs.
   *
   * @param prediction f(x) per output
   * @param base the weighted mean of f(b) over the background, per output
   * @param occluded for each player, the weighted mean of f(x with the player's columns from b)
   */
  private record Result(double[] prediction, double[] base, double[][] occluded) {}

  /**
   * Evaluates, in order: the row, the background rows, then for each player the row with that
   * player's columns taken from each background row. Rows are built batch by batch.
   */
  private static final class Job implements RowJob<Result> {
    private final double[] row;
    private final FeatureGroups players;
    private final double[][] background;
    private final double[] weights;
    private final int targetIndex;
    private final int batchRows;
    private final int total;
    private double[] prediction;
    private double[] base;
    private double[][] occluded;
    private int next;
    private int pendingFrom;

    Job(
        double[] row,
        FeatureGroups players,
        double[][] background,
        double[] weights,
        int targetIndex,
        int batchRows) {
      this.row = row;
      this.players = players;
      this.background = background;
      this.weights = weights;
      this.targetIndex = targetIndex;
      this.batchRows = Math.max(1, batchRows);
      this.total = 1 + (players.size() + 1) * background.length;
    }

    @Override
    public long plannedEvaluations() {
      return total;
    }

    @Override
    public double[][] nextBatch() {
      if (next >= total) {
        return null;
      }
      pendingFrom = next;
      int count = Math.min(batchRows, total - next);
      double[][] batch = new double[count][];
      for (int i = 0; i < count; i++) {
        batch[i] = build(next + i);
      }
      next += count;
      return batch;
    }

    private double[] build(int index) {
      double[] built;
      if (index == 0) {
        built = row.clone();
      } else if (index <= background.length) {
        built = background[index - 1].clone();
      } else {
        int k = index - 1 - background.length;
        int player = k / background.length;
        double[] b = background[k % background.length];
        built = row.clone();
        for (int column : players.columns(player)) {
          built[column] = b[column];
        }
      }
      if (targetIndex >= 0) {
        built[targetIndex] = Double.NaN;
      }
      return built;
    }

    @Override
    public void accept(double[][] outputs) {
      for (int i = 0; i < outputs.length; i++) {
        int index = pendingFrom + i;
        double[] output = outputs[i];
        if (prediction == null) {
          int width = output.length;
          base = new double[width];
          occluded = new double[players.size()][width];
        }
        if (index == 0) {
          prediction = output.clone();
        } else if (index <= background.length) {
          add(base, output, weights[index - 1]);
        } else {
          int k = index - 1 - background.length;
          add(occluded[k / background.length], output, weights[k % background.length]);
        }
      }
    }

    private static void add(double[] sum, double[] output, double weight) {
      for (int o = 0; o < sum.length; o++) {
        sum[o] += weight * output[o];
      }
    }

    @Override
    public Result result() {
      return new Result(prediction, base, occluded);
    }
  }
}
