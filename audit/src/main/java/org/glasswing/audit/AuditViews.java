package org.glasswing.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.Supplier;
import org.glasswing.core.counterfactual.Constraints;
import org.glasswing.core.counterfactual.CounterfactualResult;
import org.glasswing.core.counterfactual.CounterfactualSearch;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.examples.NearestExamples;
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
import org.glasswing.core.shapley.Background;
import org.glasswing.report.CounterfactualSection;
import org.glasswing.report.InteractionSection;
import org.glasswing.report.NearestExamplesSection;
import org.glasswing.report.OutputKind;
import org.glasswing.report.PermutationImportanceSection;
import org.glasswing.report.ProfileSection;
import org.glasswing.report.SurrogateSection;
import org.glasswing.weka.SurrogateTree;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaSplits;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * The audit's views beyond performance and uncertainty, each computed by the same core classes as
 * its own command ({@code importance}, {@code profile}, {@code surrogate}, {@code explain --method
 * lime}, {@code sanity}, {@code faithfulness}) with settings small enough for a report that takes
 * under a minute.
 */
final class AuditViews {

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

  /** Grid points of a profile. */
  static final int GRID = 20;

  /** Share of the rows the surrogate tree is tested on. */
  static final double SURROGATE_HOLDOUT = 0.3;

  /** The depth of the surrogate tree: small enough to read; deeper trees are in its table. */
  static final int SURROGATE_DEPTH = 3;

  /** Nearest training rows shown for the first explained row. */
  static final int NEAREST_EXAMPLES = 5;

  /** Counterfactuals searched for the first explained row. */
  static final int COUNTERFACTUALS = 3;

  private AuditViews() {}

  /**
   * Permutation importance on held-out rows: cross-validation folds of the training rows, each
   * retrained by the learner, or, without a learner, the trained model on rows it was not trained
   * on.
   *
   * @param learner new untrained classifiers, or null to use the trained model
   * @param trained the trained model
   * @param train the training rows (used with a learner)
   * @param heldOut the rows the trained model is tested on (used without a learner)
   * @param folds the folds
   * @param repeats the repeats of each permutation
   * @param seed the seed of the folds and the shuffles
   * @param engine the engine
   * @return the section
   */
  static PermutationImportanceSection permutationImportance(
      Supplier<Classifier> learner,
      WekaModel trained,
      Instances train,
      Dataset heldOut,
      int folds,
      int repeats,
      long seed,
      EvaluationEngine engine) {
    Schema schema = trained.schema();
    List<HeldOutFold> parts = new ArrayList<>();
    if (learner == null) {
      parts.add(new HeldOutFold(trained, heldOut));
    } else {
      int k = Math.min(folds, train.numInstances());
      for (Instances[] fold : AuditSupport.folds(train, k, seed)) {
        parts.add(
            new HeldOutFold(AuditSupport.train(learner.get(), fold[0]), WekaData.dataset(fold[1])));
      }
    }
    return new PermutationImportanceSection(
        new PermutationImportance(Metric.defaultFor(schema), repeats, seed).compute(parts, engine));
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
    Dataset rows = data.select(AuditSupport.sample(data.numRows(), PROFILED_ROWS, seed));
    PartialDependence pdp = new PartialDependence(GRID);
    int output = AuditSupport.FIRST_OUTPUT;
    List<Profile> profiles = new ArrayList<>();
    List<AleCurve> curves = new ArrayList<>();
    List<Profile> classProfiles = new ArrayList<>();
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
      if (model.outputNames().size() > 2) {
        for (int c = 0; c < model.outputNames().size(); c++) {
          classProfiles.add(
              c == output
                  ? profiles.get(profiles.size() - 1)
                  : pdp.profile(model, rows, column, c, engine));
        }
      }
      if (!schema.feature(column).isNominal()) {
        curves.add(
            new AccumulatedLocalEffects(AccumulatedLocalEffects.DEFAULT_INTERVALS)
                .curve(model, rows, column, output, engine));
      }
    }
    return profiles.isEmpty() ? null : new ProfileSection(profiles, curves, kind, classProfiles);
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
    Dataset rows = data.select(AuditSupport.sample(data.numRows(), INTERACTION_ROWS, seed));
    int output = AuditSupport.FIRST_OUTPUT;
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
      Model model, Dataset training, Dataset rows, AuditPlan plan, EvaluationEngine engine) {
    long seed = plan.seed();
    int features = model.schema().inputIndices().length;
    Lime lime =
        new Lime(
            training,
            LimeMode.parse(plan.limeMode()),
            plan.limeSamples(),
            Double.NaN,
            Math.min(Lime.DEFAULT_MAX_FEATURES, features),
            seed);
    return lime.explain(model, rows, TargetSelection.predicted(), engine);
  }

  /** How far past the decision boundary a counterfactual lies: the catalogue's default. */
  static final double COUNTERFACTUAL_MARGIN =
      Double.parseDouble(
          org.glasswing.core.methods.MethodCatalogue.standard()
              .find(org.glasswing.core.methods.Family.EXAMPLES, "counterfactual")
              .parameter("margin")
              .orElseThrow()
              .defaultValue());

  /** The training rows most like the first explained row, with the model's predictions for them. */
  static NearestExamplesSection nearestExamples(
      Model model,
      Dataset reference,
      IntUnaryOperator referenceRowNumber,
      Dataset rows,
      int rowIndex,
      int rowNumber,
      boolean redact,
      EvaluationEngine engine) {
    NearestExamples finder =
        NearestExamples.of(model, reference, RowDistance.gower(reference), engine);
    // findRow leaves the row itself out when the rows are the reference rows.
    NearestExamplesSection section =
        new NearestExamplesSection(
            rows.row(rowIndex),
            rowNumber,
            finder.findRow(rows, rowIndex, NEAREST_EXAMPLES),
            reference,
            referenceRowNumber);
    return redact ? section.redacted() : section;
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
      java.util.List<String> protectedNames,
      long seed,
      boolean redact,
      EvaluationEngine engine) {
    java.util.Set<Integer> frozen = new java.util.TreeSet<>();
    for (String name : protectedNames) {
      frozen.add(
          reference
              .schema()
              .indexOf(name)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "the protected attribute '"
                              + name
                              + "' is not in the data; name one of its attributes, or none")));
    }
    CounterfactualSearch search =
        new CounterfactualSearch(
            reference,
            RowDistance.gower(reference),
            frozen.isEmpty()
                ? Constraints.NONE
                : new Constraints(frozen, java.util.Map.of(), java.util.Map.of()),
            COUNTERFACTUALS,
            CounterfactualSearch.DEFAULT_BUDGET,
            seed,
            COUNTERFACTUAL_MARGIN);
    CounterfactualResult result = search.search(model, rows, new int[] {-1}, engine).get(0);
    CounterfactualSection section = new CounterfactualSection(model.schema(), rowNumber, result);
    return redact ? section.redacted(reference, row -> row + 1) : section;
  }
}
