package org.glasswing.core.sanity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.glasswing.core.sanity.Fixtures.ONE_THREAD;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;

class FaithfulnessTest {

  /** Only features 0, 1 and 2 of 7 matter: a two-class softmax on 3x0 + 2x1 + 1.5x2. */
  private final Schema schema = Data.numericClassification(7, "no", "yes");

  private final Model model =
      FunctionModel.softmax(schema, x -> new double[] {0, 3 * x[0] + 2 * x[1] + 1.5 * x[2]});

  private final Background background = Background.uniform(Data.random(schema, 25, 21));
  private final Dataset rows = Data.random(schema, 16, 22);

  private List<Explanation> explain(org.glasswing.core.explain.Explainer explainer) {
    return Attributions.explanations(
        explainer, model, rows, Attributions.predictedTargets(model, rows), ONE_THREAD);
  }

  @Test
  void shapleyMifFallsBelowTheRandomBaselineAndLifStaysAbove() {
    List<Explanation> shapley = explain(new ExactShapley(background));

    DeletionCurveResult result =
        new DeletionCurves(background, 20, 3).run(shapley, model, rows, ONE_THREAD);

    double[] mif = result.mif();
    double[] lif = result.lif();
    double[] random = result.random();
    double[] spread = result.randomSpread();
    // endpoints: the prediction and the base value, the same for every order
    double meanPrediction =
        shapley.stream().mapToDouble(Explanation::prediction).average().orElseThrow();
    double meanBase = shapley.stream().mapToDouble(Explanation::baseValue).average().orElseThrow();
    assertThat(mif[0]).isCloseTo(meanPrediction, within(1e-12));
    assertThat(lif[7]).isCloseTo(meanBase, within(1e-12));
    assertThat(random[7]).isCloseTo(meanBase, within(1e-12));
    for (int k = 1; k < 7; k++) {
      assertThat(mif[k]).as("MIF step %d", k).isLessThan(random[k] - spread[k]);
      assertThat(lif[k]).as("LIF step %d", k).isGreaterThan(random[k] + spread[k]);
    }
    assertThat(result.mifAuc()).isLessThan(result.randomAuc() - result.randomAucSpread());
    assertThat(result.lifAuc()).isGreaterThan(result.randomAuc() + result.randomAucSpread());
    assertThat(result.srg()).isGreaterThan(0.1);
    assertThat(result.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void srgOfARandomExplainerIsNearZeroAndFarBelowShapley() {
    DeletionCurves curves = new DeletionCurves(background, 10, 3);
    double shapley =
        curves.run(explain(new ExactShapley(background)), model, rows, ONE_THREAD).srg();
    double random = curves.run(explain(Fixtures.randomExplainer(5)), model, rows, ONE_THREAD).srg();

    assertThat(Math.abs(random)).isLessThan(0.25 * shapley);
  }

  @Test
  void hostDrivenCurvesEqualTheEnginesForEveryChunk() {
    List<Explanation> shapley = explain(new ExactShapley(background));
    DeletionCurves curves = new DeletionCurves(background, 4, 9);
    DeletionCurveResult direct =
        curves.run(shapley, model, rows, Fixtures.ONE_THREAD.withThreads(2));
    double[][] attributions = new double[shapley.size()][];
    int[] targets = new int[shapley.size()];
    for (int r = 0; r < targets.length; r++) {
      attributions[r] = shapley.get(r).attributions();
      targets[r] = shapley.get(r).targetIndex();
    }
    for (int chunk : new int[] {1, 3, 100}) {
      org.glasswing.core.engine.HostDrivenRun<double[][]> run =
          new org.glasswing.core.engine.HostDrivenRun<>(
              rows.numRows(),
              curves.seed(),
              64,
              chunk,
              curves.rowJobs(schema, rows, attributions, targets));
      double[][][] perRow = new double[rows.numRows()][][];
      while (!run.isFinished()) {
        org.glasswing.core.engine.HostDrivenRun.Round round = run.nextRound();
        run.answer(model.predict(round.rows()));
        run.takeFinished().forEach(f -> perRow[f.task()] = f.result());
      }
      DeletionCurveResult hosted = curves.result(ExactShapley.METHOD, List.of(perRow));
      assertThat(hosted.mif()).as("chunk %d", chunk).containsExactly(direct.mif());
      assertThat(hosted.lif()).containsExactly(direct.lif());
      assertThat(hosted.random()).containsExactly(direct.random());
      assertThat(hosted.srg()).isEqualTo(direct.srg());
    }
  }

  @Test
  void aucIsTheTrapezoidOverTheShareRemoved() {
    assertThat(DeletionCurveResult.auc(new double[] {1, 0})).isEqualTo(0.5);
    assertThat(DeletionCurveResult.auc(new double[] {1, 1, 0})).isEqualTo(0.75);
  }

  @Test
  void exactShapleyOfAnAdditiveModelHasZeroInfidelity() {
    Schema regression = Data.numericRegression(4);
    Model additive =
        FunctionModel.regression(regression, x -> 2 * x[0] - x[1] * x[1] + Math.sin(3 * x[2]));
    Background bg = Background.uniform(Data.random(regression, 15, 31));
    Dataset r = Data.random(regression, 6, 32);
    int[] targets = new int[r.numRows()];
    List<Explanation> shapley =
        Attributions.explanations(new ExactShapley(bg), additive, r, targets, ONE_THREAD);
    List<Explanation> control =
        Attributions.explanations(
            new InputMagnitudeExplainer(bg), additive, r, targets, ONE_THREAD);

    List<CheckResult> exact = new Infidelity(bg, 30, 4).run(shapley, additive, r, ONE_THREAD);
    List<CheckResult> bad = new Infidelity(bg, 30, 4).run(control, additive, r, ONE_THREAD);

    assertThat(exact.get(0).value()).isLessThan(1e-20);
    assertThat(exact.get(1).verdict()).isEqualTo(Verdict.PASS);
    assertThat(bad.get(1).value()).isGreaterThan(0.5);
    assertThat(bad.get(1).verdict()).isEqualTo(Verdict.FAIL);
  }

  @Test
  void infidelityOfAnInteractionIsPositive() {
    Schema regression = Data.numericRegression(3);
    Model product = FunctionModel.regression(regression, x -> 4 * x[0] * x[1]);
    Background bg = Background.uniform(Data.random(regression, 15, 41));
    Dataset r = Data.random(regression, 6, 42);
    List<Explanation> shapley =
        Attributions.explanations(new ExactShapley(bg), product, r, new int[6], ONE_THREAD);

    assertThat(new Infidelity(bg, 30, 4).run(shapley, product, r, ONE_THREAD).get(0).value())
        .isGreaterThan(1e-4);
  }
}
