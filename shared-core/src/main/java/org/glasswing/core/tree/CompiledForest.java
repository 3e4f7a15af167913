package org.glasswing.core.tree;

import java.util.Arrays;
import java.util.List;
import org.glasswing.core.data.Schema;
import org.glasswing.core.model.Model;
import org.glasswing.core.tree.TreeEnsemble.Aggregation;

/**
 * A {@link TreeEnsemble} compiled for prediction: every node of every tree in flat primitive arrays
 * (structure of arrays: one array for the kind of test, one for the column, one for the threshold,
 * one for the children, one for the leaf values), predicting a batch tree by tree. Immutable and
 * thread-safe, so every worker shares one instance.
 *
 * <p>Its output equals {@link DecisionTree#predict(double[])} combined as the ensemble's {@link
 * Aggregation} says, bit for bit: the same split directions and nominal rules, the same
 * missing-value weights (a missing value walks every branch with its weight, in branch order, as
 * Weka's trees and J48's fractional instances do) and the same order of additions.
 */
public final class CompiledForest implements Model {

  private static final byte LEAF = 0;
  private static final byte LESS_THAN = 1;
  private static final byte LESS_OR_EQUAL = 2;
  private static final byte MULTIWAY = 3;
  private static final byte BINARY = 4;
  private static final double WEKA_SMALL = 1e-6;

  private final Schema schema;
  private final List<String> outputNames;
  private final Aggregation aggregation;
  private final int outputs;
  private final int[] roots;
  private final boolean[] mayBeMissing;
  private final byte[] kind;
  private final int[] column;
  private final double[] threshold;
  private final int[] firstEdge;
  private final int[] edgeCount;
  private final int[] edgeChild;
  private final double[] edgeMissing;
  private final double[] leafValues;

  /**
   * Compiles the trees of an ensemble; called by {@link TreeEnsemble}, which has checked them.
   *
   * @param schema the ensemble's schema
   * @param outputNames the ensemble's outputs
   * @param trees the trees, each with one leaf value per output
   * @param aggregation how the trees' outputs are combined
   */
  CompiledForest(
      Schema schema, List<String> outputNames, List<DecisionTree> trees, Aggregation aggregation) {
    this.schema = schema;
    this.outputNames = outputNames;
    this.aggregation = aggregation;
    this.outputs = outputNames.size();
    int nodes = 0;
    int edges = 0;
    int leaves = 0;
    for (DecisionTree tree : trees) {
      nodes += tree.nodeCount();
      for (int n = 0; n < tree.nodeCount(); n++) {
        edges += tree.branches(n);
        leaves += tree.isLeaf(n) ? 1 : 0;
      }
    }
    roots = new int[trees.size()];
    mayBeMissing = new boolean[trees.size()];
    kind = new byte[nodes];
    column = new int[nodes];
    threshold = new double[nodes];
    firstEdge = new int[nodes];
    edgeCount = new int[nodes];
    edgeChild = new int[edges];
    edgeMissing = new double[edges];
    leafValues = new double[leaves * outputs];
    int base = 0;
    int edge = 0;
    int leaf = 0;
    for (int t = 0; t < trees.size(); t++) {
      DecisionTree tree = trees.get(t);
      roots[t] = base;
      for (int n = 0; n < tree.nodeCount(); n++) {
        int at = base + n;
        if (tree.isLeaf(n)) {
          kind[at] = LEAF;
          column[at] = -1;
          firstEdge[at] = leaf;
          for (int o = 0; o < outputs; o++) {
            double v = tree.value(n, o);
            mayBeMissing[t] |= !Double.isFinite(v);
            leafValues[leaf++] = v;
          }
          continue;
        }
        Split split = tree.split(n);
        kind[at] = kindOf(split.kind());
        column[at] = split.column();
        threshold[at] =
            split.kind() == Split.Kind.NOMINAL_BINARY ? split.label() : split.threshold();
        firstEdge[at] = edge;
        edgeCount[at] = tree.branches(n);
        for (int b = 0; b < tree.branches(n); b++) {
          edgeChild[edge] = base + tree.child(n, b);
          edgeMissing[edge] = tree.missingWeight(n, b);
          edge++;
        }
      }
      base += tree.nodeCount();
    }
  }

  private static byte kindOf(Split.Kind kind) {
    return switch (kind) {
      case NUMERIC_LESS_THAN -> LESS_THAN;
      case NUMERIC_LESS_OR_EQUAL -> LESS_OR_EQUAL;
      case NOMINAL_MULTIWAY -> MULTIWAY;
      case NOMINAL_BINARY -> BINARY;
    };
  }

  /**
   * The compiled form of an ensemble (made once, when the ensemble is built).
   *
   * @param ensemble the ensemble
   * @return its compiled form, predicting exactly what the ensemble predicts
   */
  public static CompiledForest compile(TreeEnsemble ensemble) {
    return ensemble.compiled();
  }

