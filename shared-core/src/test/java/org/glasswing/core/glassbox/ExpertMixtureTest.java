package org.glasswing.core.glassbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.junit.jupiter.api.Test;

/** The mixture of experts on data made of two regions with different linear rules. */
class ExpertMixtureTest {

  /**
   * Where x1 &lt; 0 the class follows x2 (log-odds 4 x2), elsewhere it follows x3 (log-odds -4 x3);
   * x4 is noise. No single linear model can follow both rules.
   */
  static Dataset twoRegions(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Feature> f =
        List.of(
            Feature.numeric("x1"),
            Feature.numeric("x2"),
            Feature.numeric("x3"),
            Feature.numeric("x4"),
            Feature.nominal("class", List.of("no", "yes")));
    double[][] rows = new double[n][];
    for (int r = 0; r < n; r++) {
      double x1 = random.nextDouble(-3, 3);
      double x2 = random.nextGaussian();
      double x3 = random.nextGaussian();
      double eta = x1 < 0 ? 4 * x2 : -4 * x3;
      double y = random.nextDouble() < ElasticNetLogistic.sigmoid(eta) ? 1 : 0;
      rows[r] = new double[] {x1, x2, x3, random.nextGaussian(), y};
    }
    return new Dataset(new Schema(f, 4), rows);
  }

  private static ExpertMixtureModel train(Dataset d, ExpertMixture.Settings s) {
    return ExpertMixture.train(d, s, ProgressListener.NONE, CancellationToken.NONE);
  }

  private static double accuracy(double[][] p, Dataset d) {
    int right = 0;
    for (int r = 0; r < p.length; r++) {
      int best = p[r][1] > p[r][0] ? 1 : 0;
      right += best == d.value(r, 4) ? 1 : 0;
    }
    return right / (double) p.length;
  }

  @Test
  void recoversTheRegionsAndTheirRulesAndBeatsOneLinearModel() {
    Dataset train = twoRegions(1500, 1);
    Dataset test = twoRegions(1000, 2);
    ExpertMixtureModel model = train(train, new ExpertMixture.Settings(2, 0.005, 200, 3));
    // The owner of a row is its region, up to the experts' order.
    int agree = 0;
    for (int r = 0; r < test.numRows(); r++) {
      agree += (model.owner(test.row(r)) == 0) == (test.value(r, 0) < 0) ? 1 : 0;
    }
    double match = Math.max(agree, test.numRows() - agree) / (double) test.numRows();
    assertThat(match).isGreaterThan(0.9);
    int left = model.owner(new double[] {-2, 0, 0, 0, 0});
    int right = 1 - left;
    // Each expert's rule: class 'yes' minus class 'no' per sd of x2 and x3.
    double[][] l = model.expert(left);
    double[][] rr = model.expert(right);
    assertThat(l[1][1] - l[0][1]).as("left expert on x2").isGreaterThan(2);
    assertThat(Math.abs(l[1][2] - l[0][2])).as("left expert on x3").isLessThan(0.5);
    assertThat(rr[1][2] - rr[0][2]).as("right expert on x3").isLessThan(-2);
    assertThat(Math.abs(rr[1][1] - rr[0][1])).as("right expert on x2").isLessThan(0.5);
    SparseLogisticModel linear =
        SparseLogistic.train(
            train,
            new SparseLogistic.Settings(1, 30, 1e-3, 5, false, 0, 1),
            ProgressListener.NONE,
            CancellationToken.NONE);
    double mixture = accuracy(model.predict(test.rows()), test);
    double single = accuracy(linear.predict(test.rows()), test);
    assertThat(mixture).isGreaterThan(0.8);
    assertThat(mixture - single).isGreaterThan(0.1);
  }

  @Test
  void everyEmIterationRaisesThePenalisedLikelihood() {
    ExpertMixtureModel model =
        train(twoRegions(400, 5), new ExpertMixture.Settings(3, 0.01, 60, 1));
    double[] trace = model.objective();
    assertThat(trace.length).isGreaterThan(5);
    for (int i = 1; i < trace.length; i++) {
      assertThat(trace[i]).as("iteration %d", i).isGreaterThanOrEqualTo(trace[i - 1] - 1e-12);
    }
  }

  /** One expert is a lasso logistic regression: the same optimum as coordinate descent. */
  @Test
  void oneExpertIsTheLassoLogisticRegression() {
    Dataset d = SparseLogisticTest.sparse(300, 3);
    double lambda = 0.02;
    ExpertMixtureModel model = train(d, new ExpertMixture.Settings(1, lambda, 3000, 1));
    StandardDesign design = StandardDesign.fit(d);
    double[][] x = design.columnsOf(d);
    double[] y = d.column(11);
    LogisticPath path =
        ElasticNetLogistic.fit(x, y, 1, new double[] {lambda}, CancellationToken.NONE);
    double[][] e = model.expert(0);
    double[] b = path.beta(0);
    for (int j = 0; j < b.length; j++) {
      assertThat(e[1][j] - e[0][j]).as(design.name(j)).isCloseTo(b[j], within(2e-3));
    }
    assertThat(e[1][b.length] - e[0][b.length]).isCloseTo(path.intercept(0), within(2e-3));
    for (int r = 0; r < 10; r++) {
      assertThat(model.gateOf(d.row(r))).containsExactly(1.0);
    }
  }

  @Test
  void theSameSeedGivesTheSameModelAndBadSettingsAreNamed() {
    Dataset d = twoRegions(200, 8);
    ExpertMixture.Settings s = new ExpertMixture.Settings(2, 0.01, 30, 4);
    assertThat(train(d, s).objective()).containsExactly(train(d, s).objective());
    assertThat(train(d, s).gate()).isDeepEqualTo(train(d, s).gate());
    assertThatThrownBy(() -> new ExpertMixture.Settings(0, 0.01, 30, 4))
        .hasMessageContaining("at least 1 expert");
    assertThatThrownBy(() -> train(twoRegions(5, 1), new ExpertMixture.Settings(3, 0, 5, 1)))
        .hasMessageContaining("too few");
  }
}
