package org.glasswing.core.examples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.engine.BatchPrediction;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.model.Model;

/**
 * Which known cases does a row resemble? The k reference (training) rows nearest to a row under a
 * mixed-type {@link RowDistance}, with their recorded labels, the model's predictions for them, and
 * the share that agree with the model's prediction for the row. The search is exact (every
 * reference row is compared); ties are broken by the lower row index. A neighbour whose every input
 * value equals the query's is marked as a duplicate; the query's own row (when the query is a row
 * of the reference data) is never listed, see {@link #findRow}.
 *
 * <p>The model predicts every reference row once, when the finder is built. A finder calls its
 * model when asked for a row's neighbours, so use it from one thread at a time.
 */
public final class NearestExamples {

  private final Dataset reference;
  private final double[][] rows;
  private final RowDistance distance;
  private final Model model;
  private final int[] predictedClass;
  private final double[] prediction;
  private final int[] inputs;
  private Dataset lastData; // the data last compared with the reference, by identity
  private boolean lastSame;

  private NearestExamples(
      Dataset reference,
      RowDistance distance,
      Model model,
      int[] predictedClass,
      double[] prediction) {
    this.reference = reference;
    this.rows = reference.rows();
    this.distance = distance;
    this.model = model;
    this.predictedClass = predictedClass;
    this.prediction = prediction;
    this.inputs = reference.schema().inputIndices();
  }

  /**
   * Prepares a search over reference rows, predicting each of them with the model.
   *
   * @param model the model whose predictions are shown
   * @param reference the rows to search, such as the training data; at least one, with the model's
   *     schema
   * @param distance the distance between rows
   * @param engine runs the model calls
   * @return the finder
   * @throws IllegalArgumentException if the reference data is empty or its schema is not the
   *     model's
   */
  public static NearestExamples of(
      Model model, Dataset reference, RowDistance distance, EvaluationEngine engine) {
    Objects.requireNonNull(distance, "distance");
    if (reference.isEmpty()) {
      throw new IllegalArgumentException("nearest examples need at least one reference row");
    }
    reference
        .schema()
        .firstMismatch(model.schema())
        .ifPresent(
            m -> {
              throw new IllegalArgumentException("the reference rows do not fit the model: " + m);
            });
    double[][] outputs = BatchPrediction.predict(model, reference.rows(), engine);
    int[] classes = new int[outputs.length];
    double[] values = new double[outputs.length];
    for (int r = 0; r < outputs.length; r++) {
      classes[r] = model.isClassifier() ? argMax(outputs[r]) : -1;
      values[r] = model.isClassifier() ? outputs[r][classes[r]] : outputs[r][0];
    }
    return new NearestExamples(reference, distance, model, classes, values);
  }

  /**
   * The index of the largest value, the first one on ties.
   *
   * @param values at least one value
   * @return its index
   */
  static int argMax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  /**
   * The reference rows searched.
   *
   * @return the reference data
   */
  public Dataset reference() {
    return reference;
  }

  /**
   * The class the model predicts for a reference row.
   *
   * @param index the reference row's index
   * @return the class index, or -1 for a regression model
   */
  public int predictedClass(int index) {
    return predictedClass[index];
  }

  /**
   * The k reference rows nearest to a row of some data, leaving out the row itself when the data
   * holds the reference rows (the same object, or the same values row by row in the same order).
   *
   * @param data the data the row comes from, with the reference schema
   * @param row the row's index in the data
   * @param k how many neighbours, at least 1
   * @return the neighbourhood
   * @throws IllegalArgumentException if k is below 1
   */
  public Neighbourhood findRow(Dataset data, int row, int k) {
    return find(data.row(row), k, holdsReference(data) ? row : -1);
  }

  /**
   * Whether some data holds exactly the reference rows, in order, so that its row i is reference
   * row i.
   *
   * @param data the data
   * @return true for the reference itself or a row-by-row equal copy
   */
  public boolean holdsReference(Dataset data) {
    if (data != lastData) {
      lastSame = data == reference || sameRows(data.rows(), rows);
      lastData = data;
    }
    return lastSame;
  }

  private static boolean sameRows(double[][] a, double[][] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int r = 0; r < a.length; r++) {
      if (!Arrays.equals(a[r], b[r])) {
        return false;
      }
    }
    return true;
  }

  private boolean duplicates(double[] query, double[] row) {
    for (int column : inputs) {
      if (Double.compare(query[column], row[column]) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The k reference rows nearest to a row.
   *
   * @param query a row with the reference schema
   * @param k how many neighbours, at least 1; cut to the number of reference rows available
   * @param exclude a reference row index to leave out (the query's own row when the query comes
   *     from the reference data), or -1
   * @return the neighbourhood
   * @throws IllegalArgumentException if k is below 1
   */
  public Neighbourhood find(double[] query, int k, int exclude) {
    if (k < 1) {
      throw new IllegalArgumentException("the number of neighbours must be at least 1, got " + k);
    }
    double[] output = model.predict(new double[][] {query})[0];
    int queryClass = model.isClassifier() ? argMax(output) : -1;
    double queryValue = model.isClassifier() ? output[queryClass] : output[0];
    int count = Math.min(k, rows.length - (exclude >= 0 && exclude < rows.length ? 1 : 0));
    int[] best = new int[count];
    double[] bestDistance = new double[count];
    int filled = 0;
    for (int r = 0; r < rows.length; r++) {
      if (r == exclude) {
        continue;
      }
      double d = distance.between(query, rows[r]);
      if (filled < count || d < bestDistance[filled - 1]) {
        int at = filled < count ? filled++ : count - 1;
        while (at > 0 && bestDistance[at - 1] > d) {
          best[at] = best[at - 1];
          bestDistance[at] = bestDistance[at - 1];
          at--;
        }
        best[at] = r;
        bestDistance[at] = d;
      }
    }
    List<Neighbour> neighbours = new ArrayList<>(count);
    int target = reference.schema().targetIndex();
    int labelled = 0;
    int labelAgree = 0;
    int predictionAgree = 0;
    for (int i = 0; i < filled; i++) {
      int r = best[i];
      double label = target < 0 ? Double.NaN : rows[r][target];
      neighbours.add(
          new Neighbour(
              r,
              bestDistance[i],
              label,
              predictedClass[r],
              prediction[r],
              duplicates(query, rows[r])));
      if (!Double.isNaN(label)) {
        labelled++;
        labelAgree += queryClass >= 0 && label == queryClass ? 1 : 0;
      }
      predictionAgree += queryClass >= 0 && predictedClass[r] == queryClass ? 1 : 0;
    }
    double labelShare =
        queryClass < 0 || labelled == 0 ? Double.NaN : (double) labelAgree / labelled;
    double predictionShare =
        queryClass < 0 || filled == 0 ? Double.NaN : (double) predictionAgree / filled;
    return new Neighbourhood(queryClass, queryValue, neighbours, labelShare, predictionShare);
  }
}
