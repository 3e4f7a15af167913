package org.glasswing.weka.gui;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.sanity.Agreement;
import org.glasswing.core.sanity.Attributions;
import org.glasswing.core.sanity.CheckResult;
import org.glasswing.core.sanity.DeletionCurveResult;
import org.glasswing.core.sanity.DeletionCurves;
import org.glasswing.core.sanity.Infidelity;
import org.glasswing.core.sanity.MaxSensitivity;
import org.glasswing.core.sanity.Perturbation;
import org.glasswing.core.sanity.RandomisationTest;
import org.glasswing.core.sanity.Similarity;
import org.glasswing.core.sanity.Stability;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.sanity.LogisticRandomiser;
import org.glasswing.weka.sanity.WekaRetrainer;
import weka.classifiers.AbstractClassifier;
import weka.core.Instances;

/**
 * The sanity family's computations, each the core call of {@code glasswing sanity --test T}, {@code
 * glasswing faithfulness} or {@code glasswing agreement} for the same methods, settings and seed
 * (see {@link SanityAnalysis} for the shared setup).
 */
final class SanityChecks {

  /** The sanity checks the catalogue view shows. */
  static final List<String> CHECKS =
      List.of(
          RandomisationTest.DATA,
          RandomisationTest.PARAMETERS,
          "stability",
          Infidelity.TEST,
          MaxSensitivity.TEST,
          "faithfulness",
          "agreement");

  /**
   * Verdicts of one check for every method.
   *
   * @param check the check's name
   * @param rows the instances explained
   * @param results one or more results per method and measure
   */
  record Verdicts(String check, int rows, List<CheckResult> results) {

    Verdicts {
      results = List.copyOf(results);
    }
  }

  /**
   * Deletion curves of every method.
   *
   * @param rows the instances explained
   * @param results one per method, in the order named
   */
  record Curves(int rows, List<DeletionCurveResult> results) {

    Curves {
      results = List.copyOf(results);
    }
  }

  /**
   * How far every pair of methods agrees.
   *
   * @param rows the instances explained
   * @param k the top attributes compared
   * @param pairs one per pair of methods
   */
  record Agreements(int rows, int k, List<Agreement> pairs) {

    Agreements {
      pairs = List.copyOf(pairs);
    }
  }

  private SanityChecks() {}

  /**
   * Runs one check.
   *
   * @param spec a sanity spec from {@link SanityAnalysis#offered}
   * @param values its settings
   * @param model the trained model
   * @param data its training data
   * @param seed the seed of every random choice
   * @param progress where progress goes
   * @param cancel checked within the work
   * @return {@link Verdicts}, {@link Curves} or {@link Agreements}
   * @throws Exception if retraining fails
   */
  static Object run(
      MethodSpec spec,
      ParameterValues values,
      WekaModel model,
      Instances data,
      long seed,
      ProgressListener progress,
      CancellationToken cancel)
      throws Exception {
    SanityAnalysis.Setup setup = SanityAnalysis.setup(spec, values, model, data, seed);
    EvaluationEngine engine = setup.engine(progress, cancel);
    int rows = setup.rows().numRows();
    int k = setup.topK();
    RandomisationTest randomisation = new RandomisationTest(k, seed);
    return switch (spec.name()) {
      case RandomisationTest.DATA -> {
        WekaRetrainer trainer =
            new WekaRetrainer(
                data, AbstractClassifier.makeCopy(model.classifier()), setup.treeView());
        yield new Verdicts(
            spec.name(),
            rows,
            randomisation.dataRandomisation(
                setup.explainers(),
                setup.model(),
                trainer.labels(),
                trainer,
                integer(spec, values, "repeats"),
                setup.rows(),
                engine));
      }
      case RandomisationTest.PARAMETERS ->
          new Verdicts(
              spec.name(),
              rows,
              randomisation.parameterRandomisation(
                  setup.explainers(),
                  setup.model(),
                  LogisticRandomiser.forModel(model, data),
                  integer(spec, values, "repeats"),
                  setup.rows(),
                  engine));
      case "stability" -> {
        Perturbation noise = new Perturbation(setup.background().rows(), radius(spec, values));
        List<CheckResult> results = new ArrayList<>();
        for (String name : setup.names()) {
          results.addAll(
              new Stability(integer(spec, values, "runs"), k, noise, seed)
                  .run(name, setup.reseed().apply(name), setup.model(), setup.rows(), engine));
        }
        yield new Verdicts(spec.name(), rows, results);
      }
      case Infidelity.TEST -> {
        int[] targets = Attributions.predictedTargets(setup.model(), setup.rows());
        Infidelity infidelity =
            new Infidelity(setup.background(), integer(spec, values, "perturbations"), seed);
        List<CheckResult> results = new ArrayList<>();
        for (Explainer explainer : setup.explainers()) {
          results.addAll(
              infidelity.run(
                  Attributions.explanations(
                      explainer, setup.model(), setup.rows(), targets, engine),
                  setup.model(),
                  setup.rows(),
                  engine));
        }
        yield new Verdicts(spec.name(), rows, results);
      }
      case MaxSensitivity.TEST -> {
        MaxSensitivity sensitivity =
            new MaxSensitivity(
                new Perturbation(setup.background().rows(), radius(spec, values)),
                integer(spec, values, "sensitivity-samples"),
                seed);
        List<CheckResult> results = new ArrayList<>();
        for (Explainer explainer : setup.explainers()) {
          results.add(sensitivity.run(explainer, setup.model(), setup.rows(), engine));
        }
        yield new Verdicts(spec.name(), rows, results);
      }
      case "faithfulness" -> {
        int[] targets = Attributions.predictedTargets(setup.model(), setup.rows());
        DeletionCurves curves =
            new DeletionCurves(setup.background(), integer(spec, values, "random-orders"), seed);
        List<DeletionCurveResult> results = new ArrayList<>();
        for (Explainer explainer : setup.explainers()) {
          results.add(
              curves.run(
                  Attributions.explanations(
                      explainer, setup.model(), setup.rows(), targets, engine),
                  setup.model(),
                  setup.rows(),
                  engine));
        }
        yield new Curves(rows, results);
      }
      default -> agreement(spec, values, setup, engine);
    };
  }

  private static Agreements agreement(
      MethodSpec spec,
      ParameterValues values,
      SanityAnalysis.Setup setup,
      EvaluationEngine engine) {
    if (setup.names().size() < 2) {
      throw new IllegalArgumentException(
          "agreement compares methods: name at least two in 'method'");
    }
    var topK = spec.parameter("top-k").orElseThrow();
    int k = values.given(topK) ? values.integer(topK) : Math.min(5, setup.features());
    Similarity.checkTopK(k, setup.features());
    int[] targets = Attributions.predictedTargets(setup.model(), setup.rows());
    List<double[][]> attributions = new ArrayList<>();
    for (Explainer explainer : setup.explainers()) {
      attributions.add(
          Attributions.explain(explainer, setup.model(), setup.rows(), targets, engine));
    }
    return new Agreements(
        setup.rows().numRows(), k, Agreement.matrix(setup.names(), attributions, k));
  }

  private static int integer(MethodSpec spec, ParameterValues values, String name) {
    return values.integer(spec.parameter(name).orElseThrow());
  }

  private static double radius(MethodSpec spec, ParameterValues values) {
    return values.real(spec.parameter("radius").orElseThrow());
  }
}
