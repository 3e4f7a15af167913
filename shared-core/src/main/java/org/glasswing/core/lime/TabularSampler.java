package org.glasswing.core.lime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;

/**
 * Draws LIME's neighbourhood of a tabular row from training statistics, as Ribeiro et al.'s tabular
 * explainer does, every feature independently.
 *
 * <p>Quartile mode: a numeric feature's bin (cut at the training quartiles, missing values being a
 * bin of their own) and a nominal feature's category are drawn with their training frequencies. A
 * feature drawn in the explained row's bin or category keeps the row's own value and is 1 in the
 * interpretable representation; any other draw takes a training value picked at random from that
 * bin (so integer attributes stay integers; the reference implementation draws from a truncated
 * normal instead) and is 0. The distance is Euclidean in the interpretable space, the square root
 * of the number of features that left the row's bin.
 *
 * <p>Continuous mode: a numeric value is missing with its training frequency, otherwise drawn from
 * a normal with the training mean and standard deviation, and enters standardised (a missing value
 * as 0, the mean); nominal features are drawn as above. The distance is Euclidean between the
 * standardised sample and the standardised row.
 */
final class TabularSampler {

  private final LimeMode mode;
  private final double kernelWidth;
  private final int[] columns;
  private final int targetIndex;
  private final boolean[] nominal;
  private final double[] mean;
  private final double[] sd;
  private final double[][] cuts;
  private final double[][][] binValues;
  private final double[][] categoryCumulative;

  /**
   * Computes the training statistics.
   *
   * @param training the training rows, following the model's schema; at least one
   * @param mode the interpretable representation
   * @param kernelWidth the kernel width
   */
  TabularSampler(Dataset training, LimeMode mode, double kernelWidth) {
    Schema schema = training.schema();
    this.mode = mode;
    this.kernelWidth = kernelWidth;
    this.columns = schema.inputIndices();
    this.targetIndex = schema.targetIndex();
    int d = columns.length;
    nominal = new boolean[d];
    mean = new double[d];
    sd = new double[d];
    cuts = new double[d][];
    binValues = new double[d][][];
    categoryCumulative = new double[d][];
    for (int p = 0; p < d; p++) {
      Feature feature = schema.feature(columns[p]);
      double[] values = training.column(columns[p]);
      nominal[p] = feature.isNominal();
      if (nominal[p]) {
        double[] counts = new double[feature.labels().size() + 1];
        for (double value : values) {
          counts[Double.isNaN(value) ? counts.length - 1 : (int) value]++;
        }
        categoryCumulative[p] = cumulative(counts);
      } else {
        numericStatistics(p, values);
      }
    }
  }

