package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.influence.SubsampleEstimate;
import org.glasswing.core.influence.SubsampleInfluence;
import org.glasswing.core.resample.TrainingSet;
import org.junit.jupiter.api.Test;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.rules.ZeroR;
import weka.core.Instances;

class WekaSubsetTrainerTest {

  /** Two overlapping Gaussian classes in two numeric attributes. */
  private static Instances blobs(int rows, long seed) {
    Random random = new Random(seed);
    StringBuilder arff =
        new StringBuilder(
            "@relation blobs\n@attribute x1 numeric\n@attribute x2 numeric\n"
                + "@attribute y {a,b}\n@data\n");
    for (int r = 0; r < rows; r++) {
      boolean b = random.nextBoolean();
      double x1 = random.nextGaussian() + (b ? 1.2 : 0);
      double x2 = random.nextGaussian() + (b ? 0.6 : 0);
      arff.append(x1).append(',').append(x2).append(',').append(b ? "b" : "a").append('\n');
    }
    return TestData.arff(arff.toString());
  }

  @Test
  void trainsOnTheIncludedRowsOnly() {
    Instances train = blobs(20, 1);
    WekaSubsetTrainer trainer = new WekaSubsetTrainer(new ZeroR(), train, 2);
    boolean[] onlyA = new boolean[20];
    boolean[] onlyB = new boolean[20];
    for (int i = 0; i < 20; i++) {
      onlyA[i] = train.instance(i).stringValue(2).equals("a");
      onlyB[i] = !onlyA[i];
    }
    double[] row = WekaData.dataset(train).row(0);
    assertThat(trainer.train(set(onlyA, 0)).predict(new double[][] {row})[0][0]).isGreaterThan(0.5);
    assertThat(trainer.train(set(onlyB, 1)).predict(new double[][] {row})[0][1]).isGreaterThan(0.5);
    assertThatThrownBy(() -> trainer.train(TrainingSet.of(0, new int[] {3, 20})))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("training row 20 is out of range 0..19");
    assertThatThrownBy(() -> trainer.train(TrainingSet.relabelled(0, new double[19])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("19 labels for 20 training rows");
  }

  private static TrainingSet set(boolean[] included, int index) {
    return TrainingSet.of(
        index, IntStream.range(0, included.length).filter(i -> included[i]).toArray());
  }

  /**
   * NaiveBayes on 80 rows, 8 held-out rows, 1000 subsets of half the rows against 80 actual
   * leave-one-out refits: measured mean Spearman 0.84 over all training rows and 0.91 over the ten
   * rows whose removal changes the loss most (at the default 50 subsets: 0.48 and 0.55, so the
   * command's default ranks only the strongest rows reliably).
   */
  @Test
  void agreesWithLeaveOneOutRefitsOfNaiveBayesSpearmanAbove0point8OnTheTopTenRows() {
    int n = 80;
    Instances train = blobs(n, 3);
    Instances test = blobs(8, 99);
    Dataset data = WekaData.dataset(test);
    double[][] rows = new double[test.numInstances()][];
    int[] labels = new int[rows.length];
    for (int t = 0; t < rows.length; t++) {
      rows[t] = data.row(t);
      labels[t] = (int) test.instance(t).classValue();
    }
    WekaSubsetTrainer refits = new WekaSubsetTrainer(new NaiveBayes(), train, n);
    boolean[] all = new boolean[n];
    Arrays.fill(all, true);
    double[][] full = refits.train(set(all, 0)).predict(rows);
    double[][][] leftOut = new double[n][][];
    for (int i = 0; i < n; i++) {
      boolean[] mask = all.clone();
      mask[i] = false;
      leftOut[i] = refits.train(set(mask, i)).predict(rows);
    }
    int models = 1000;
    SubsampleEstimate estimate =
        new SubsampleInfluence(models, 0.5, 1)
            .estimate(
                n,
                new WekaSubsetTrainer(new NaiveBayes(), train, models),
                rows,
                labels,
                new EvaluationEngine(
                    2,
                    EvaluationEngine.DEFAULT_BATCH_ROWS,
                    ProgressListener.NONE,
                    CancellationToken.NONE));
    double overAll = 0;
    double overTop = 0;
    for (int t = 0; t < rows.length; t++) {
      double[] truth = new double[n];
      for (int i = 0; i < n; i++) {
        truth[i] = loss(leftOut[i][t], labels[t]) - loss(full[t], labels[t]);
      }
      double[] estimated = estimate.lossChangeIfRemoved(t);
      overAll += spearman(truth, estimated);
      Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
      Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -Math.abs(truth[i])));
      double[] a = new double[10];
      double[] b = new double[10];
      for (int k = 0; k < 10; k++) {
        a[k] = truth[order[k]];
        b[k] = estimated[order[k]];
      }
      overTop += spearman(a, b);
    }
    assertThat(overAll / rows.length).isGreaterThan(0.75);
    assertThat(overTop / rows.length).isGreaterThanOrEqualTo(0.8);
  }

  private static double loss(double[] p, int label) {
    return -Math.log(Math.max(p[label], SubsampleInfluence.PROBABILITY_FLOOR));
  }

  private static double spearman(double[] a, double[] b) {
    double[] ra = ranks(a);
    double[] rb = ranks(b);
    double ma = Arrays.stream(ra).average().orElse(0);
    double mb = Arrays.stream(rb).average().orElse(0);
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < a.length; i++) {
      sab += (ra[i] - ma) * (rb[i] - mb);
      saa += (ra[i] - ma) * (ra[i] - ma);
      sbb += (rb[i] - mb) * (rb[i] - mb);
    }
    return sab / Math.sqrt(saa * sbb);
  }

  private static double[] ranks(double[] values) {
    Integer[] order = IntStream.range(0, values.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> values[i]));
    double[] ranks = new double[values.length];
    int i = 0;
    while (i < values.length) {
      int j = i;
      while (j + 1 < values.length && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = (i + j) / 2.0;
      }
      i = j + 1;
    }
    return ranks;
  }
}
