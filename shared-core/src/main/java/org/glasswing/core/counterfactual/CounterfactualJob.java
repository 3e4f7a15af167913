package org.glasswing.core.counterfactual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.engine.RowJob;

/** The search for one row, as an exchange of batches with the model (see the search's stages). */
final class CounterfactualJob implements RowJob<CounterfactualResult> {

  private enum Stage {
    SEEDS,
    SPHERES,
    SPARSITY,
    LINE,
    VERIFY,
    DONE
  }

  private final CounterfactualSearch search;
  private final CounterfactualSearch.Space space;
  private final RowDistance distance;
  private final double[] query;
  private final int current;
  private final int desired;
  private final double margin;

  private Stage stage = Stage.SEEDS;
  private long used;
  private double radius = CounterfactualSearch.FIRST_RADIUS;
  private final List<double[]> pool = new ArrayList<>();
  private double[][] batch;
  private int[] owner; // candidate index of each batch row (sparsity and line stages)
  private int lineFeature; // position in space.mutable
  private int lineStep;
  private double[] lineLow; // per candidate: the invalid end of the current interval
  private CounterfactualResult result;
  private final CounterfactualChoice choice;
  private final CounterfactualCandidates candidates;

  CounterfactualJob(
      CounterfactualSearch search,
      CounterfactualSearch.Space space,
      double[] query,
      int current,
      int desired,
      int[] referenceClass,
      SplittableRandom random,
      double margin) {
    this.search = search;
    this.space = space;
    this.distance = search.distance();
    this.query = query;
    this.current = current;
    this.desired = desired;
    this.margin = margin;
    this.choice = new CounterfactualChoice(search, space, query, desired);
    this.candidates =
        new CounterfactualCandidates(search, space, query, desired, referenceClass, random, choice);
  }

  @Override
  public long plannedEvaluations() {
    return search.budget();
  }

  @Override
  public double[][] nextBatch() {
    while (true) {
      batch = null;
      switch (stage) {
        case SEEDS -> batch = seeds();
        case SPHERES -> batch = spheres();
        case SPARSITY -> batch = reversions();
        case LINE -> batch = linePoints();
        case VERIFY -> batch = pool.isEmpty() ? null : pool.toArray(double[][]::new);
        case DONE -> {
          return null;
        }
      }
      if (batch != null && batch.length > 0) {
        used += batch.length;
        return batch;
      }
      advanceWithoutAnswers();
    }
  }

  /** Moves on when a stage has nothing to ask. */
  private void advanceWithoutAnswers() {
    switch (stage) {
      case SEEDS -> stage = Stage.SPHERES;
      case SPHERES -> startRefining();
      case SPARSITY -> startLine();
      case LINE -> {
        lineFeature++;
        lineStep = 0;
        if (lineFeature >= space.mutable.length) {
          stage = Stage.VERIFY;
        } else {
          prepareLineFeature();
        }
      }
      case VERIFY -> finish(List.of());
      default -> throw new IllegalStateException(stage.name());
    }
  }

