package org.glasswing.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.model.Model;
import org.glasswing.core.sanity.Agreement;
import org.glasswing.core.sanity.Attributions;
import org.glasswing.core.sanity.CheckResult;
import org.glasswing.core.sanity.DeletionCurveResult;
import org.glasswing.core.sanity.DeletionCurves;
import org.glasswing.core.sanity.Infidelity;
import org.glasswing.core.sanity.InputMagnitudeExplainer;
import org.glasswing.core.sanity.MaxSensitivity;
import org.glasswing.core.sanity.Perturbation;
import org.glasswing.core.sanity.RandomisationTest;
import org.glasswing.core.sanity.Stability;
import org.glasswing.core.shapley.Background;
import org.glasswing.report.AgreementSection;
import org.glasswing.report.DeletionCurveSection;
import org.glasswing.report.SanityCheckSection;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.sanity.LogisticRandomiser;
import org.glasswing.weka.sanity.WekaRetrainer;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * The audit's checks of its own explanation method, computed by the same core classes as {@code
 * glasswing sanity}, {@code glasswing faithfulness} and {@code glasswing agreement}, with settings
 * small enough for a report that takes about a minute.
 */
final class AuditChecks {

  /** Rows the sanity checks and deletion curves explain. */
  static final int CHECKED_ROWS = 10;

  /** Random orders of the deletion curves' baseline. */
  static final int RANDOM_ORDERS = 10;

  /** Runs of the stability check, with other seeds and with noisy inputs. */
  static final int STABILITY_RUNS = 5;

  /** The largest input move of the stability check, in standard deviations. */
  static final double STABILITY_NOISE = 0.05;

  /** Noisy copies per row of the max-sensitivity check. */
  static final int SENSITIVITY_SAMPLES = 10;

  /** Random feature subsets removed per row by the infidelity check. */
  static final int INFIDELITY_PERTURBATIONS = 50;

  /** Features compared by the top-k similarity of the randomisation test. */
  static final int TOP_K = 5;

  private AuditChecks() {}

  /**
   * How far the local methods agree on the same rows' top features.
   *
   * @param methods each method's explanations of the same rows and targets, in display order
   * @return the section
   */
  static AgreementSection agreement(Map<String, List<Explanation>> methods) {
    List<String> names = new ArrayList<>(methods.keySet());
    List<double[][]> attributions = new ArrayList<>();
    int rows = -1;
    int features = 0;
    for (List<Explanation> explanations : methods.values()) {
      double[][] values = new double[explanations.size()][];
      for (int r = 0; r < values.length; r++) {
        Explanation e = explanations.get(r);
        features = e.features().size();
        values[r] = new double[features];
        for (int f = 0; f < features; f++) {
          values[r][f] = e.attribution(f);
        }
      }
      attributions.add(values);
      rows = values.length;
    }
    int k = Math.max(1, Math.min(TOP_K, features));
    return new AgreementSection(Agreement.matrix(names, attributions, k), k, rows);
  }

  /**
   * The data randomisation test (and, for a model whose parameters can be randomised, the parameter
   * randomisation test) of the audit's method beside the model-independent control, which must fail
   * them, and the method's stability over seeds and under small input noise, its max-sensitivity
   * and its infidelity (Yeh et al. 2019).
   */
  static SanityCheckSection sanity(
      AuditExplainer method,
      LongFunction<Explainer> seeded,
      WekaModel trained,
      Background background,
      Instances train,
      Classifier untrained,
      Dataset rows,
      long seed,
      IntFunction<EvaluationEngine> engines) {
    List<Explainer> explainers =
        List.of(method.explainer(), new InputMagnitudeExplainer(background));
    WekaRetrainer trainer = new WekaRetrainer(train, untrained, method::modelFor);
    int k = Math.max(1, Math.min(TOP_K, rows.schema().inputIndices().length - 1));
    RandomisationTest test = new RandomisationTest(k, seed);
    List<CheckResult> results =
        new ArrayList<>(
            part(
                engines,
                0,
                e ->
                    test.dataRandomisation(
                        explainers, method.model(), trainer.labels(), trainer, 1, rows, e)));
    boolean logistic = LogisticRandomiser.supports(trained.classifier());
    results.addAll(
        part(
            engines,
            SANITY_PARTS - 1,
            e ->
                logistic
                    ? test.parameterRandomisation(
                        explainers,
                        method.model(),
                        LogisticRandomiser.forModel(trained, train),
                        1,
                        rows,
                        e)
                    : List.of()));
    Perturbation noise = new Perturbation(background.rows(), STABILITY_NOISE);
    results.addAll(
        part(
            engines,
            1,
            e ->
                new Stability(STABILITY_RUNS, k, noise, seed)
                    .run(method.explainer().method(), seeded, method.model(), rows, e)));
    results.add(
        part(
            engines,
            2,
            e ->
                new MaxSensitivity(noise, SENSITIVITY_SAMPLES, seed)
                    .run(method.explainer(), method.model(), rows, e)));
    int[] targets = Attributions.predictedTargets(method.model(), rows);
    List<Explanation> explained =
        part(
            engines,
            3,
            e -> Attributions.explanations(method.explainer(), method.model(), rows, targets, e));
    results.addAll(
        part(
            engines,
            4,
            e ->
                new Infidelity(background, INFIDELITY_PERTURBATIONS, seed)
                    .run(explained, method.model(), rows, e)));
    return new SanityCheckSection(results);
  }

  /** The progress parts of {@link #sanity}: each test, the last the parameter randomisation. */
  static final int SANITY_PARTS = 6;

  /** The progress parts of {@link #faithfulness}: explaining and deleting, for two explainers. */
  static final int DELETION_PARTS = 4;

  /** Runs one part of a stage on its engine, and then marks the part done. */
  private static <T> T part(
      IntFunction<EvaluationEngine> engines,
      int index,
      java.util.function.Function<EvaluationEngine, T> step) {
    EvaluationEngine engine = engines.apply(index);
    T result = step.apply(engine);
    engine.progress().progress(1, "done");
    return result;
  }

  /** Deletion curves of the audit's method and of the control. */
  static DeletionCurveSection faithfulness(
      AuditExplainer method,
      Background background,
      Dataset rows,
      String output,
      long seed,
      IntFunction<EvaluationEngine> engines) {
    Model model = method.model();
    int[] targets = Attributions.predictedTargets(model, rows);
    DeletionCurves curves = new DeletionCurves(background, RANDOM_ORDERS, seed);
    List<DeletionCurveResult> results = new ArrayList<>();
    List<Explainer> explainers =
        List.of(method.explainer(), new InputMagnitudeExplainer(background));
    for (int e = 0; e < explainers.size(); e++) {
      Explainer explainer = explainers.get(e);
      List<Explanation> explained =
          part(
              engines,
              2 * e,
              engine -> Attributions.explanations(explainer, model, rows, targets, engine));
      results.add(part(engines, 2 * e + 1, engine -> curves.run(explained, model, rows, engine)));
    }
    return new DeletionCurveSection(results, output);
  }
}
