package org.glasswing.weka.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.function.LongFunction;
import org.glasswing.core.counterfactual.Constraints;
import org.glasswing.core.counterfactual.CounterfactualResult;
import org.glasswing.core.counterfactual.CounterfactualSearch;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.data.Schema;
import org.glasswing.core.embedding.Distances;
import org.glasswing.core.embedding.Embedding;
import org.glasswing.core.embedding.FeatureMatrix;
import org.glasswing.core.embedding.Trustworthiness;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.examples.MmdCritic;
import org.glasswing.core.examples.NearestExamples;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.GlobalImportance;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.global.AccumulatedLocalEffects;
import org.glasswing.core.global.AleCurve;
import org.glasswing.core.global.Grids;
import org.glasswing.core.global.HeldOutFold;
import org.glasswing.core.global.Interaction;
import org.glasswing.core.global.InteractionStrength;
import org.glasswing.core.global.Interactions;
import org.glasswing.core.global.Metric;
import org.glasswing.core.global.PairProfile;
import org.glasswing.core.global.PartialDependence;
import org.glasswing.core.global.PermutationImportance;
import org.glasswing.core.global.Profile;
import org.glasswing.core.lime.Lime;
import org.glasswing.core.lime.LimeMode;
import org.glasswing.core.model.Model;
import org.glasswing.core.occlusion.Occlusion;
import org.glasswing.core.resample.Resampling;
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
import org.glasswing.core.uncertainty.EnsembleDisagreement;
import org.glasswing.core.uncertainty.OutOfDistribution;
import org.glasswing.core.uncertainty.PredictiveScores;
import org.glasswing.report.AgreementSection;
import org.glasswing.report.CounterfactualSection;
import org.glasswing.report.DataMapSection;
import org.glasswing.report.DeletionCurveSection;
import org.glasswing.report.InteractionSection;
import org.glasswing.report.NearestExamplesSection;
import org.glasswing.report.OutputKind;
import org.glasswing.report.PermutationImportanceSection;
import org.glasswing.report.PredictionUncertaintySection;
import org.glasswing.report.ProfileSection;
import org.glasswing.report.PrototypesSection;
import org.glasswing.report.SanityCheckSection;
import org.glasswing.report.SurrogateSection;
import org.glasswing.weka.BaggedEnsemble;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.SurrogateTree;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaSplits;
import org.glasswing.weka.sanity.LogisticRandomiser;
import org.glasswing.weka.sanity.WekaRetrainer;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * The audit's further views, each computed by the same core classes as its own command ({@code
 * importance}, {@code profile}, {@code surrogate}, {@code explain --method lime}, {@code sanity},
 * {@code faithfulness}) with settings small enough for a report that takes under a minute.
 */
final class AuditViews {

  /** Cross-validation folds of the permutation importance. */
  static final int IMPORTANCE_FOLDS = 3;

  /** Repeats of each permutation. */
  static final int IMPORTANCE_REPEATS = 5;

  /** The most important features (by mean |Shapley value|) whose profiles are drawn. */
  static final int PROFILED_FEATURES = 3;

  /** Rows whose ICE curves are drawn. */
  static final int PROFILED_ROWS = 200;

  /** The most important features whose pairwise interactions are measured. */
  static final int INTERACTION_FEATURES = 5;

  /** Rows the interaction statistic averages over (its cost grows with the square). */
  static final int INTERACTION_ROWS = 100;

  /** Grid points per axis of the strongest pair's heatmap. */
  static final int HEATMAP_GRID = 12;

  /** Bagged copies trained for the ensemble disagreement. */
  static final int ENSEMBLE_MEMBERS = 5;

  /** Grid points of a profile. */
  static final int GRID = 20;

  /** Share of the rows the surrogate tree is tested on. */
  static final double SURROGATE_HOLDOUT = 0.3;

  /** The depth of the surrogate tree: small enough to read; deeper trees are in its table. */
  static final int SURROGATE_DEPTH = 3;

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

  /** Nearest training rows shown for the first explained row. */
  static final int NEAREST_EXAMPLES = 5;

  /** Counterfactuals searched for the first explained row. */
  static final int COUNTERFACTUALS = 3;

  /** Prototypes chosen per class. */
  static final int PROTOTYPES = 2;

  /** Criticisms chosen per class. */
  static final int CRITICISMS = 1;

  /** Neighbours of the data map's trustworthiness score. */
  static final int MAP_NEIGHBOURS = 10;

