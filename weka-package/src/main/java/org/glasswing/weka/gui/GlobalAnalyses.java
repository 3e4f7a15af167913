package org.glasswing.weka.gui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.global.AccumulatedLocalEffects;
import org.glasswing.core.global.AleCurve;
import org.glasswing.core.global.Grids;
import org.glasswing.core.global.HeldOutFold;
import org.glasswing.core.global.ImportanceResult;
import org.glasswing.core.global.InteractionStrength;
import org.glasswing.core.global.Interactions;
import org.glasswing.core.global.LeaveOneCovariateOut;
import org.glasswing.core.global.Metric;
import org.glasswing.core.global.PartialDependence;
import org.glasswing.core.global.Profile;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.resample.FoldPlan;
import org.glasswing.core.resample.Resampling;
import org.glasswing.weka.Training;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaSplits;
import weka.classifiers.Classifier;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instances;
import weka.filters.unsupervised.attribute.Remove;

/**
 * The global views' computations that the command line makes with its defaults for the same
 * settings and seed: {@code glasswing profile --ale} (PDP, ICE and ALE of every attribute), {@code
 * glasswing interactions} (Friedman's H-statistic) and {@code glasswing importance --method loco}.
 * Each studies the first class's probability (or the numeric prediction), as the command line does
 * without {@code --target}.
 */
final class GlobalAnalyses {

  /**
   * The curves of every attribute that varies.
   *
   * @param profiles one PDP/ICE per attribute, in attribute order
   * @param ale one ALE curve per numeric attribute when asked for, in attribute order
   * @param showIce whether the ICE curves are drawn
   * @param probability whether the output is a class probability (not a numeric prediction)
   * @param rows the sampled instances the curves average over, from 0, ascending
   */
  record Profiles(
      List<Profile> profiles,
      List<AleCurve> ale,
      boolean showIce,
      boolean probability,
      List<Integer> rows) {

    Profiles {
      profiles = List.copyOf(profiles);
      ale = List.copyOf(ale);
      rows = List.copyOf(rows);
    }
  }

  private GlobalAnalyses() {}

  /**
   * PDP and ICE of every attribute on a sample of rows and, with {@code ale}, ALE of every numeric
   * one, as {@code glasswing profile} computes them.
   *
   * @param spec the catalogue's {@code profile}
   * @param values its settings
   * @param model the trained model
   * @param data its data
   * @param seed the seed of the row sample
   * @param progress where progress goes
   * @param cancel checked within the work
   * @return the curves
   */
  static Profiles profile(
      MethodSpec spec,
      ParameterValues values,
      WekaModel model,
      Instances data,
      long seed,
      ProgressListener progress,
      CancellationToken cancel) {
    int grid = values.integer(spec.parameter("grid").orElseThrow());
    int maxRows = values.integer(spec.parameter("max-rows").orElseThrow());
    boolean ale = values.flag(spec.parameter("ale").orElseThrow());
    Dataset rows = WekaData.dataset(data);
    int[] sampled = sample(rows.numRows(), maxRows, seed);
    Dataset profiled = rows.select(sampled);
    Schema schema = rows.schema();
    EvaluationEngine engine = engine(progress, cancel);
    PartialDependence pdp = new PartialDependence(grid);
    List<Profile> profiles = new ArrayList<>();
    List<AleCurve> curves = new ArrayList<>();
    for (int column : schema.inputIndices()) {
      try {
        Grids.grid(profiled, column, grid);
      } catch (IllegalArgumentException e) {
        continue; // a constant attribute has no curve, as the command line skips it
      }
      profiles.add(pdp.profile(model, profiled, column, 0, engine));
      if (ale && !schema.feature(column).isNominal()) {
        curves.add(new AccumulatedLocalEffects(grid - 1).curve(model, profiled, column, 0, engine));
      }
    }
    if (profiles.isEmpty()) {
      throw new IllegalArgumentException("every attribute is constant on the sampled rows");
    }
    return new Profiles(
        profiles,
        curves,
        !values.flag(spec.parameter("no-ice").orElseThrow()),
        schema.isClassification(),
        Arrays.stream(sampled).boxed().toList());
  }

