package org.glasswing.core.tree;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;
import org.glasswing.core.data.Schema;

/**
 * A decision tree with what a person needs to read it: the names of the columns it tests and of its
 * outputs, and how many rows of a data set reached each node. Immutable: array accessors return
 * copies.
 *
 * <p>Rows are routed down the tree as {@link DecisionTree#predict(double[])} does: a row with a
 * missing tested value is split over the branches by their missing-value weights, so counts can be
 * fractional. For a classification tree each row may also carry a reference label (such as the
 * model's predicted class, for a surrogate); a leaf then counts the rows whose label is the leaf's
 * own class.
 */
public final class ReadableTree {

  private final DecisionTree tree;
  private final Schema schema;
  private final List<String> outputNames;
  private final double[] reached;
  private final double[] agreeing;

  private ReadableTree(
      DecisionTree tree,
      Schema schema,
      List<String> outputNames,
      double[] reached,
      double[] agreeing) {
    this.tree = tree;
    this.schema = schema;
    this.outputNames = outputNames;
    this.reached = reached;
    this.agreeing = agreeing;
  }

  /**
   * Routes rows down a tree and counts them.
   *
   * @param tree the tree
   * @param schema the schema of the rows, whose columns the tree tests
   * @param outputNames one name per tree output: the class labels, or the numeric target's name
   * @param rows the rows, following the schema
   * @param labels for a classification tree, each row's reference class index (NaN when unknown);
   *     {@code null} when there is none, or for a regression tree
   * @return the readable tree
   * @throws IllegalArgumentException if the names or labels do not match the tree or the rows, or
   *     the tree tests a column the schema does not have
   */
  public static ReadableTree of(
      DecisionTree tree,
      Schema schema,
      List<String> outputNames,
      double[][] rows,
      double[] labels) {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(schema, "schema");
    List<String> names = List.copyOf(outputNames);
    if (names.size() != tree.outputs()) {
      throw new IllegalArgumentException(
          "the tree has " + tree.outputs() + " outputs but " + names.size() + " output names");
    }
    if (labels != null && labels.length != rows.length) {
      throw new IllegalArgumentException(
          rows.length + " rows but " + labels.length + " reference labels");
    }
    for (int node = 0; node < tree.nodeCount(); node++) {
      if (!tree.isLeaf(node) && tree.column(node) >= schema.size()) {
        throw new IllegalArgumentException(
            "the tree tests column "
                + tree.column(node)
                + ", beyond the schema's "
                + schema.size());
      }
    }
    double[] reached = new double[tree.nodeCount()];
    double[] agreeing = new double[tree.nodeCount()];
    for (int r = 0; r < rows.length; r++) {
      double label = labels == null ? Double.NaN : labels[r];
      route(tree, 0, rows[r], label, 1.0, reached, agreeing);
    }
    return new ReadableTree(tree, schema, names, reached, labels == null ? null : agreeing);
  }

  private static void route(
      DecisionTree tree,
      int node,
      double[] row,
      double label,
      double weight,
      double[] reached,
      double[] agreeing) {
    if (weight == 0) {
      return;
    }
    reached[node] += weight;
    if (tree.isLeaf(node)) {
      if (!Double.isNaN(label) && (int) label == majority(tree, node)) {
        agreeing[node] += weight;
      }
      return;
    }
    for (int branch = 0; branch < tree.branches(node); branch++) {
      double factor = tree.factor(node, branch, row[tree.column(node)]);
      route(tree, tree.child(node, branch), row, label, weight * factor, reached, agreeing);
    }
  }

  private static int majority(DecisionTree tree, int leaf) {
    int best = 0;
    for (int o = 1; o < tree.outputs(); o++) {
      if (tree.value(leaf, o) > tree.value(leaf, best)) {
        best = o;
      }
    }
    return best;
  }

  /**
   * The tree.
   *
   * @return the tree
   */
  public DecisionTree tree() {
    return tree;
  }

  /**
   * The schema whose columns the tree tests.
   *
   * @return the schema
   */
  public Schema schema() {
    return schema;
  }

  /**
   * The names of the tree's outputs.
   *
   * @return the class labels, or the numeric target's name
   */
  public List<String> outputNames() {
    return outputNames;
  }

  /**
   * Whether the tree predicts a class: more than one output.
   *
   * @return true for a classification tree
   */
  public boolean isClassification() {
    return tree.outputs() > 1;
  }

  /**
   * The class a leaf predicts: its most probable output.
   *
   * @param leaf the node index of a leaf
   * @return the output index, the first on ties
   */
  public int predictedClass(int leaf) {
    return majority(tree, leaf);
  }

  /**
   * How many rows reached a node.
   *
   * @param node the node index
   * @return the (possibly fractional) row count
   */
  public double reached(int node) {
    return reached[node];
  }

  /**
   * How many rows that reached a leaf carry the leaf's own class as their reference label.
   *
   * @param node the node index of a leaf
   * @return the row count, or {@code NaN} when no labels were given
   */
  public double agreeing(int node) {
    return agreeing == null ? Double.NaN : agreeing[node];
  }

  /**
   * The condition a value meets to go down a branch, in words such as {@code <= 3.5}, {@code >
   * 3.5}, {@code = red} or {@code ≠ red}, using the schema's labels for a nominal column.
   *
   * @param node the node index of an internal node
   * @param branch the branch index
   * @return the condition, without the column's name
   */
  public String condition(int node, int branch) {
    Split split = tree.split(node);
    List<String> labels = schema.feature(split.column()).labels();
    return switch (split.kind()) {
      case NUMERIC_LESS_THAN -> (branch == 0 ? "< " : "≥ ") + number(split.threshold());
      case NUMERIC_LESS_OR_EQUAL -> (branch == 0 ? "≤ " : "> ") + number(split.threshold());
      case NOMINAL_MULTIWAY -> "= " + label(labels, branch);
      case NOMINAL_BINARY -> (branch == 0 ? "= " : "≠ ") + label(labels, split.label());
    };
  }

  /**
   * The name of the column an internal node tests.
   *
   * @param node the node index of an internal node
   * @return the column's name
   */
  public String columnName(int node) {
    return schema.feature(tree.column(node)).name();
  }

  private static String label(List<String> labels, int index) {
    return index < labels.size() ? labels.get(index) : "#" + (index + 1);
  }

  /** A split point as Weka prints it: up to 6 significant digits, no trailing zeros. */
  private static String number(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
