package org.glasswing.weka.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.resample.FoldPlan;
import org.glasswing.core.resample.Resampling;
import org.glasswing.weka.Training;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaSplits;
import weka.classifiers.Classifier;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instances;
import weka.filters.unsupervised.attribute.Remove;

/** What the global-view commands share: names to columns, folds, retraining, output. */
final class GlobalSupport {

  private GlobalSupport() {}

  /** An engine on the user's threads, cancelled when the calling thread is interrupted. */
  static EvaluationEngine engine(CommonOptions common, ProgressListener progress) {
    CancellationToken cancelled = CancellationToken.ofCallingThread();
    return new EvaluationEngine(
        common.threads(), EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancelled);
  }

  /** Refuses --format json for commands that write CSV or text only. */
  static void refuseJson(CommonOptions common, String command) {
    if (common.format() == OutputFormat.json) {
      throw new UserInputException(command + " writes CSV only; drop --format json");
    }
  }

  /**
   * The columns of comma-separated attribute names, in the given order; every input attribute when
   * the text is null.
   */
  static int[] columns(Schema schema, String names, String option) {
    if (names == null) {
      return schema.inputIndices();
    }
    Set<Integer> columns = new LinkedHashSet<>();
    for (String name : names.split(",")) {
      columns.add(column(schema, name.strip(), option));
    }
    return columns.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The column of one input attribute. */
  static int column(Schema schema, String name, String option) {
    int column =
        schema
            .indexOf(name)
            .orElseThrow(
                () ->
                    new UserInputException(
                        option
                            + ": unknown attribute '"
                            + name
                            + "'; the attributes are "
                            + String.join(
                                ", ", schema.inputs().stream().map(f -> f.name()).toList())));
    if (column == schema.targetIndex()) {
      throw new UserInputException(
          option + ": '" + name + "' is the class attribute, not an input attribute");
    }
    return column;
  }

  /** The index of the studied output: a class label (default the first), or 0 for regression. */
  static int output(Schema schema, String label) {
    if (!schema.isClassification()) {
      if (label != null) {
        throw new UserInputException(
            "--target names a class, but the class '" + schema.target().name() + "' is numeric");
      }
      return 0;
    }
    List<String> labels = schema.target().labels();
    if (label == null) {
      return 0;
    }
    int index = labels.indexOf(label);
    if (index < 0) {
      throw new UserInputException(
          "--target: no class '" + label + "'; the classes are " + String.join(", ", labels));
    }
    return index;
  }

  /**
   * Up to {@code max} row indices drawn without replacement with a seed ({@link
   * Resampling#subsample}, draw 0), ascending; all if fewer.
   */
  static int[] sample(int rows, int max, long seed) {
    if (max < 1) {
      throw new UserInputException("the row sample must hold at least 1 row, got " + max);
    }
    return Resampling.subsample(rows, Math.min(rows, max), seed, 0);
  }

  /**
   * Cross-validation folds of the training data: {train, test} pairs, both in input order, from the
   * core's plan ({@link WekaSplits#folds}: stratified by a nominal class).
   */
  static List<Instances[]> folds(Instances train, int k, long seed) {
    if (k < 2 || k > train.numInstances()) {
      throw new UserInputException(
          "--folds must be from 2 to the number of training rows ("
              + train.numInstances()
              + "), got "
              + k);
    }
    FoldPlan plan = WekaSplits.folds(train, k, seed);
    List<Instances[]> folds = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      folds.add(WekaSplits.fold(train, plan, f));
    }
    return folds;
  }

  /**
   * Trains the user's classifier on some rows, optionally without one column (the column is removed
   * by a filter, so the model still reads rows with every attribute).
   */
  static WekaModel train(CommonOptions common, Instances rows, int withoutColumn) {
    Classifier classifier = ExplainSetup.newClassifier(common);
    if (withoutColumn >= 0) {
      Remove remove = new Remove();
      remove.setAttributeIndicesArray(new int[] {withoutColumn});
      FilteredClassifier filtered = new FilteredClassifier();
      filtered.setFilter(remove);
      filtered.setClassifier(classifier);
      classifier = filtered;
    }
    return new WekaModel(Training.train(classifier, rows, "this data"), new Instances(rows, 0));
  }
}