  private AuditViews() {}

  /**
   * Permutation importance on held-out rows: cross-validation folds of the training data, or the
   * data file for a saved model without training data.
   */
  static PermutationImportanceSection permutationImportance(
      CommonOptions common,
      ExplainSetup setup,
      Instances train,
      long seed,
      EvaluationEngine engine) {
    Schema schema = setup.schema();
    List<HeldOutFold> folds = new ArrayList<>();
    if (train == null) {
      folds.add(new HeldOutFold(setup.model(), setup.data()));
    } else {
      int k = Math.min(IMPORTANCE_FOLDS, train.numInstances());
      for (Instances[] fold : GlobalSupport.folds(train, k, seed)) {
        folds.add(
            new HeldOutFold(GlobalSupport.train(common, fold[0], -1), WekaData.dataset(fold[1])));
      }
    }
    return new PermutationImportanceSection(
        new PermutationImportance(Metric.defaultFor(schema), IMPORTANCE_REPEATS, seed)
            .compute(folds, engine));
  }

  /**
   * Partial dependence and ICE curves of the most important features that can be varied.
   *
   * @return the section, or null when no feature can be varied
   */
  static ProfileSection profiles(
      Model model,
      Dataset data,
      GlobalImportance importance,
      OutputKind kind,
      long seed,
      EvaluationEngine engine) {
    Schema schema = model.schema();
    Dataset rows = data.select(GlobalSupport.sample(data.numRows(), PROFILED_ROWS, seed));
    PartialDependence pdp = new PartialDependence(GRID);
    int output = GlobalSupport.output(schema, null);
    List<Profile> profiles = new ArrayList<>();
    List<AleCurve> curves = new ArrayList<>();
    for (GlobalImportance.FeatureImportance feature : importance.sortedByImportance()) {
      if (profiles.size() == PROFILED_FEATURES) {
        break;
      }
      int column = schema.indexOf(feature.feature().name()).orElseThrow();
      try {
        Grids.grid(rows, column, GRID);
      } catch (IllegalArgumentException e) {
        continue; // a constant feature has no curve to draw
      }
      profiles.add(pdp.profile(model, rows, column, output, engine));
      if (!schema.feature(column).isNominal()) {
        curves.add(
            new AccumulatedLocalEffects(AccumulatedLocalEffects.DEFAULT_INTERVALS)
                .curve(model, rows, column, output, engine));
      }
    }
    return profiles.isEmpty() ? null : new ProfileSection(profiles, curves, kind);
  }

  /**
   * Friedman's H-statistic for the pairs of the most important features, with the partial
   * dependence surface of the strongest pair.
   *
   * @return the section, or null with fewer than two features
   */
  static InteractionSection interactions(
      Model model,
      Dataset data,
      GlobalImportance importance,
      OutputKind kind,
      long seed,
      EvaluationEngine engine) {
    Schema schema = model.schema();
    List<GlobalImportance.FeatureImportance> ranked = importance.sortedByImportance();
    int count = Math.min(INTERACTION_FEATURES, ranked.size());
    if (count < 2) {
      return null;
    }
    int[] candidates = new int[count];
    for (int i = 0; i < count; i++) {
      candidates[i] = schema.indexOf(ranked.get(i).feature().name()).orElseThrow();
    }
    Dataset rows = data.select(GlobalSupport.sample(data.numRows(), INTERACTION_ROWS, seed));
    int output = GlobalSupport.output(schema, null);
    Interactions interactions =
        new InteractionStrength(InteractionStrength.DEFAULT_TOP)
            .compute(model, rows, candidates, output, engine);
    if (interactions.pairs().isEmpty()) {
      return null;
    }
    Interaction strongest =
        interactions.pairs().stream().max(Comparator.comparingDouble(Interaction::h2)).get();
    PairProfile surface =
        new PartialDependence(HEATMAP_GRID)
            .pair(
                model,
                rows,
                schema.indexOf(strongest.first().name()).orElseThrow(),
                schema.indexOf(strongest.second().name()).orElseThrow(),
                output,
                engine);
    return new InteractionSection(interactions, surface, kind);
  }

