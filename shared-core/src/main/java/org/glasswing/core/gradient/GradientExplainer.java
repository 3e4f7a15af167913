package org.glasswing.core.gradient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.RandomStreams;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;

/**
 * The common run of every gradient method: checks that the model is a {@link DifferentiableModel},
 * encodes each row, picks the explained classes from the predicted probabilities, lets the method
 * attribute the input coordinates, and sums the coordinates of each attribute (the indicators of a
 * nominal one) into the attribute's value. Rows are explained one after another (the network
 * parallelises its own arithmetic); a method that draws random numbers gets a stream derived from
 * the seed and the row's index only. Reports progress per row and stops between rows when
 * cancelled.
 */
public abstract class GradientExplainer implements Explainer {

  /** The model-agnostic methods to name when a model has no gradients. */
  public static final String MODEL_AGNOSTIC =
      "exact-shapley, sampling-shapley, kernel-shap, lime or occlusion";

  /** Creates the explainer. */
  protected GradientExplainer() {}

  /**
   * What a method found for one row and class, per attribute.
   *
   * @param attributions per input attribute
   * @param standardErrors per input attribute, or {@code null} for a deterministic method
   * @param baseValue the reference output, or {@code NaN} when the method has none
   * @param extras numbers describing the explanation as a whole (see {@link
   *     Explanation#withExtras})
   */
  protected record Attribution(
      double[] attributions,
      double[] standardErrors,
      double baseValue,
      Map<String, Double> extras) {}

  /**
   * The coordinates of one row and where they go.
   *
   * @param model the model
   * @param input the row's input coordinates
   * @param row the row as the dataset holds it
   * @param features the number of input attributes
   * @param coordinateFeatures the attribute of each coordinate
   */
  protected record Point(
      DifferentiableModel model,
      double[] input,
      double[] row,
      int features,
      int[] coordinateFeatures) {

    /**
     * Sums coordinate values into their attributes.
     *
     * @param coordinates one value per input coordinate
     * @return one value per input attribute
     */
    public double[] toFeatures(double[] coordinates) {
      double[] sums = new double[features];
      for (int i = 0; i < coordinates.length; i++) {
        sums[coordinateFeatures[i]] += coordinates[i];
      }
      return sums;
    }
  }

  /**
   * Attributes one class's score of one row.
   *
   * @param point the row
   * @param target the explained output
   * @param random the row's random stream
   * @return the attribution per attribute
   */
  protected abstract Attribution attribute(Point point, int target, SplittableRandom random);

  /**
   * The method's settings, in display order, as written with every explanation.
   *
   * @return the settings
   */
  protected abstract Map<String, String> settings();

  /**
   * The seed of the method's random streams.
   *
   * @return 0 unless the method draws random numbers
   */
  protected long seed() {
    return 0;
  }

  /**
   * Checks that a model can be differentiated.
   *
   * @param model the model
   * @param method the method's name, for the message
   * @return the model as a differentiable one
   * @throws IllegalArgumentException naming the model-agnostic methods otherwise
   */
  public static DifferentiableModel requireDifferentiable(Model model, String method) {
    if (model instanceof DifferentiableModel differentiable) {
      if (!differentiable.isClassifier()) {
        throw new IllegalArgumentException(
            method + " explains classifiers only; the model predicts a number");
      }
      return differentiable;
    }
    throw new IllegalArgumentException(
        method
            + " needs the gradients of a neural network (such as"
            + " org.glasswing.deep.DeepNetClassifier), which this model does not have; use a"
            + " model-agnostic method instead: "
            + MODEL_AGNOSTIC);
  }

  @Override
  public final List<Explanation> explain(
      Model model, Dataset rows, TargetSelection targets, EvaluationEngine engine) {
    DifferentiableModel net = requireDifferentiable(model, method());
    checkModel(net);
    targets.validate(net.outputNames());
    Schema schema = rows.schema();
    int[] inputIndices = schema.inputIndices();
    List<Feature> features = new ArrayList<>();
    for (int column : inputIndices) {
      features.add(schema.feature(column));
    }
    int[] coordinateFeatures = net.coordinateFeatures();
    Map<String, String> settings = settings();
    List<Explanation> explanations = new ArrayList<>();
    int n = rows.numRows();
    for (int r = 0; r < n; r++) {
      engine.cancellation().throwIfCancelled();
      double[] row = rows.row(r);
      double[] input = net.encode(row);
      double[] probabilities = net.scores(new double[][] {input}, Score.PROBABILITY)[0];
      double[] values = new double[inputIndices.length];
      for (int f = 0; f < inputIndices.length; f++) {
        values[f] = row[inputIndices[f]];
      }
      Point point = new Point(net, input, row, inputIndices.length, coordinateFeatures);
      for (int target : targets.select(net.outputNames(), probabilities)) {
        SplittableRandom random = RandomStreams.forTask(seed(), r);
        Attribution a = attribute(point, target, random);
        Explanation e =
            new Explanation(
                r,
                target,
                net.outputNames().get(target),
                a.baseValue(),
                probabilities[target],
                features,
                values,
                a.attributions(),
                a.standardErrors(),
                method(),
                settings);
        explanations.add(a.extras().isEmpty() ? e : e.withExtras(a.extras()));
      }
      engine.progress().progress((r + 1.0) / n, "row " + (r + 1) + " of " + n);
    }
    return explanations;
  }

  /**
   * Refuses a model the method cannot explain, before any row is explained.
   *
   * @param model the model
   * @throws IllegalArgumentException with the reason
   */
  protected void checkModel(DifferentiableModel model) {}
}