  /**
   * The number of trees.
   *
   * @return the tree count
   */
  public int treeCount() {
    return roots.length;
  }

  /**
   * The number of nodes over all trees.
   *
   * @return the node count, internal nodes and leaves
   */
  public int nodeCount() {
    return kind.length;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public List<String> outputNames() {
    return outputNames;
  }

  /**
   * The model's output for one row.
   *
   * @param row a row following the schema
   * @return one value per output
   */
  public double[] predict(double[] row) {
    return predict(new double[][] {row})[0];
  }

  /**
   * The model's outputs for a batch, computed tree by tree over the whole batch.
   *
   * @param rows rows following the schema
   * @return one array of outputs per row, in row order
   * @throws IllegalArgumentException if a nominal value has no branch
   */
  @Override
  public double[][] predict(double[][] rows) {
    double[][] sums = new double[rows.length][outputs];
    int[] counted = aggregation == Aggregation.MEAN ? new int[rows.length] : null;
    double[] scratch = new double[outputs];
    for (int t = 0; t < roots.length; t++) {
      int root = roots[t];
      boolean checkMissing = counted != null && mayBeMissing[t];
      for (int r = 0; r < rows.length; r++) {
        double[] row = rows[r];
        double[] sum = sums[r];
        int leaf = walk(root, row);
        if (leaf >= 0 && !checkMissing) {
          int offset = firstEdge[leaf];
          for (int o = 0; o < outputs; o++) {
            sum[o] += leafValues[offset + o];
          }
          if (counted != null) {
            counted[r]++;
          }
          continue;
        }
        Arrays.fill(scratch, 0);
        add(leaf >= 0 ? leaf : -leaf - 1, row, 1.0, scratch);
        if (checkMissing && isMissing(scratch)) {
          continue;
        }
        for (int o = 0; o < outputs; o++) {
          sum[o] += scratch[o];
        }
        if (counted != null) {
          counted[r]++;
        }
      }
    }
    for (int r = 0; r < rows.length; r++) {
      finish(sums[r], counted == null ? 0 : counted[r]);
    }
    return sums;
  }

  /**
   * Follows a row down from a node while no tested value is missing.
   *
   * @return the leaf reached, or {@code -node - 1} for the first node whose value is missing
   */
  private int walk(int start, double[] row) {
    int n = start;
    while (true) {
      byte k = kind[n];
      if (k == LEAF) {
        return n;
      }
      double x = row[column[n]];
      if (Double.isNaN(x)) {
        return -n - 1;
      }
      n = edgeChild[firstEdge[n] + branch(n, k, x)];
    }
  }

  private int branch(int n, byte k, double x) {
    switch (k) {
      case LESS_THAN:
        return x < threshold[n] ? 0 : 1;
      case LESS_OR_EQUAL:
        return x <= threshold[n] ? 0 : 1;
      case BINARY:
        return (int) x == (int) threshold[n] ? 0 : 1;
      default:
        int index = (int) x;
        if (index < 0 || index >= edgeCount[n]) {
          throw new IllegalArgumentException(
              "value " + x + " of column " + column[n] + " has no branch among " + edgeCount[n]);
        }
        return index;
    }
  }

  /** Adds a node's weighted output, walking every branch of a missing value (as DecisionTree). */
  private void add(int n, double[] row, double weight, double[] out) {
    byte k = kind[n];
    if (k == LEAF) {
      int offset = firstEdge[n];
      for (int o = 0; o < outputs; o++) {
        out[o] += weight * leafValues[offset + o];
      }
      return;
    }
    double x = row[column[n]];
    if (Double.isNaN(x)) {
      for (int b = 0; b < edgeCount[n]; b++) {
        int e = firstEdge[n] + b;
        add(edgeChild[e], row, weight * edgeMissing[e], out);
      }
    } else {
      add(edgeChild[firstEdge[n] + branch(n, k, x)], row, weight, out);
    }
  }

  private void finish(double[] sum, int counted) {
    if (aggregation == Aggregation.MEAN) {
      for (int o = 0; o < outputs; o++) {
        sum[o] = counted == 0 ? Double.NaN : sum[o] / counted;
      }
      return;
    }
    double total = 0;
    for (double v : sum) {
      total += v;
    }
    if (Math.abs(total) < WEKA_SMALL) {
      return;
    }
    for (int o = 0; o < outputs; o++) {
      sum[o] /= total;
    }
  }

  private static boolean isMissing(double[] p) {
    for (double v : p) {
      if (Double.isNaN(v)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean isThreadSafe() {
    return true;
  }

  @Override
  public Model copyForThread() {
    return this;
  }
}
