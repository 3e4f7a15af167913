package org.glasswing.core.counterfactual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.BatchPrediction;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.model.Model;

/**
 * What would have to change for another decision? A model-agnostic search for a few diverse
 * counterfactuals of a row: changed copies that the classifier predicts as a desired class, close
 * to the row (in a mixed-type {@link RowDistance}), changing few features, and respecting the
 * {@link Constraints}.
 *
 * <p>For each row the search runs four stages, each one batch of model calls at a time:
 *
 * <ol>
 *   <li>seeds: the reference rows nearest to the row among those the model predicts as the desired
 *       class, with frozen features and out-of-range or wrong-direction values taken from the row;
 *   <li>growing spheres (after Laugel et al., 2018): random changes of a random subset of the
 *       mutable features, within a radius (in scale units) that doubles from {@value #FIRST_RADIUS}
 *       until enough valid candidates are found;
 *   <li>sparsity: each valid candidate gives back, one at a time, the change whose return keeps it
 *       valid and brings it closest to the row, until no change can be given back;
 *   <li>proximity: each changed numeric value moves back towards the row's value along a grid,
 *       refined {@value #LINE_STEPS} times, to the nearest valid point.
 * </ol>
 *
 * <p>The refined candidates are predicted once more; only those still predicted as the desired
 * class and respecting the constraints are kept, so an invalid counterfactual is never returned.
 * From them, counterfactuals are chosen greedily: first the lowest cost (distance plus {@code
 * 1/(2p)} per changed feature of the p inputs), then each next one minimising cost minus its
 * distance to those already chosen, for diversity, preferring a candidate that changes a set of
 * features no chosen one changes (candidates changing the same features fill up only when there are
 * too few others). Numeric values stay within the reference data's observed range unless a range
 * constraint says otherwise, and numeric columns that are constant in the reference data are left
 * alone. Every random draw comes from the seed and the row's index, so results do not depend on the
 * thread count.
 *
 * <p>A margin asks for a clearer change: a candidate counts only when it lies at least that far
 * past the decision boundary (half the gap between the desired class's probability and the largest
 * other one; for two classes, {@code p >= 0.5 + margin}). A row for which no such change is found
 * within the budget is searched once more, with a second budget, for any change that crosses the
 * boundary; its counterfactuals then report a {@link Counterfactual#boundaryMargin()} below the
 * margin, which the faces show as a warning.
 */
public final class CounterfactualSearch {

  /** The first radius of the growing spheres, in units of each column's scale. */
  public static final double FIRST_RADIUS = 0.05;

  /** How often the proximity stage refines its grid. */
  public static final int LINE_STEPS = 4;

  /** The default budget of model evaluations per row. */
  public static final int DEFAULT_BUDGET = 5000;

  private static final int SEEDS = 20;
  private static final int SPHERE_BATCH = 200;
  private static final int GRID = 8;
  private static final double MAX_RADIUS = 8;

  private final Dataset reference;
  private final double[][] referenceRows;
  private final RowDistance distance;
  private final Constraints constraints;
  private final int count;
  private final int budget;
  private final long seed;
  private final double margin;

  /**
   * Configures a search.
   *
   * @param reference known rows (such as the training data): the seeds, the observed ranges, and
   *     the measure of plausibility
   * @param distance the distance between rows
   * @param constraints what may change
   * @param count how many counterfactuals to return per row, at least 1
   * @param budget the most rows the model may be asked to predict per row, at least 100
   * @param seed the seed
   * @throws IllegalArgumentException for a count or budget out of range, or constraints that do not
   *     fit the reference schema
   */
  public CounterfactualSearch(
      Dataset reference,
      RowDistance distance,
      Constraints constraints,
      int count,
      int budget,
      long seed) {
    this(reference, distance, constraints, count, budget, seed, 0);
  }

