package org.glasswing.core.glassbox;

import java.util.Arrays;
import java.util.List;
import org.glasswing.core.data.Feature;

/**
 * How a feature's values fall into the bins of an additive model's shape function: one bin per
 * label of a nominal feature, ranges between cut points for a numeric one (every distinct value its
 * own bin when there are few, quantile ranges otherwise), and always a last bin for missing values.
 * Immutable.
 */
public final class FeatureBins {

  private final Feature feature;
  private final double[] cuts;

  private FeatureBins(Feature feature, double[] cuts) {
    this.feature = feature;
    this.cuts = cuts;
  }

  /**
   * Bins with given cut points, as a saved model restores them.
   *
   * @param feature the feature
   * @param cuts the cut points of a numeric feature, increasing; empty for a nominal one
   * @return the bins
   */
  public static FeatureBins of(Feature feature, double[] cuts) {
    for (int i = 1; i < cuts.length; i++) {
      if (!(cuts[i] > cuts[i - 1])) {
        throw new IllegalArgumentException("cut points must increase");
      }
    }
    if (feature.isNominal() && cuts.length > 0) {
      throw new IllegalArgumentException("a nominal feature has no cut points");
    }
    return new FeatureBins(feature, cuts.clone());
  }

  /**
   * Bins a feature from its training values.
   *
   * @param feature the feature
   * @param values its training values ({@code NaN} for missing)
   * @param maxBins the most bins of a numeric feature, missing bin not counted, at least 2
   * @return the bins
   */
  public static FeatureBins fit(Feature feature, double[] values, int maxBins) {
    if (maxBins < 2) {
      throw new IllegalArgumentException("at least 2 bins are needed, got " + maxBins);
    }
    if (feature.isNominal()) {
      return new FeatureBins(feature, new double[0]);
    }
    double[] distinct =
        Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().distinct().toArray();
    if (distinct.length <= 1) {
      return new FeatureBins(feature, new double[0]);
    }
    double[] cuts;
    if (distinct.length <= maxBins) {
      cuts = new double[distinct.length - 1];
      for (int i = 0; i < cuts.length; i++) {
        cuts[i] = (distinct[i] + distinct[i + 1]) / 2;
      }
    } else {
      double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
      cuts =
          java.util.stream.IntStream.range(1, maxBins)
              .mapToDouble(
                  q -> {
                    int at = (int) Math.floor((double) q * sorted.length / maxBins);
                    int lo = Math.max(at - 1, 0);
                    return (sorted[lo] + sorted[at]) / 2;
                  })
              .filter(c -> c > sorted[0] && c < sorted[sorted.length - 1])
              .distinct()
              .toArray();
    }
    return new FeatureBins(feature, cuts);
  }

  /**
   * The feature binned.
   *
   * @return the feature
   */
  public Feature feature() {
    return feature;
  }

  /**
   * The number of bins, the missing bin included.
   *
   * @return at least 2
   */
  public int size() {
    return (feature.isNominal() ? feature.labels().size() : cuts.length + 1) + 1;
  }

  /**
   * The bin of missing values.
   *
   * @return the last bin
   */
  public int missingBin() {
    return size() - 1;
  }

  /**
   * The bin of a value.
   *
   * @param value an encoded value, {@code NaN} for missing
   * @return its bin
   */
  public int bin(double value) {
    if (Double.isNaN(value)) {
      return missingBin();
    }
    if (feature.isNominal()) {
      int index = (int) value;
      return index >= 0 && index < feature.labels().size() ? index : missingBin();
    }
    int at = Arrays.binarySearch(cuts, value);
    return at >= 0 ? at + 1 : -at - 1;
  }

  /**
   * The cut points of a numeric feature: bin {@code b} holds values from {@code cuts[b-1]}
   * (inclusive) to {@code cuts[b]} (exclusive).
   *
   * @return a copy, empty for a nominal feature
   */
  public double[] cuts() {
    return cuts.clone();
  }

  /**
   * A bin's name for people: the label, a range such as {@code "[2.5, 4)"}, or {@code "missing"}.
   *
   * @param bin the bin
   * @return the name
   */
  public String label(int bin) {
    if (bin == missingBin()) {
      return "missing";
    }
    if (feature.isNominal()) {
      return feature.labels().get(bin);
    }
    String lo = bin == 0 ? "-inf" : feature.format(cuts[bin - 1]);
    String hi = bin == cuts.length ? "inf" : feature.format(cuts[bin]);
    return "[" + lo + ", " + hi + ")";
  }

  /**
   * Every bin's name.
   *
   * @return one per bin
   */
  public List<String> labels() {
    return java.util.stream.IntStream.range(0, size()).mapToObj(this::label).toList();
  }
}