  private void numericStatistics(int p, double[] values) {
    double[] present = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
    int n = present.length;
    double sum = 0;
    for (double v : present) {
      sum += v;
    }
    mean[p] = n == 0 ? 0 : sum / n;
    double squares = 0;
    for (double v : present) {
      squares += (v - mean[p]) * (v - mean[p]);
    }
    sd[p] = n < 2 ? 0 : Math.sqrt(squares / (n - 1));
    cuts[p] =
        n == 0
            ? new double[0]
            : Arrays.stream(
                    new double[] {
                      percentile(present, 0.25), percentile(present, 0.5), percentile(present, 0.75)
                    })
                .distinct()
                .toArray();
    int bins = cuts[p].length + 1;
    List<List<Double>> members = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      members.add(new ArrayList<>());
    }
    for (double v : present) {
      members.get(bin(p, v)).add(v);
    }
    binValues[p] = new double[bins][];
    double[] counts = new double[bins + 1];
    for (int b = 0; b < bins; b++) {
      binValues[p][b] = members.get(b).stream().mapToDouble(Double::doubleValue).toArray();
      counts[b] = binValues[p][b].length;
    }
    counts[bins] = values.length - n;
    categoryCumulative[p] = cumulative(counts);
  }

  /** The percentile of sorted values with linear interpolation (NumPy's default). */
  private static double percentile(double[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int lower = (int) Math.floor(position);
    int upper = Math.min(sorted.length - 1, lower + 1);
    return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
  }

  private static double[] cumulative(double[] counts) {
    double[] cumulative = new double[counts.length];
    double total = 0;
    for (int i = 0; i < counts.length; i++) {
      total += counts[i];
      cumulative[i] = total;
    }
    for (int i = 0; i < counts.length; i++) {
      cumulative[i] /= total;
    }
    return cumulative;
  }

  /** A value's quartile bin: the number of cuts below it (so a value equal to a cut goes left). */
  private int bin(int p, double value) {
    int bin = 0;
    while (bin < cuts[p].length && value > cuts[p][bin]) {
      bin++;
    }
    return bin;
  }

  /** A numeric or nominal value's category: its bin or label index, missing being the last. */
  private int category(int p, double value) {
    int missing = categoryCumulative[p].length - 1;
    if (Double.isNaN(value)) {
      return missing;
    }
    return nominal[p] ? (int) value : bin(p, value);
  }

  private static int draw(double[] cumulative, SplittableRandom random) {
    double u = random.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  /**
   * The number of interpretable features: the input columns.
   *
   * @return d
   */
  int dimensions() {
    return columns.length;
  }

  /**
   * The interpretable representation of the explained row.
   *
   * @param row the row, following the schema
   * @return d values
   */
  double[] explained(double[] row) {
    double[] z = new double[columns.length];
    for (int p = 0; p < columns.length; p++) {
      z[p] = mode == LimeMode.QUARTILE || nominal[p] ? 1 : standardise(p, row[columns[p]]);
    }
    return z;
  }

  private double standardise(int p, double value) {
    return Double.isNaN(value) || sd[p] == 0 ? 0 : (value - mean[p]) / sd[p];
  }

  /**
   * Draws the neighbourhood of one row.
   *
   * @param row the explained row, following the schema
   * @param samples n, the number of samples, the row itself included
   * @param random the row's random stream
   * @return the samples
   */
  Neighbourhood sample(double[] row, int samples, SplittableRandom random) {
    int d = columns.length;
    double[] explained = explained(row);
    double[][] z = new double[samples][];
    double[][] rows = new double[samples][];
    double[] weights = new double[samples];
    int[] rowCategory = new int[d];
    for (int p = 0; p < d; p++) {
      rowCategory[p] = category(p, row[columns[p]]);
    }
    for (int s = 0; s < samples; s++) {
      double[] values = row.clone();
      if (targetIndex >= 0) {
        values[targetIndex] = Double.NaN;
      }
      double[] interpretable = explained.clone();
      if (s > 0) {
        for (int p = 0; p < d; p++) {
          drawFeature(p, rowCategory[p], values, interpretable, random);
        }
      }
      double squared = 0;
      for (int p = 0; p < d; p++) {
        double gap = interpretable[p] - explained[p];
        squared += gap * gap;
      }
      z[s] = interpretable;
      rows[s] = values;
      weights[s] = Neighbourhood.kernel(Math.sqrt(squared), kernelWidth);
    }
    return new Neighbourhood(z, explained, weights, rows);
  }

  private void drawFeature(
      int p, int rowCategory, double[] values, double[] interpretable, SplittableRandom random) {
    int column = columns[p];
    int missing = categoryCumulative[p].length - 1;
    if (mode == LimeMode.CONTINUOUS && !nominal[p]) {
      boolean isMissing = random.nextDouble() < categoryCumulative[p][missing] - cdfBelow(p);
      double value = isMissing ? Double.NaN : mean[p] + sd[p] * random.nextGaussian();
      values[column] = value;
      interpretable[p] = standardise(p, value);
      return;
    }
    int category = draw(categoryCumulative[p], random);
    if (category == rowCategory) {
      interpretable[p] = 1;
      return;
    }
    interpretable[p] = 0;
    if (category == missing) {
      values[column] = Double.NaN;
    } else if (nominal[p]) {
      values[column] = category;
    } else {
      double[] members = binValues[p][category];
      values[column] = members[random.nextInt(members.length)];
    }
  }

  /**
   * The cumulative frequency just below the missing category, so that the difference is its own.
   */
  private double cdfBelow(int p) {
    int missing = categoryCumulative[p].length - 1;
    return missing == 0 ? 0 : categoryCumulative[p][missing - 1];
  }
}