  /**
   * Configures a search that asks for changes at least a margin past the decision boundary.
   *
   * @param reference known rows (such as the training data): the seeds, the observed ranges, and
   *     the measure of plausibility
   * @param distance the distance between rows
   * @param constraints what may change
   * @param count how many counterfactuals to return per row, at least 1
   * @param budget the most rows the model may be asked to predict per row, at least 100
   * @param seed the seed
   * @param margin how far past the boundary a counterfactual should lie, in probability, in [0,
   *     0.5); 0 asks only for the other decision
   * @throws IllegalArgumentException for a count, budget or margin out of range, or constraints
   *     that do not fit the reference schema
   */
  public CounterfactualSearch(
      Dataset reference,
      RowDistance distance,
      Constraints constraints,
      int count,
      int budget,
      long seed,
      double margin) {
    this.reference = Objects.requireNonNull(reference, "reference");
    this.referenceRows = reference.rows();
    this.distance = Objects.requireNonNull(distance, "distance");
    this.constraints = Objects.requireNonNull(constraints, "constraints");
    if (count < 1) {
      throw new IllegalArgumentException(
          "the number of counterfactuals must be at least 1, got " + count);
    }
    if (budget < 100) {
      throw new IllegalArgumentException(
          "the budget must be at least 100 model evaluations, got " + budget);
    }
    if (!(margin >= 0 && margin < 0.5)) {
      throw new IllegalArgumentException(
          "the margin must be at least 0 and below 0.5 (a probability past the boundary), got "
              + margin);
    }
    constraints.check(reference.schema());
    this.margin = margin;
    this.count = count;
    this.budget = budget;
    this.seed = seed;
  }

  /**
   * Searches counterfactuals for rows.
   *
   * @param model a classifier with the reference schema
   * @param rows the rows to change
   * @param desired per row, the desired class index, or -1 for the class the model finds next most
   *     probable
   * @param engine runs the model calls; progress is per row
   * @return one result per row, in order; a result lists no counterfactual when none was found
   * @throws IllegalArgumentException if the model is not a classifier, a desired class is out of
   *     range or already predicted for its row, or every input feature is frozen
   */
  public List<CounterfactualResult> search(
      Model model, Dataset rows, int[] desired, EvaluationEngine engine) {
    Schema schema = reference.schema();
    if (!model.isClassifier()) {
      throw new IllegalArgumentException(
          "counterfactuals need a classifier; the model predicts a number");
    }
    schema
        .firstMismatch(model.schema())
        .ifPresent(
            m -> {
              throw new IllegalArgumentException("the reference rows do not fit the model: " + m);
            });
    if (desired.length != rows.numRows()) {
      throw new IllegalArgumentException("one desired class per row is needed");
    }
    int[] mutable = mutableColumns(schema);
    if (mutable.length == 0) {
      throw new IllegalArgumentException(
          "every attribute is frozen (or constant in the reference data), so nothing can change");
    }
    List<String> labels = model.outputNames();
    double[][] outputs = BatchPrediction.predict(model, rows.rows(), engine);
    int[] current = new int[outputs.length];
    int[] target = new int[outputs.length];
    for (int r = 0; r < outputs.length; r++) {
      current[r] = argMax(outputs[r], -1);
      target[r] = desired[r] < 0 ? argMax(outputs[r], current[r]) : desired[r];
      if (target[r] >= labels.size()) {
        throw new IllegalArgumentException(
            "class index " + target[r] + " is outside the " + labels.size() + " classes");
      }
      if (target[r] == current[r]) {
        throw new IllegalArgumentException(
            "row "
                + (r + 1)
                + " is already predicted as '"
                + labels.get(current[r])
                + "'; ask for another class");
      }
    }
    double[][] referenceOutputs = BatchPrediction.predict(model, referenceRows, engine);
    int[] referenceClass = new int[referenceOutputs.length];
    for (int r = 0; r < referenceOutputs.length; r++) {
      referenceClass[r] = argMax(referenceOutputs[r], -1);
    }
    Space space = new Space(schema, mutable);
    int[] all = IntStream.range(0, rows.numRows()).toArray();
    List<CounterfactualResult> results =
        new ArrayList<>(
            run(model, rows, all, current, target, referenceClass, space, engine, margin, seed));
    if (margin > 0) {
      int[] retry =
          Arrays.stream(all).filter(r -> results.get(r).counterfactuals().isEmpty()).toArray();
      if (retry.length > 0) {
        List<CounterfactualResult> second =
            run(model, rows, retry, current, target, referenceClass, space, engine, 0, seed + 1);
        for (int i = 0; i < retry.length; i++) {
          CounterfactualResult first = results.get(retry[i]);
          CounterfactualResult again = second.get(i);
          results.set(
              retry[i],
              new CounterfactualResult(
                  again.original(),
                  again.originalClass(),
                  again.desiredClass(),
                  again.counterfactuals(),
                  again.diversity(),
                  first.evaluations() + again.evaluations(),
                  first.budget() + again.budget()));
        }
      }
    }
    return List.copyOf(results);
  }

