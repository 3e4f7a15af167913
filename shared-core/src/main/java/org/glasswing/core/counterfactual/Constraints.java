package org.glasswing.core.counterfactual;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;

/**
 * What a counterfactual may change: features that must keep their value, allowed ranges of numeric
 * features, and the direction numeric features may move in. Nominal features only ever take one of
 * their own labels. Columns are schema column indices.
 *
 * @param frozen columns that must keep the row's value
 * @param ranges allowed {@code [min, max]} of numeric columns; a bound may be infinite
 * @param directions the allowed direction of numeric columns; absent means {@link Direction#ANY}
 */
public record Constraints(
    Set<Integer> frozen, Map<Integer, double[]> ranges, Map<Integer, Direction> directions) {

  /** No constraint at all. */
  public static final Constraints NONE = new Constraints(Set.of(), Map.of(), Map.of());

  /**
   * Copies the collections and checks the ranges.
   *
   * @param frozen frozen columns
   * @param ranges allowed ranges
   * @param directions allowed directions
   * @throws IllegalArgumentException for a range whose minimum exceeds its maximum
   */
  public Constraints {
    frozen = Set.copyOf(new TreeSet<>(frozen));
    TreeMap<Integer, double[]> copied = new TreeMap<>();
    ranges.forEach(
        (column, range) -> {
          if (range.length != 2 || !(range[0] <= range[1])) {
            throw new IllegalArgumentException(
                "the range of column " + column + " must be two numbers, min <= max");
          }
          copied.put(column, range.clone());
        });
    ranges = Map.copyOf(copied);
    directions = Map.copyOf(directions);
  }

  /**
   * Checks that every constrained column is an input column of a schema and that ranges and
   * directions are only set on numeric columns.
   *
   * @param schema the schema
   * @throws IllegalArgumentException naming the first offending column
   */
  public void check(Schema schema) {
    Set<Integer> inputs = new TreeSet<>();
    for (int column : schema.inputIndices()) {
      inputs.add(column);
    }
    for (int column : frozen) {
      if (!inputs.contains(column)) {
        throw new IllegalArgumentException("column " + column + " is not an input to freeze");
      }
    }
    for (int column : ranges.keySet()) {
      requireNumericInput(schema, inputs, column, "a range");
    }
    for (int column : directions.keySet()) {
      requireNumericInput(schema, inputs, column, "a direction");
    }
  }

  private static void requireNumericInput(
      Schema schema, Set<Integer> inputs, int column, String what) {
    if (!inputs.contains(column)) {
      throw new IllegalArgumentException("column " + column + " is not an input column");
    }
    Feature feature = schema.feature(column);
    if (feature.isNominal()) {
      throw new IllegalArgumentException(
          "'" + feature.name() + "' is nominal; only numeric attributes take " + what);
    }
  }

  /**
   * The direction a column may move in.
   *
   * @param column a column index
   * @return the direction, {@link Direction#ANY} when none is set
   */
  public Direction direction(int column) {
    return directions.getOrDefault(column, Direction.ANY);
  }

  /**
   * Whether a candidate row respects the constraints relative to the original row: frozen columns
   * unchanged, numeric values inside their ranges (or unchanged) and moved only in their allowed
   * direction, nominal values valid labels (or unchanged).
   *
   * @param schema the rows' schema
   * @param original the original row
   * @param candidate the candidate row
   * @return true when every constraint holds
   */
  public boolean allows(Schema schema, double[] original, double[] candidate) {
    for (int column : schema.inputIndices()) {
      double from = original[column];
      double to = candidate[column];
      if (same(from, to)) {
        continue;
      }
      if (frozen.contains(column) || Double.isNaN(to)) {
        return false;
      }
      Feature feature = schema.feature(column);
      if (feature.isNominal()) {
        if (to != Math.rint(to) || to < 0 || to >= feature.labels().size()) {
          return false;
        }
        continue;
      }
      double[] range = ranges.get(column);
      if (range != null && (to < range[0] || to > range[1])) {
        return false;
      }
      Direction direction = direction(column);
      if (!Double.isNaN(from)
          && ((direction == Direction.INCREASE && to < from)
              || (direction == Direction.DECREASE && to > from))) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(double a, double b) {
    return Double.isNaN(a) ? Double.isNaN(b) : a == b;
  }
}
