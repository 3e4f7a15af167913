package org.glasswing.core.global;

import java.util.Arrays;
import java.util.Locale;
import org.glasswing.core.data.Schema;

/**
 * How well a model's outputs match the true targets of held-out rows. Accuracy, AUC and log-loss
 * score classifiers (one probability per class label); RMSE scores regression models.
 */
public enum Metric {

  /** The share of rows whose most probable class is the true one; higher is better. */
  ACCURACY("accuracy", true, true),

  /**
   * The area under the ROC curve; for more than two classes the average of the one-vs-rest areas,
   * weighted by how often each class occurs (as Weka's weighted AUC). Higher is better.
   */
  AUC("auc", true, true),

  /** The mean negative natural log of the probability given to the true class; lower is better. */
  LOG_LOSS("log-loss", false, true),

  /** The root mean squared error of a numeric prediction; lower is better. */
  RMSE("rmse", false, false);

  /** The smallest probability log-loss takes the log of, so that a zero costs a finite amount. */
  public static final double MIN_PROBABILITY = 1e-15;

  private final String label;
  private final boolean higherIsBetter;
  private final boolean forClassification;

  Metric(String label, boolean higherIsBetter, boolean forClassification) {
    this.label = label;
    this.higherIsBetter = higherIsBetter;
    this.forClassification = forClassification;
  }

  /**
   * The name the command line uses.
   *
   * @return such as {@code log-loss}
   */
  public String label() {
    return label;
  }

  /**
   * Whether a larger score means a better model.
   *
   * @return true for accuracy and AUC
   */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /**
   * Parses a metric name.
   *
   * @param text {@code accuracy}, {@code auc}, {@code log-loss} or {@code rmse}
   * @return the metric
   * @throws IllegalArgumentException naming the valid metrics for any other text
   */
  public static Metric parse(String text) {
    for (Metric metric : values()) {
      if (metric.label.equals(text.toLowerCase(Locale.ROOT))) {
        return metric;
      }
    }
    throw new IllegalArgumentException(
        "unknown metric '" + text + "'; use accuracy, auc, log-loss or rmse");
  }

  /**
   * The default metric for a schema: accuracy for a nominal target, RMSE for a numeric one.
   *
   * @param schema a schema with a target
   * @return the metric
   */
  public static Metric defaultFor(Schema schema) {
    return schema.isClassification() ? ACCURACY : RMSE;
  }

  /**
   * Checks that this metric can score a model of the schema's target.
   *
   * @param schema the model's schema
   * @throws IllegalArgumentException if the target is missing or of the wrong kind
   */
  public void checkApplies(Schema schema) {
    if (!schema.hasTarget()) {
      throw new IllegalArgumentException("metric " + label + " needs a target column");
    }
    String target = schema.target().name();
    if (forClassification && !schema.isClassification()) {
      throw new IllegalArgumentException(
          "metric " + label + " needs a nominal target but '" + target + "' is numeric; use rmse");
    }
    if (!forClassification && schema.isClassification()) {
      throw new IllegalArgumentException(
          "metric "
              + label
              + " needs a numeric target but '"
              + target
              + "' is nominal; use accuracy, auc or log-loss");
    }
  }

  /**
   * Scores outputs against true targets.
   *
   * @param outputs the model's output vectors, one per row
   * @param truth the true target of each row: a class index, or a number; never missing
   * @return the score
   * @throws IllegalArgumentException if the lengths differ, there are no rows, or (for AUC) fewer
   *     than two classes occur
   */
  public double score(double[][] outputs, double[] truth) {
    if (outputs.length != truth.length) {
      throw new IllegalArgumentException(
          outputs.length + " outputs for " + truth.length + " true values");
    }
    if (truth.length == 0) {
      throw new IllegalArgumentException("metric " + label + " needs at least one row");
    }
    return switch (this) {
      case ACCURACY -> accuracy(outputs, truth);
      case AUC -> weightedAuc(outputs, truth);
      case LOG_LOSS -> logLoss(outputs, truth);
      case RMSE -> rmse(outputs, truth);
    };
  }

  /**
   * How much worse a score is than a reference score: positive when {@code score} is worse.
   *
   * @param reference the score of the intact model and data
   * @param score the score after a feature was broken or removed
   * @return the loss in performance
   */
  public double drop(double reference, double score) {
    return higherIsBetter ? reference - score : score - reference;
  }

  private static double accuracy(double[][] outputs, double[] truth) {
    int right = 0;
    for (int r = 0; r < truth.length; r++) {
      if (argMax(outputs[r]) == (int) truth[r]) {
        right++;
      }
    }
    return (double) right / truth.length;
  }

  private static double logLoss(double[][] outputs, double[] truth) {
    double sum = 0;
    for (int r = 0; r < truth.length; r++) {
      sum -= Math.log(Math.max(MIN_PROBABILITY, outputs[r][(int) truth[r]]));
    }
    return sum / truth.length;
  }

  private static double rmse(double[][] outputs, double[] truth) {
    double sum = 0;
    for (int r = 0; r < truth.length; r++) {
      double error = outputs[r][0] - truth[r];
      sum += error * error;
    }
    return Math.sqrt(sum / truth.length);
  }

  private static double weightedAuc(double[][] outputs, double[] truth) {
    int classes = outputs[0].length;
    int[] counts = new int[classes];
    for (double t : truth) {
      counts[(int) t]++;
    }
    double weighted = 0;
    int present = 0;
    for (int c = 0; c < classes; c++) {
      if (counts[c] > 0 && counts[c] < truth.length) {
        double[] scores = new double[truth.length];
        boolean[] positive = new boolean[truth.length];
        for (int r = 0; r < truth.length; r++) {
          scores[r] = outputs[r][c];
          positive[r] = (int) truth[r] == c;
        }
        weighted += counts[c] * auc(scores, positive);
        present += counts[c];
      }
    }
    if (present == 0) {
      throw new IllegalArgumentException(
          "metric auc needs at least two classes among the held-out rows, but all are of one"
              + " class");
    }
    return weighted / present;
  }

  /** Mann-Whitney: the chance a random positive scores above a random negative, ties half. */
  static double auc(double[] scores, boolean[] positive) {
    int positives = 0;
    for (boolean p : positive) {
      if (p) {
        positives++;
      }
    }
    double[] pos = new double[positives];
    double[] neg = new double[scores.length - positives];
    int ip = 0;
    int in = 0;
    for (int r = 0; r < scores.length; r++) {
      if (positive[r]) {
        pos[ip++] = scores[r];
      } else {
        neg[in++] = scores[r];
      }
    }
    Arrays.sort(pos);
    Arrays.sort(neg);
    double wins = 0;
    int below = 0;
    int upTo = 0;
    for (double p : pos) {
      while (below < neg.length && neg[below] < p) {
        below++;
      }
      upTo = Math.max(upTo, below);
      while (upTo < neg.length && neg[upTo] == p) {
        upTo++;
      }
      wins += below + (upTo - below) / 2.0;
    }
    return wins / ((double) pos.length * neg.length);
  }

  static int argMax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  @Override
  public String toString() {
    return label;
  }
}