  private List<CounterfactualResult> run(
      Model model,
      Dataset rows,
      int[] which,
      int[] current,
      int[] target,
      int[] referenceClass,
      Space space,
      EvaluationEngine engine,
      double wanted,
      long runSeed) {
    return engine.run(
        model,
        which.length,
        runSeed,
        context -> {
          int r = which[context.index()];
          return new CounterfactualJob(
              this,
              space,
              rows.row(r),
              current[r],
              target[r],
              referenceClass,
              context.random(),
              wanted);
        });
  }

  /**
   * How far past the decision boundary the search asks counterfactuals to lie.
   *
   * @return the margin, in probability
   */
  public double margin() {
    return margin;
  }

  /** The index of the largest value, skipping one index (or none when -1); first on ties. */
  static int argMax(double[] values, int skip) {
    int best = -1;
    for (int i = 0; i < values.length; i++) {
      if (i != skip && (best < 0 || values[i] > values[best])) {
        best = i;
      }
    }
    return best;
  }

  private int[] mutableColumns(Schema schema) {
    List<Integer> columns = new ArrayList<>();
    for (int column : schema.inputIndices()) {
      Feature feature = schema.feature(column);
      boolean constant = !feature.isNominal() && distance.scale(column) <= 0;
      if (!constraints.frozen().contains(column) && !constant) {
        columns.add(column);
      }
    }
    return columns.stream().mapToInt(Integer::intValue).toArray();
  }

  RowDistance distance() {
    return distance;
  }

  Constraints constraints() {
    return constraints;
  }

  int count() {
    return count;
  }

  int budget() {
    return budget;
  }

  double[][] referenceRows() {
    return referenceRows;
  }

  Dataset reference() {
    return reference;
  }

  static int seeds() {
    return SEEDS;
  }

  static int sphereBatch() {
    return SPHERE_BATCH;
  }

  static int grid() {
    return GRID;
  }

  static double maxRadius() {
    return MAX_RADIUS;
  }

  /** The searchable space: mutable columns, their kinds, scales and allowed bounds. */
  final class Space {
    final Schema schema;
    final int[] mutable;
    final boolean[] nominal;
    final int[] labels;
    final double[] scale;
    final double[] low;
    final double[] high;
    final boolean[] integral;

    Space(Schema schema, int[] mutable) {
      this.schema = schema;
      this.mutable = mutable;
      int m = mutable.length;
      nominal = new boolean[m];
      labels = new int[m];
      scale = new double[m];
      low = new double[m];
      high = new double[m];
      integral = new boolean[m];
      for (int i = 0; i < m; i++) {
        int column = mutable[i];
        Feature feature = schema.feature(column);
        nominal[i] = feature.isNominal();
        labels[i] = feature.labels().size();
        if (!nominal[i]) {
          scale[i] = distance.scale(column);
          double[] values = reference.column(column);
          low[i] = Arrays.stream(values).filter(v -> !Double.isNaN(v)).min().orElse(0);
          high[i] = Arrays.stream(values).filter(v -> !Double.isNaN(v)).max().orElse(0);
          integral[i] =
              Arrays.stream(values).filter(v -> !Double.isNaN(v)).allMatch(v -> v == Math.rint(v));
          double[] range = constraints.ranges().get(column);
          if (range != null) {
            low[i] = range[0];
            high[i] = range[1];
          }
        }
      }
    }

    /**
     * A numeric value as the feature's data has it: whole numbers for a feature whose known values
     * are all whole (age, duration, counts), kept inside the allowed range.
     */
    double snap(int i, double value) {
      if (!integral[i] || Double.isNaN(value)) {
        return value;
      }
      double rounded = Math.rint(value);
      if (rounded < low[i]) {
        return Math.ceil(low[i]);
      }
      return rounded > high[i] ? Math.floor(high[i]) : rounded;
    }
  }
}
