package org.glasswing.core.tree;

/**
 * The test at an internal node of a {@link DecisionTree}: which branch a value of one input column
 * goes to. A missing value ({@code NaN}) goes to no single branch; the tree then uses the node's
 * missing-value weights.
 */
public final class Split {

  /** The kinds of test, each with its own direction rule. */
  public enum Kind {
    /**
     * Numeric, two branches: {@code x < threshold} goes to branch 0, anything else to branch 1
     * (Weka's RandomTree and REPTree).
     */
    NUMERIC_LESS_THAN,
    /**
     * Numeric, two branches: {@code x <= threshold} goes to branch 0, anything else to branch 1
     * (Weka's J48).
     */
    NUMERIC_LESS_OR_EQUAL,
    /** Nominal, one branch per label: the branch index is the label index. */
    NOMINAL_MULTIWAY,
    /**
     * Nominal, two branches: the value equal to {@link Split#label()} goes to branch 0, every other
     * label to branch 1 (Weka's J48 with binary splits, {@code -B}).
     */
    NOMINAL_BINARY
  }

  private final Kind kind;
  private final int column;
  private final double threshold;
  private final int label;
  private final int branches;

  private Split(Kind kind, int column, double threshold, int label, int branches) {
    if (column < 0) {
      throw new IllegalArgumentException("a split column must not be negative, got " + column);
    }
    this.kind = kind;
    this.column = column;
    this.threshold = threshold;
    this.label = label;
    this.branches = branches;
  }

  /**
   * A numeric test that sends {@code x < threshold} to branch 0 and the rest to branch 1.
   *
   * @param column the schema column tested
   * @param threshold the split point
   * @return the split
   */
  public static Split lessThan(int column, double threshold) {
    return new Split(Kind.NUMERIC_LESS_THAN, column, threshold, -1, 2);
  }

  /**
   * A numeric test that sends {@code x <= threshold} to branch 0 and the rest to branch 1.
   *
   * @param column the schema column tested
   * @param threshold the split point
   * @return the split
   */
  public static Split lessOrEqual(int column, double threshold) {
    return new Split(Kind.NUMERIC_LESS_OR_EQUAL, column, threshold, -1, 2);
  }

  /**
   * A nominal test with one branch per label.
   *
   * @param column the schema column tested
   * @param labels the number of labels of the column, at least 1
   * @return the split
   */
  public static Split nominal(int column, int labels) {
    if (labels < 1) {
      throw new IllegalArgumentException("a nominal split needs at least one label");
    }
    return new Split(Kind.NOMINAL_MULTIWAY, column, Double.NaN, -1, labels);
  }

  /**
   * A nominal test that sends one label to branch 0 and every other label to branch 1.
   *
   * @param column the schema column tested
   * @param label the index of the label sent to branch 0
   * @return the split
   */
  public static Split nominalBinary(int column, int label) {
    if (label < 0) {
      throw new IllegalArgumentException("a label index must not be negative, got " + label);
    }
    return new Split(Kind.NOMINAL_BINARY, column, Double.NaN, label, 2);
  }

  /**
   * The kind of test.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The schema column tested.
   *
   * @return the column index
   */
  public int column() {
    return column;
  }

  /**
   * The split point of a numeric test.
   *
   * @return the threshold, {@code NaN} for a nominal test
   */
  public double threshold() {
    return threshold;
  }

  /**
   * The label sent to branch 0 by a binary nominal test.
   *
   * @return the label index, -1 for other kinds
   */
  public int label() {
    return label;
  }

  /**
   * Whether the test reads a nominal column.
   *
   * @return true for the nominal kinds
   */
  public boolean isNominal() {
    return kind == Kind.NOMINAL_MULTIWAY || kind == Kind.NOMINAL_BINARY;
  }

  /**
   * The number of branches.
   *
   * @return 2, or the label count of a multiway nominal test
   */
  public int branches() {
    return branches;
  }

  /**
   * The branch a value goes to.
   *
   * @param value the column's value; {@code NaN} when missing
   * @return the branch index, or -1 for a missing value
   */
  public int branch(double value) {
    if (Double.isNaN(value)) {
      return -1;
    }
    return switch (kind) {
      case NUMERIC_LESS_THAN -> value < threshold ? 0 : 1;
      case NUMERIC_LESS_OR_EQUAL -> value <= threshold ? 0 : 1;
      case NOMINAL_MULTIWAY -> checkedLabel(value);
      case NOMINAL_BINARY -> (int) value == label ? 0 : 1;
    };
  }

  private int checkedLabel(double value) {
    int index = (int) value;
    if (index < 0 || index >= branches) {
      throw new IllegalArgumentException(
          "value " + value + " of column " + column + " has no branch among " + branches);
    }
    return index;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case NUMERIC_LESS_THAN -> "x" + column + " < " + threshold;
      case NUMERIC_LESS_OR_EQUAL -> "x" + column + " <= " + threshold;
      case NOMINAL_MULTIWAY -> "x" + column + " = label";
      case NOMINAL_BINARY -> "x" + column + " == " + label;
    };
  }
}