  @Override
  public void accept(double[][] outputs) {
    switch (stage) {
      case SEEDS -> {
        addValid(outputs);
        stage = Stage.SPHERES;
      }
      case SPHERES -> {
        addValid(outputs);
        radius *= 2;
      }
      case SPARSITY -> acceptReversions(outputs);
      case LINE -> acceptLinePoints(outputs);
      case VERIFY -> {
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < outputs.length; i++) {
          if (valid(outputs[i]) && search.constraints().allows(space.schema, query, batch[i])) {
            kept.add(batch[i]);
          }
        }
        finish(kept, outputs);
      }
      default -> throw new IllegalStateException(stage.name());
    }
  }

  @Override
  public CounterfactualResult result() {
    return result;
  }

  private long remaining() {
    // keep room for the final check of the pool
    return search.budget() - used - poolLimit();
  }

  /** How many candidates are refined. */
  private int poolLimit() {
    return Math.max(10, 4 * search.count());
  }

  /** Predicted as the desired class, at least the margin past the boundary. */
  private boolean valid(double[] output) {
    for (int k = 0; k < output.length; k++) {
      if (k != desired && !(output[desired] > output[k])) {
        return false;
      }
    }
    return Counterfactual.marginOf(output, desired) >= margin;
  }

  private void addValid(double[][] outputs) {
    for (int i = 0; i < outputs.length; i++) {
      double[] row = batch[i];
      if (valid(outputs[i]) && pool.stream().noneMatch(p -> Arrays.equals(p, row))) {
        pool.add(row);
      }
    }
  }

  // ---- stage 1: seeds from the reference rows predicted as the desired class

  private double[][] seeds() {
    return capped(candidates.seeds());
  }

  private double[][] capped(List<double[]> rows) {
    long room = Math.max(0, remaining());
    return rows.subList(0, (int) Math.min(rows.size(), room)).toArray(double[][]::new);
  }

  // ---- stage 2: growing spheres

  private double[][] spheres() {
    int enough = Math.max(2 * search.count(), 10);
    if (pool.size() >= enough
        || radius > CounterfactualSearch.maxRadius()
        || used >= 0.6 * search.budget()) {
      return null;
    }
    return capped(candidates.sphere(radius));
  }

  // ---- stage 3: sparsity

  private void startRefining() {
    Comparator<double[]> byCost = Comparator.comparingDouble(choice::cost);
    pool.sort(byCost);
    while (pool.size() > poolLimit()) {
      pool.remove(pool.size() - 1);
    }
    stage = pool.isEmpty() ? Stage.VERIFY : Stage.SPARSITY;
  }

  private double[][] reversions() {
    List<double[]> rows = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int c = 0; c < pool.size(); c++) {
      double[] candidate = pool.get(c);
      for (int column : space.mutable) {
        if (!same(candidate[column], query[column])) {
          double[] variant = candidate.clone();
          variant[column] = query[column];
          rows.add(variant);
          owners.add(c);
        }
      }
    }
    if (rows.size() > remaining()) {
      return null;
    }
    owner = owners.stream().mapToInt(Integer::intValue).toArray();
    return rows.toArray(double[][]::new);
  }

  private void acceptReversions(double[][] outputs) {
    boolean improved = false;
    double[] bestDistance = new double[pool.size()];
    double[][] best = new double[pool.size()][];
    Arrays.fill(bestDistance, Double.POSITIVE_INFINITY);
    for (int i = 0; i < outputs.length; i++) {
      if (valid(outputs[i])) {
        double d = distance.between(query, batch[i]);
        if (d < bestDistance[owner[i]]) {
          bestDistance[owner[i]] = d;
          best[owner[i]] = batch[i];
        }
      }
    }
    for (int c = 0; c < pool.size(); c++) {
      if (best[c] != null) {
        pool.set(c, best[c]);
        improved = true;
      }
    }
    if (!improved) {
      startLine();
    }
  }

  // ---- stage 4: proximity, a refined grid between the row's value and the candidate's

  private void startLine() {
    stage = Stage.LINE;
    lineFeature = 0;
    lineStep = 0;
    prepareLineFeature();
  }

  private void prepareLineFeature() {
    lineLow = new double[pool.size()];
    if (lineFeature < space.mutable.length) {
      int column = space.mutable[lineFeature];
      Arrays.fill(lineLow, query[column]);
    }
  }

  private double[][] linePoints() {
    if (lineFeature >= space.mutable.length
        || space.nominal[lineFeature]
        || Double.isNaN(query[space.mutable[lineFeature]])
        || lineStep >= CounterfactualSearch.LINE_STEPS) {
      return null;
    }
    int column = space.mutable[lineFeature];
    int grid = CounterfactualSearch.grid();
    List<double[]> rows = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int c = 0; c < pool.size(); c++) {
      double[] candidate = pool.get(c);
      double high = candidate[column];
      double low = lineLow[c];
      if (high == low) {
        continue;
      }
      for (int k = 1; k < grid; k++) {
        double[] point = candidate.clone();
        point[column] = space.snap(lineFeature, low + (high - low) * k / grid);
        rows.add(point);
        owners.add(c);
      }
    }
    if (rows.isEmpty() || rows.size() > remaining()) {
      return null;
    }
    owner = owners.stream().mapToInt(Integer::intValue).toArray();
    return rows.toArray(double[][]::new);
  }

  private void acceptLinePoints(double[][] outputs) {
    int column = space.mutable[lineFeature];
    // Rows of one candidate are consecutive and ordered from the row's value outwards.
    int i = 0;
    while (i < outputs.length) {
      int c = owner[i];
      int end = i;
      while (end < outputs.length && owner[end] == c) {
        end++;
      }
      int firstValid = -1;
      for (int k = i; k < end; k++) {
        if (valid(outputs[k])) {
          firstValid = k;
          break;
        }
      }
      if (firstValid < 0) {
        lineLow[c] = batch[end - 1][column];
      } else {
        lineLow[c] = firstValid == i ? lineLow[c] : batch[firstValid - 1][column];
        pool.set(c, batch[firstValid]);
      }
      i = end;
    }
    lineStep++;
  }

  // ---- the choice (CounterfactualChoice)

  private void finish(List<double[]> kept, double[][] outputs) {
    result = choice.choose(batch, kept, outputs, current, used);
    stage = Stage.DONE;
  }

  private void finish(List<double[]> none) {
    batch = new double[0][];
    finish(none, new double[0][]);
  }

  private int changedCount(double[] candidate) {
    return choice.changedCount(candidate);
  }

  private static boolean same(double a, double b) {
    return CounterfactualChoice.same(a, b);
  }
}
