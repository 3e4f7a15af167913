package org.glasswing.weka.gui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.examples.MmdCritic;
import org.glasswing.core.examples.PrototypeSet;
import org.glasswing.core.influence.SubsampleEstimate;
import org.glasswing.core.influence.SubsampleInfluence;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaLogisticInfluence;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaSubsetTrainer;
import weka.classifiers.functions.Logistic;
import weka.core.Instances;

/**
 * Prototypes and criticisms ({@code glasswing examples --prototypes}) and the influence of the
 * training instances on the chosen one ({@code glasswing influence}), by the same core calls for
 * the same settings and seed.
 */
final class ExampleAnalyses {

  /**
   * The prototypes and criticisms of each group.
   *
   * @param sets one per class, or one for all instances
   */
  record Prototypes(List<PrototypeSet> sets) {

    Prototypes {
      sets = List.copyOf(sets);
    }
  }

  /**
   * One training instance's influence.
   *
   * @param trainRow the training instance, from 0
   * @param change how much the chosen instance's loss would grow if it were left out of training
   * @param error its standard error (approximate estimate), or NaN for the exact one
   */
  record Effect(int trainRow, double change, double error) {}

  /**
   * The training instances that shaped one prediction most.
   *
   * @param row the chosen instance, from 0
   * @param label the class whose loss is studied (recorded, or predicted when missing)
   * @param recorded whether the label is the recorded class
   * @param exact whether the exact influence of logistic regression was used
   * @param helpful the training instances whose removal would hurt most, most first
   * @param harmful those whose removal would help most, most first
   */
  record Influence(
      int row,
      int label,
      boolean recorded,
      boolean exact,
      List<Effect> helpful,
      List<Effect> harmful) {

    Influence {
      helpful = List.copyOf(helpful);
      harmful = List.copyOf(harmful);
    }
  }

  private ExampleAnalyses() {}

  static Prototypes prototypes(
      MethodSpec spec,
      ParameterValues values,
      Instances data,
      long seed,
      ProgressListener progress,
      CancellationToken cancel) {
    Dataset reference = WekaData.dataset(data);
    RowDistance distance =
        values.text(spec.parameter("distance").orElseThrow()).equals("gower")
            ? RowDistance.gower(reference)
            : RowDistance.standardised(reference);
    MmdCritic critic =
        new MmdCritic(
            distance,
            values.integer(spec.parameter("prototypes").orElseThrow()),
            values.integer(spec.parameter("criticisms").orElseThrow()),
            values.real(spec.parameter("kernel-width").orElseThrow()),
            seed);
    boolean global =
        values.text(spec.parameter("scope").orElseThrow()).equals("global")
            || !reference.schema().isClassification();
    return new Prototypes(
        global
            ? List.of(critic.global(reference, progress, cancel))
            : critic.perClass(reference, progress, cancel));
  }

  static Influence influence(
      MethodSpec spec,
      ParameterValues values,
      WekaModel model,
      Instances data,
      int row,
      long seed,
      ProgressListener progress,
      CancellationToken cancel)
      throws Exception {
    if (!data.classAttribute().isNominal()) {
      throw new IllegalArgumentException(
          "influence needs a nominal class, but '" + data.classAttribute().name() + "' is numeric");
    }
    int top = values.integer(spec.parameter("top").orElseThrow());
    boolean exact =
        !values.flag(spec.parameter("approximate").orElseThrow())
            && model.classifier() instanceof Logistic;
    boolean recorded = !data.instance(row).classIsMissing();
    int label =
        recorded ? (int) data.instance(row).classValue() : argmax(predict(model, data, row));
    double[] change;
    double[] error;
    int[] trainRows;
    if (exact) {
      WekaLogisticInfluence influence = WekaLogisticInfluence.of(model.classifier(), data);
      change = influence.lossChangeIfRemoved(data, row, label);
      error = new double[change.length];
      Arrays.fill(error, Double.NaN);
      trainRows = influence.trainingRows();
    } else {
      int subsamples = values.integer(spec.parameter("subsamples").orElseThrow());
      SubsampleInfluence estimator =
          new SubsampleInfluence(
              subsamples, values.real(spec.parameter("subsample-fraction").orElseThrow()), seed);
      estimator.subsetSize(data.numInstances());
      SubsampleEstimate estimate =
          estimator.estimate(
              data.numInstances(),
              new WekaSubsetTrainer(model.classifier(), data, subsamples),
              new double[][] {WekaData.dataset(data).row(row)},
              new int[] {label},
              new EvaluationEngine(1, EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancel));
      change = estimate.lossChangeIfRemoved(0);
      error = estimate.standardError(0);
      trainRows = IntStream.range(0, data.numInstances()).toArray();
    }
    double[] c = change;
    Integer[] order =
        IntStream.range(0, c.length)
            .filter(i -> !Double.isNaN(c[i]))
            .boxed()
            .toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -c[i]));
    int n = Math.min(top, order.length);
    List<Effect> helpful = new ArrayList<>();
    List<Effect> harmful = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      int h = order[r];
      int m = order[order.length - 1 - r];
      helpful.add(new Effect(trainRows[h], c[h], error[h]));
      harmful.add(new Effect(trainRows[m], c[m], error[m]));
    }
    return new Influence(row, label, recorded, exact, helpful, harmful);
  }

  private static double[] predict(WekaModel model, Instances data, int row) {
    return model.predict(new double[][] {WekaData.dataset(data).row(row)})[0];
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      best = p[k] > p[best] ? k : best;
    }
    return best;
  }
}