  /** Occlusion (drop when one feature takes background values) for the explained rows. */
  static List<Explanation> occlusion(
      Model model, Background background, Dataset rows, EvaluationEngine engine) {
    return new Occlusion(background).explain(model, rows, TargetSelection.predicted(), engine);
  }

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
   * A small surrogate tree of the model's predictions, with its fidelity at each depth, measured on
   * a {@link Resampling#holdout} of the rows.
   */
  static SurrogateSection surrogate(WekaModel model, Instances rows, long seed) {
    int held = Resampling.heldOutSize(rows.numInstances(), SURROGATE_HOLDOUT);
    if (held < 1 || held >= rows.numInstances()) {
      throw new IllegalArgumentException(
          "too few rows (" + rows.numInstances() + ") to fit a surrogate and test it");
    }
    Instances[] parts =
        WekaSplits.holdout(rows, Resampling.holdout(rows.numInstances(), SURROGATE_HOLDOUT, seed));
    Instances fit = parts[0];
    Instances heldOut = parts[1];
    return new SurrogateSection(SurrogateTree.fit(model, fit, heldOut, SURROGATE_DEPTH, seed));
  }

  /** LIME explanations of the rows the local section shows. */
  static List<Explanation> lime(
      Model model, Dataset training, Dataset rows, long seed, EvaluationEngine engine) {
    int features = model.schema().inputIndices().length;
    Lime lime =
        new Lime(
            training,
            LimeMode.QUARTILE,
            Lime.DEFAULT_SAMPLES,
            Double.NaN,
            Math.min(Lime.DEFAULT_MAX_FEATURES, features),
            seed);
    return lime.explain(model, rows, TargetSelection.predicted(), engine);
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
      EvaluationEngine engine) {
    List<Explainer> explainers =
        List.of(method.explainer(), new InputMagnitudeExplainer(background));
    WekaRetrainer trainer = new WekaRetrainer(train, untrained, method::modelFor);
    int k = Math.max(1, Math.min(TOP_K, rows.schema().inputIndices().length - 1));
    RandomisationTest test = new RandomisationTest(k, seed);
    List<CheckResult> results =
        new ArrayList<>(
            test.dataRandomisation(
                explainers, method.model(), trainer.labels(), trainer, 1, rows, engine));
    if (LogisticRandomiser.supports(trained.classifier())) {
      results.addAll(
          test.parameterRandomisation(
              explainers,
              method.model(),
              LogisticRandomiser.forModel(trained, train),
              1,
              rows,
              engine));
    }
    Perturbation noise = new Perturbation(background.rows(), STABILITY_NOISE);
    results.addAll(
        new Stability(STABILITY_RUNS, k, noise, seed)
            .run(method.explainer().method(), seeded, method.model(), rows, engine));
    results.add(
        new MaxSensitivity(noise, SENSITIVITY_SAMPLES, seed)
            .run(method.explainer(), method.model(), rows, engine));
    int[] targets = Attributions.predictedTargets(method.model(), rows);
    results.addAll(
        new Infidelity(background, INFIDELITY_PERTURBATIONS, seed)
            .run(
                Attributions.explanations(
                    method.explainer(), method.model(), rows, targets, engine),
                method.model(),
                rows,
                engine));
    return new SanityCheckSection(results);
  }

  /** Deletion curves of the audit's method and of the control. */
  static DeletionCurveSection faithfulness(
      AuditExplainer method,
      Background background,
      Dataset rows,
      String output,
      long seed,
      EvaluationEngine engine) {
    Model model = method.model();
    int[] targets = Attributions.predictedTargets(model, rows);
    DeletionCurves curves = new DeletionCurves(background, RANDOM_ORDERS, seed);
    List<DeletionCurveResult> results = new ArrayList<>();
    for (Explainer explainer :
        List.of(method.explainer(), new InputMagnitudeExplainer(background))) {
      results.add(
          curves.run(
              Attributions.explanations(explainer, model, rows, targets, engine),
              model,
              rows,
              engine));
    }
    return new DeletionCurveSection(results, output);
  }

  /** The training rows most like the first explained row, with the model's predictions for them. */
  static NearestExamplesSection nearestExamples(
      Model model,
      Dataset reference,
      IntUnaryOperator referenceRowNumber,
      double[] row,
      int rowNumber,
      EvaluationEngine engine) {
    NearestExamples finder =
        NearestExamples.of(model, reference, RowDistance.gower(reference), engine);
    return new NearestExamplesSection(
        row, rowNumber, finder.find(row, NEAREST_EXAMPLES, -1), reference, referenceRowNumber);
  }

  /**
   * The smallest changes that would turn the first explained row into the class the model finds
   * next most probable, found by the same search as {@code glasswing counterfactual}.
   */
  static CounterfactualSection counterfactual(
      Model model,
      Dataset reference,
      Dataset rows,
      int rowNumber,
      long seed,
      EvaluationEngine engine) {
    CounterfactualSearch search =
        new CounterfactualSearch(
            reference,
            RowDistance.gower(reference),
            Constraints.NONE,
            COUNTERFACTUALS,
            CounterfactualSearch.DEFAULT_BUDGET,
            seed);
    CounterfactualResult result = search.search(model, rows, new int[] {-1}, engine).get(0);
    return new CounterfactualSection(model.schema(), rowNumber, result);
  }

  /**
   * A map of the rows, coloured by their class, with its trustworthiness.
   *
   * @param data the rows
   * @param encoded the rows as {@link FeatureMatrix#encode} encodes them
   * @param map the rows' PCA map
   */
  static DataMapSection dataMap(Dataset data, double[][] encoded, Embedding map) {
    Schema schema = data.schema();
    int target = schema.targetIndex();
    List<String> groups = new ArrayList<>();
    for (int r = 0; r < data.numRows(); r++) {
      double label = data.value(r, target);
      groups.add(Double.isNaN(label) ? "?" : schema.target().format(label));
    }
    int k = Math.min(MAP_NEIGHBOURS, Math.max(1, (data.numRows() - 1) / 2));
    double trust =
        2 * k < data.numRows()
            ? Trustworthiness.score(Distances.euclidean(encoded), map.coordinates(), k)
            : Double.NaN;
    return new DataMapSection(map, groups, "class", trust, k);
  }

  /**
   * Per-row uncertainty of the rows in {@code data}: top probability, margin and entropy (from
   * out-of-fold predictions when the rows are the training rows), the disagreement of bagged
   * copies, and how unusual each row is against the training rows.
   */
  static PredictionUncertaintySection predictionUncertainty(
      double[][] probabilities,
      String probabilitySource,
      Instances data,
      IntUnaryOperator rowNumber,
      Instances train,
      boolean dataIsTrain,
      Classifier untrained,
      long seed,
      ProgressListener progress,
      CancellationToken cancel) {
    List<String> labels = CrossValidatedPredictions.labels(data);
    List<EnsembleDisagreement.Scores> ensemble =
        EnsembleDisagreement.of(
            BaggedEnsemble.predict(
                untrained, train, data, ENSEMBLE_MEMBERS, seed, progress, cancel));
    int k = Math.min(OutOfDistribution.DEFAULT_K, train.numInstances() - 1);
    List<OutOfDistribution.Score> unusual = null;
    if (k >= 1) {
      OutOfDistribution fitted =
          OutOfDistribution.fit(WekaData.dataset(train), k, ProgressListener.NONE, cancel);
      unusual =
          dataIsTrain ? fitted.trainingScores() : fitted.score(WekaData.dataset(data), cancel);
    }
    List<PredictionUncertaintySection.RowUncertainty> rows = new ArrayList<>();
    for (int r = 0; r < probabilities.length; r++) {
      PredictiveScores scores = PredictiveScores.of(probabilities[r]);
      rows.add(
          new PredictionUncertaintySection.RowUncertainty(
              rowNumber.applyAsInt(r),
              labels.get(scores.predicted()),
              scores.maxProbability(),
              scores.margin(),
              scores.entropy(),
              ensemble.get(r).mutualInformation(),
              unusual == null ? Double.NaN : unusual.get(r).knnPercentile()));
    }
    return new PredictionUncertaintySection(
        rows,
        "Probabilities: "
            + probabilitySource
            + ". Disagreement: "
            + ENSEMBLE_MEMBERS
            + " copies of the classifier trained on bootstrap samples of the training rows."
            + (unusual == null
                ? ""
                : " Unusual: distance to the "
                    + k
                    + "th nearest training row"
                    + (dataIsTrain ? " (the row itself left out)" : "")
                    + ", as a percentile of the training rows' own distances."));
  }

  /** Two prototypes and one criticism per class (MMD-critic), shown on the data map. */
  static PrototypesSection prototypes(
      Dataset reference,
      Embedding map,
      long seed,
      ProgressListener progress,
      CancellationToken cancel) {
    MmdCritic critic =
        new MmdCritic(RowDistance.gower(reference), PROTOTYPES, CRITICISMS, Double.NaN, seed);
    return new PrototypesSection(
        critic.perClass(reference, progress, cancel), reference, row -> row + 1, map);
  }
}
