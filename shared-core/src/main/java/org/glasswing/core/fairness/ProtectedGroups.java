package org.glasswing.core.fairness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;

/**
 * The groups a protected attribute splits the rows into: one group per label of a nominal
 * attribute, or ranges of a numeric one cut at given points (or at its quartiles). Rows whose value
 * is missing form a group of their own, named {@code "missing"}, so that no row is dropped.
 * Immutable.
 */
public final class ProtectedGroups {

  /** The name of the group of rows whose protected value is missing. */
  public static final String MISSING_GROUP = "missing";

  private final String attribute;
  private final List<String> labels;
  private final int[] groupOf;

  private ProtectedGroups(String attribute, List<String> labels, int[] groupOf) {
    this.attribute = attribute;
    this.labels = List.copyOf(labels);
    this.groupOf = groupOf;
  }

  /**
   * Groups rows by given group numbers.
   *
   * @param attribute the protected attribute's name
   * @param labels the groups' names
   * @param groupOf for each row, its group's index into {@code labels}
   * @return the groups, without the labels no row has
   * @throws IllegalArgumentException if a group index is out of range, or fewer than two groups
   *     have rows
   */
  public static ProtectedGroups of(String attribute, List<String> labels, int[] groupOf) {
    Objects.requireNonNull(attribute, "attribute");
    int[] counts = new int[labels.size()];
    for (int g : groupOf) {
      if (g < 0 || g >= labels.size()) {
        throw new IllegalArgumentException("group index " + g + " out of range");
      }
      counts[g]++;
    }
    int[] renumber = new int[labels.size()];
    List<String> kept = new ArrayList<>();
    for (int g = 0; g < labels.size(); g++) {
      renumber[g] = counts[g] > 0 ? kept.size() : -1;
      if (counts[g] > 0) {
        kept.add(labels.get(g));
      }
    }
    if (kept.size() < 2) {
      throw new IllegalArgumentException(
          "the protected attribute '"
              + attribute
              + "' puts every row into one group"
              + (kept.isEmpty() ? "" : " ('" + kept.get(0) + "')")
              + "; a fairness audit compares at least two groups: name another attribute, or give"
              + " cut points that split its values (NAME:CUT1,CUT2)");
    }
    int[] mapped = Arrays.stream(groupOf).map(g -> renumber[g]).toArray();
    return new ProtectedGroups(attribute, kept, mapped);
  }

  /**
   * One group per label of a nominal attribute.
   *
   * @param data the rows
   * @param column the attribute's column
   * @return the groups
   */
  public static ProtectedGroups nominal(Dataset data, int column) {
    Feature f = data.schema().feature(column);
    if (!f.isNominal()) {
      throw new IllegalArgumentException("'" + f.name() + "' is numeric, not nominal");
    }
    List<String> labels = new ArrayList<>(f.labels());
    labels.add(MISSING_GROUP);
    int missing = labels.size() - 1;
    int[] groupOf =
        IntStream.range(0, data.numRows())
            .map(
                r -> {
                  double v = data.value(r, column);
                  return Double.isNaN(v) ? missing : (int) v;
                })
            .toArray();
    return of(f.name(), labels, groupOf);
  }

  /**
   * Ranges of a numeric attribute: below the first cut, from each cut to the next, and from the
   * last cut up.
   *
   * @param data the rows
   * @param column the attribute's column
   * @param cuts the cut points, strictly increasing
   * @return the groups, named like {@code "age < 25"}, {@code "25 <= age < 60"}, {@code "age >=
   *     60"}
   */
  public static ProtectedGroups cut(Dataset data, int column, double[] cuts) {
    Feature f = data.schema().feature(column);
    if (f.isNominal()) {
      throw new IllegalArgumentException(
          "'" + f.name() + "' is nominal; cut points apply to numeric attributes only");
    }
    if (cuts.length == 0) {
      throw new IllegalArgumentException("no cut points for '" + f.name() + "'");
    }
    for (int i = 0; i < cuts.length; i++) {
      if (!Double.isFinite(cuts[i]) || (i > 0 && cuts[i] <= cuts[i - 1])) {
        throw new IllegalArgumentException(
            "the cut points of '"
                + f.name()
                + "' must be finite numbers in increasing order, as in "
                + f.name()
                + ":25,60");
      }
    }
    List<String> labels = new ArrayList<>();
    String name = f.name();
    labels.add(name + " < " + f.format(cuts[0]));
    for (int i = 1; i < cuts.length; i++) {
      labels.add(f.format(cuts[i - 1]) + " <= " + name + " < " + f.format(cuts[i]));
    }
    labels.add(name + " >= " + f.format(cuts[cuts.length - 1]));
    labels.add(MISSING_GROUP);
    int missing = labels.size() - 1;
    int[] groupOf = new int[data.numRows()];
    for (int r = 0; r < groupOf.length; r++) {
      double v = data.value(r, column);
      if (Double.isNaN(v)) {
        groupOf[r] = missing;
      } else {
        int g = 0;
        while (g < cuts.length && v >= cuts[g]) {
          g++;
        }
        groupOf[r] = g;
      }
    }
    return of(name, labels, groupOf);
  }

  /**
   * Ranges of a numeric attribute cut at its quartiles (the cuts that would leave a range empty are
   * left out).
   *
   * @param data the rows
   * @param column the attribute's column
   * @return the groups
   */
  public static ProtectedGroups quartiles(Dataset data, int column) {
    double[] values =
        Arrays.stream(data.column(column)).filter(v -> !Double.isNaN(v)).sorted().toArray();
    String name = data.schema().feature(column).name();
    if (values.length == 0) {
      throw new IllegalArgumentException("every value of '" + name + "' is missing");
    }
    double[] cuts =
        IntStream.rangeClosed(1, 3)
            .mapToDouble(q -> quantile(values, q / 4.0))
            .filter(c -> c > values[0])
            .distinct()
            .toArray();
    if (cuts.length == 0) {
      throw new IllegalArgumentException(
          "'" + name + "' takes one value only; there are no groups to compare");
    }
    return cut(data, column, cuts);
  }

  /** The type-7 (linear interpolation) sample quantile of sorted values. */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * The protected attribute's name.
   *
   * @return the name
   */
  public String attribute() {
    return attribute;
  }

  /**
   * The groups' names, in the attribute's label order (or from low to high values), the missing
   * group last.
   *
   * @return the names; every group has at least one row
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * The number of groups.
   *
   * @return at least 2
   */
  public int size() {
    return labels.size();
  }

  /**
   * The number of rows grouped.
   *
   * @return one per row of the data
   */
  public int numRows() {
    return groupOf.length;
  }

  /**
   * A row's group.
   *
   * @param row the 0-based row
   * @return the group's index into {@link #labels()}
   */
  public int group(int row) {
    return groupOf[row];
  }

  /**
   * The rows of one group.
   *
   * @param group the group's index
   * @return its 0-based rows, ascending
   */
  public int[] rows(int group) {
    return IntStream.range(0, groupOf.length).filter(r -> groupOf[r] == group).toArray();
  }

  /**
   * The same groups for a subset of the rows (such as the rows whose class is known).
   *
   * @param rows 0-based rows, in the order the subset keeps them
   * @return the groups of those rows
   */
  public ProtectedGroups select(int[] rows) {
    int[] selected = Arrays.stream(rows).map(r -> groupOf[r]).toArray();
    return of(attribute, labels, selected);
  }
}
