package org.glasswing.core.glassbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.junit.jupiter.api.Test;

/** Explainable boosting against data whose additive components are known. */
class ExplainableBoostingTest {

  private static Schema numeric(int inputs, Feature target) {
    List<Feature> f = new ArrayList<>();
    for (int i = 0; i < inputs; i++) {
      f.add(Feature.numeric("x" + (i + 1)));
    }
    f.add(target);
    return new Schema(f, inputs);
  }

  /** y = 2 sin(x1) + x2^2 + 0 * x3 + noise, x uniform on [-2, 2]. */
  static Dataset additive(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] rows = new double[n][];
    for (int r = 0; r < n; r++) {
      double x1 = random.nextDouble(-2, 2);
      double x2 = random.nextDouble(-2, 2);
      double x3 = random.nextDouble(-2, 2);
      double y = 2 * Math.sin(x1) + x2 * x2 + 0.1 * random.nextGaussian();
      rows[r] = new double[] {x1, x2, x3, y};
    }
    return new Dataset(numeric(3, Feature.numeric("y")), rows);
  }

  private static AdditiveModel train(Dataset data, ExplainableBoosting.Settings s) {
    return ExplainableBoosting.train(data, s, ProgressListener.NONE, CancellationToken.NONE);
  }

  private static ExplainableBoosting.Settings noPairs(long seed) {
    ExplainableBoosting.Settings d = ExplainableBoosting.Settings.defaults(seed);
    return new ExplainableBoosting.Settings(
        d.rounds(),
        0.1,
        d.maxLeaves(),
        32,
        16,
        0,
        4,
        d.validationFraction(),
        30,
        d.minLeaf(),
        seed);
  }

  @Test
  void learnsTheKnownShapeFunctions() {
    Dataset data = additive(2000, 1);
    AdditiveModel m = train(data, noPairs(1));
    // the true components, centred on the data: 2 sin(x1) - mean, x2^2 - mean, 0
    double mean1 = 0;
    double mean2 = 0;
    for (double[] row : data.rows()) {
      mean1 += 2 * Math.sin(row[0]) / data.numRows();
      mean2 += row[1] * row[1] / data.numRows();
    }
    double err1 = 0;
    double err2 = 0;
    double size3 = 0;
    for (double[] row : data.rows()) {
      double[] c = m.contributions(row)[0];
      err1 = Math.max(err1, Math.abs(c[0] - (2 * Math.sin(row[0]) - mean1)));
      err2 += Math.abs(c[1] - (row[1] * row[1] - mean2)) / data.numRows();
      size3 += Math.abs(c[2]) / data.numRows();
    }
    assertThat(err1).isLessThan(0.45); // step functions of 32 bins, at the edges too
    assertThat(err2).isLessThan(0.12);
    assertThat(size3).isLessThan(0.05); // the dummy feature gets (almost) nothing
  }

  @Test
  void contributionsAreTheExactShapleyValuesOfTheScore() {
    Dataset data = additive(150, 2);
    AdditiveModel m = train(data, noPairs(2));
    Dataset rows = data.select(new int[] {0, 7, 42});
    List<Explanation> exact =
        new ExactShapley(Background.uniform(data))
            .explain(m.scores(), rows, TargetSelection.all(), EvaluationEngine.defaults());
    for (int i = 0; i < rows.numRows(); i++) {
      double[] c = m.contributions(rows.row(i))[0];
      double[] phi = exact.get(i).attributions();
      for (int j = 0; j < c.length; j++) {
        assertThat(phi[j]).isCloseTo(c[j], within(1e-9));
      }
    }
  }

  /** One model with pair terms, trained once for the tests that read it. */
  private static final class WithPairs {
    static final Dataset DATA = interaction(600, 3);
    static final AdditiveModel MODEL = train(DATA, ExplainableBoosting.Settings.defaults(3));
  }

  @Test
  void contributionsAddUpToTheScoreWithPairsToo() {
    Dataset data = WithPairs.DATA;
    AdditiveModel m = WithPairs.MODEL;
    assertThat(m.terms()).anyMatch(ShapeTerm::isPair);
    for (int r = 0; r < 20; r++) {
      double[] row = data.row(r);
      double sum = m.intercept()[0];
      for (double c : m.contributions(row)[0]) {
        sum += c;
      }
      assertThat(sum).isCloseTo(m.score(row)[0], within(1e-9));
    }
  }

  /** y = 3 x1 x2 + x3: only the pair (x1, x2) interacts. */
  static Dataset interaction(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] rows = new double[n][];
    for (int r = 0; r < n; r++) {
      double[] x = new double[4];
      for (int j = 0; j < 4; j++) {
        x[j] = random.nextDouble(-1, 1);
      }
      double y = 3 * x[0] * x[1] + x[2] + 0.05 * random.nextGaussian();
      rows[r] = new double[] {x[0], x[1], x[2], x[3], y};
    }
    return new Dataset(numeric(4, Feature.numeric("y")), rows);
  }

  @Test
  void theFastRankingPicksTheInteractingPairFirst() {
    AdditiveModel m = WithPairs.MODEL;
    ShapeTerm first = m.terms().stream().filter(ShapeTerm::isPair).findFirst().orElseThrow();
    assertThat(first.columns()).containsExactly(0, 1);
  }

  @Test
  void isDeterministicForASeed() {
    Dataset data = additive(300, 5);
    AdditiveModel a = train(data, noPairs(9));
    AdditiveModel b = train(data, noPairs(9));
    AdditiveModel c = train(data, noPairs(10));
    assertThat(a.terms()).isEqualTo(b.terms());
    assertThat(a.intercept()).isEqualTo(b.intercept());
    assertThat(a.terms()).isNotEqualTo(c.terms());
  }

  @Test
  void classifiesWithNominalAndMissingValues() {
    SplittableRandom random = new SplittableRandom(6);
    Schema schema =
        new Schema(
            List.of(
                Feature.numeric("x"),
                Feature.nominal("colour", List.of("red", "green", "blue")),
                Feature.nominal("class", List.of("no", "yes"))),
            2);
    int n = 1500;
    double[][] rows = new double[n][];
    for (int r = 0; r < n; r++) {
      double x = random.nextDouble(-2, 2);
      int colour = random.nextInt(3);
      double logit = 1.5 * x + (colour == 2 ? 2 : colour == 1 ? -1 : 0);
      int y = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
      rows[r] = new double[] {random.nextInt(10) == 0 ? Double.NaN : x, colour, y};
    }
    AdditiveModel m = train(new Dataset(schema, rows), noPairs(6));
    FeatureBins colour = m.bins(1);
    double[] table = m.terms().get(1).scores()[0];
    // blue raises the log-odds of "yes" most, green lowers it: the order of the true effects
    assertThat(table[2]).isGreaterThan(table[0]);
    assertThat(table[0]).isGreaterThan(table[1]);
    assertThat(table[2] - table[1]).isCloseTo(3.0, within(0.9));
    assertThat(colour.label(2)).isEqualTo("blue");
    double[] p = m.predict(new double[][] {{Double.NaN, 2, Double.NaN}})[0];
    assertThat(p[0] + p[1]).isCloseTo(1.0, within(1e-12));
    assertThat(p[1]).isGreaterThan(0.5);
  }

  @Test
  void softmaxForThreeClasses() {
    SplittableRandom random = new SplittableRandom(7);
    Schema schema = numeric(2, Feature.nominal("class", List.of("a", "b", "c")));
    int n = 900;
    double[][] rows = new double[n][];
    for (int r = 0; r < n; r++) {
      double x1 = random.nextDouble(0, 3);
      rows[r] = new double[] {x1, random.nextDouble(), Math.min(2, Math.floor(x1))};
    }
    AdditiveModel m = train(new Dataset(schema, rows), noPairs(7));
    assertThat(m.numScores()).isEqualTo(3);
    int right = 0;
    for (double[] row : rows) {
      double[] p = m.predict(new double[][] {row})[0];
      int best = p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
      right += best == (int) row[2] ? 1 : 0;
    }
    assertThat(right / (double) n).isGreaterThan(0.95);
  }
}