  /**
   * Friedman's H² for every pair of the top attributes, on a sample of rows, as {@code glasswing
   * interactions} computes it.
   *
   * @param spec the catalogue's {@code interactions}
   * @param values its settings
   * @param model the trained model
   * @param data its data
   * @param seed the seed of the row sample
   * @param progress where progress goes
   * @param cancel checked within the work
   * @return the ranking and the pairs
   */
  static Interactions interactions(
      MethodSpec spec,
      ParameterValues values,
      WekaModel model,
      Instances data,
      long seed,
      ProgressListener progress,
      CancellationToken cancel) {
    int top = values.integer(spec.parameter("top").orElseThrow());
    int size = values.integer(spec.parameter("sample").orElseThrow());
    Dataset rows = WekaData.dataset(data);
    int[] columns = rows.schema().inputIndices();
    if (columns.length < 2) {
      throw new IllegalArgumentException(
          "interactions need at least 2 attributes besides the class");
    }
    return new InteractionStrength(top)
        .compute(
            model,
            rows.select(sample(rows.numRows(), size, seed)),
            columns,
            0,
            engine(progress, cancel));
  }

  /**
   * LOCO importance on cross-validation folds, as {@code glasswing importance --method loco}: the
   * classifier is trained on each fold's training part, with every attribute and then without each
   * one in turn (removed by a filter), and scored on the held-out part by the default metric.
   *
   * @param spec the catalogue's {@code loco}
   * @param values its settings
   * @param template the classifier to train (copied; not changed)
   * @param data its data
   * @param progress where progress goes
   * @param cancel checked between trainings
   * @return one score per attribute
   */
  static ImportanceResult loco(
      MethodSpec spec,
      ParameterValues values,
      Classifier template,
      Instances data,
      ProgressListener progress,
      CancellationToken cancel) {
    int folds = values.integer(spec.parameter("folds").orElseThrow());
    long seed = values.longValue(Parameters.SEED);
    if (folds > data.numInstances()) {
      throw new IllegalArgumentException(
          "folds must be at most the number of instances (" + data.numInstances() + ")");
    }
    FoldPlan plan = WekaSplits.folds(data, folds, seed);
    List<Instances> training = new ArrayList<>();
    List<HeldOutFold> heldOut = new ArrayList<>();
    for (int f = 0; f < folds; f++) {
      cancel.throwIfCancelled();
      Instances[] parts = WekaSplits.fold(data, plan, f);
      training.add(parts[0]);
      heldOut.add(new HeldOutFold(train(template, parts[0], -1), WekaData.dataset(parts[1])));
    }
    Metric metric = Metric.defaultFor(WekaData.schema(data));
    return new LeaveOneCovariateOut(metric, seed)
        .compute(
            heldOut,
            (fold, column) -> {
              if (cancel.isCancelled()) {
                throw new CancelledException();
              }
              return train(template, training.get(fold), column);
            },
            engine(progress, cancel));
  }

  /** Trains a copy of the classifier, without one column when it is not negative. */
  static WekaModel train(Classifier template, Instances rows, int withoutColumn) {
    Classifier classifier = template;
    if (withoutColumn >= 0) {
      Remove remove = new Remove();
      remove.setAttributeIndicesArray(new int[] {withoutColumn});
      FilteredClassifier filtered = new FilteredClassifier();
      filtered.setFilter(remove);
      filtered.setClassifier(template);
      classifier = filtered;
    }
    return new WekaModel(Training.train(classifier, rows, "this data"), new Instances(rows, 0));
  }

  /** Up to {@code max} rows drawn with the seed, ascending, as the command line samples them. */
  static int[] sample(int rows, int max, long seed) {
    return Resampling.subsample(rows, Math.min(rows, max), seed, 0);
  }

  private static EvaluationEngine engine(ProgressListener progress, CancellationToken cancel) {
    return new EvaluationEngine(1, EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancel);
  }
}
