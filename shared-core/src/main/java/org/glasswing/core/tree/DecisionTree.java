package org.glasswing.core.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One decision tree in a neutral form, immutable. An internal node tests one input column with a
 * {@link Split}; a leaf holds one value per model output (a class distribution, or a single numeric
 * prediction).
 *
 * <p>Every branch of an internal node carries two numbers:
 *
 * <ul>
 *   <li>its <em>cover</em>: the training weight that reached the branch (any non-negative scale,
 *       only proportions matter). Path-dependent TreeSHAP uses it to stand in for unknown values.
 *   <li>its <em>missing-value weight</em>: when the tested value is missing, the tree's output is
 *       the sum over branches of weight × branch output. This reproduces the host's own handling
 *       (Weka's RandomTree and REPTree: the branch proportions; J48: the bag proportions, with 0
 *       for an empty child, which J48 skips).
 * </ul>
 *
 * <p>The tree is a function of the row: {@code f(x) = Σ_leaves value × Π_{nodes on the path}
 * factor}, where a node's factor is 1 or 0 (the value goes down the branch or not) or the branch's
 * missing-value weight. Nodes are numbered in pre-order, the root being 0.
 */
public final class DecisionTree {

  /** A node under construction, turned into a tree by {@link DecisionTree#DecisionTree(Node)}. */
  public static final class Node {
    private final double[] value;
    private final Split split;
    private final List<Node> children;
    private final double[] cover;
    private final double[] missingWeights;

    private Node(
        double[] value, Split split, List<Node> children, double[] cover, double[] missing) {
      this.value = value;
      this.split = split;
      this.children = children;
      this.cover = cover;
      this.missingWeights = missing;
    }

    /**
     * A leaf.
     *
     * @param value one value per model output
     * @return the node
     */
    public static Node leaf(double... value) {
      if (value.length == 0) {
        throw new IllegalArgumentException("a leaf needs at least one output value");
      }
      return new Node(value.clone(), null, List.of(), null, null);
    }

    /**
     * An internal node whose missing-value weights are the cover proportions.
     *
     * @param split the test
     * @param children one node per branch of the split
     * @param cover the training weight of each branch, non-negative with a positive sum
     * @return the node
     */
    public static Node split(Split split, List<Node> children, double[] cover) {
      double total = 0;
      for (double c : cover) {
        total += c;
      }
      double[] missing = new double[cover.length];
      for (int i = 0; i < cover.length; i++) {
        missing[i] = total > 0 ? cover[i] / total : 0;
      }
      return split(split, children, cover, missing);
    }

    /**
     * An internal node.
     *
     * @param split the test
     * @param children one node per branch of the split
     * @param cover the training weight of each branch, non-negative with a positive sum
     * @param missingWeights the weight of each branch when the tested value is missing
     * @return the node
     */
    public static Node split(
        Split split, List<Node> children, double[] cover, double[] missingWeights) {
      Objects.requireNonNull(split, "split");
      int n = split.branches();
      if (children.size() != n || cover.length != n || missingWeights.length != n) {
        throw new IllegalArgumentException(
            "split "
                + split
                + " has "
                + n
                + " branches but "
                + children.size()
                + " children, "
                + cover.length
                + " cover values and "
                + missingWeights.length
                + " missing-value weights");
      }
      double total = 0;
      for (int i = 0; i < n; i++) {
        if (!(cover[i] >= 0) || Double.isInfinite(cover[i])) {
          throw new IllegalArgumentException("cover must be finite and non-negative: " + cover[i]);
        }
        if (!(missingWeights[i] >= 0) || Double.isInfinite(missingWeights[i])) {
          throw new IllegalArgumentException(
              "missing-value weights must be finite and non-negative: " + missingWeights[i]);
        }
        total += cover[i];
      }
      if (!(total > 0)) {
        throw new IllegalArgumentException("the cover of split " + split + " sums to zero");
      }
      return new Node(null, split, List.copyOf(children), cover.clone(), missingWeights.clone());
    }
  }

  private final int outputs;
  private final int maxDepth;
  private final Split[] splits;
  private final int[] column;
  private final int[] firstEdge;
  private final int[] edgeCount;
  private final int[] edgeChild;
  private final double[] edgeCover;
  private final double[] edgeCoverFraction;
  private final double[] edgeMissing;
  private final double[][] values;

  /**
   * Builds a tree from its root.
   *
   * @param root the root node
   * @throws IllegalArgumentException if leaves differ in their number of outputs
   */
  public DecisionTree(Node root) {
    List<Node> nodes = new ArrayList<>();
    List<Integer> depths = new ArrayList<>();
    collect(root, 0, nodes, depths);
    int count = nodes.size();
    splits = new Split[count];
    column = new int[count];
    firstEdge = new int[count];
    edgeCount = new int[count];
    values = new double[count][];
    int edges = 0;
    int depth = 0;
    int width = -1;
    for (int i = 0; i < count; i++) {
      Node node = nodes.get(i);
      depth = Math.max(depth, depths.get(i));
      firstEdge[i] = edges;
      if (node.split == null) {
        column[i] = -1;
        values[i] = node.value;
        if (width == -1) {
          width = node.value.length;
        } else if (width != node.value.length) {
          throw new IllegalArgumentException(
              "leaves hold " + width + " and " + node.value.length + " output values");
        }
      } else {
        splits[i] = node.split;
        column[i] = node.split.column();
        edgeCount[i] = node.children.size();
        edges += edgeCount[i];
      }
    }
    outputs = width;
    maxDepth = depth;
    edgeChild = new int[edges];
    edgeCover = new double[edges];
    edgeCoverFraction = new double[edges];
    edgeMissing = new double[edges];
    // Children follow their parent in pre-order: child k starts right after the subtree of k-1.
    int[] size = new int[count];
    for (int i = count - 1; i >= 0; i--) {
      size[i] = 1;
      Node node = nodes.get(i);
      int next = i + 1;
      for (int k = 0; k < node.children.size(); k++) {
        size[i] += size[next];
        next += size[next];
      }
    }
    for (int i = 0; i < count; i++) {
      Node node = nodes.get(i);
      if (node.split == null) {
        continue;
      }
      double total = 0;
      for (double c : node.cover) {
        total += c;
      }
      int next = i + 1;
      for (int k = 0; k < node.children.size(); k++) {
        int e = firstEdge[i] + k;
        edgeChild[e] = next;
        edgeCover[e] = node.cover[k];
        edgeCoverFraction[e] = node.cover[k] / total;
        edgeMissing[e] = node.missingWeights[k];
        next += size[next];
      }
    }
  }

  private static void collect(Node node, int depth, List<Node> nodes, List<Integer> depths) {
    nodes.add(node);
    depths.add(depth);
    for (Node child : node.children) {
      collect(child, depth + 1, nodes, depths);
    }
  }

  /**
   * The number of nodes.
   *
   * @return the node count, internal nodes and leaves
   */
  public int nodeCount() {
    return column.length;
  }

  /**
   * The number of values at each leaf.
   *
   * @return the output count
   */
  public int outputs() {
    return outputs;
  }

  /**
   * The length of the longest root-to-leaf path, in edges.
   *
   * @return 0 for a single leaf
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Whether a node is a leaf.
   *
   * @param node the node index
   * @return true for a leaf
   */
  public boolean isLeaf(int node) {
    return column[node] < 0;
  }

  /**
   * The test at an internal node.
   *
   * @param node the node index
   * @return the split, or {@code null} for a leaf
   */
  public Split split(int node) {
    return splits[node];
  }

  /**
   * The schema column tested at a node.
   *
   * @param node the node index
   * @return the column, or -1 for a leaf
   */
  public int column(int node) {
    return column[node];
  }

  /**
   * The number of branches of a node.
   *
   * @param node the node index
   * @return 0 for a leaf
   */
  public int branches(int node) {
    return edgeCount[node];
  }

  /**
   * The node a branch leads to.
   *
   * @param node the node index
   * @param branch the branch index
   * @return the child's node index
   */
  public int child(int node, int branch) {
    return edgeChild[firstEdge[node] + branch];
  }

  /**
   * The training weight of a branch.
   *
   * @param node the node index
   * @param branch the branch index
   * @return the cover
   */
  public double cover(int node, int branch) {
    return edgeCover[firstEdge[node] + branch];
  }

  /**
   * The share of the node's cover that went down a branch.
   *
   * @param node the node index
   * @param branch the branch index
   * @return the branch's cover over the node's total cover
   */
  public double coverFraction(int node, int branch) {
    return edgeCoverFraction[firstEdge[node] + branch];
  }

  /**
   * The weight of a branch when the tested value is missing.
   *
   * @param node the node index
   * @param branch the branch index
   * @return the weight
   */
  public double missingWeight(int node, int branch) {
    return edgeMissing[firstEdge[node] + branch];
  }

  /**
   * The factor a branch contributes for a value: 1 if the value goes down the branch, 0 if it goes
   * elsewhere, the missing-value weight if it is missing.
   *
   * @param node the node index of an internal node
   * @param branch the branch index
   * @param value the tested column's value
   * @return the factor
   */
  public double factor(int node, int branch, double value) {
    if (Double.isNaN(value)) {
      return edgeMissing[firstEdge[node] + branch];
    }
    return splits[node].branch(value) == branch ? 1.0 : 0.0;
  }

  /**
   * One value of a leaf.
   *
   * @param node the node index of a leaf
   * @param output the output index
   * @return the value
   */
  public double value(int node, int output) {
    return values[node][output];
  }

  /**
   * All values of a leaf.
   *
   * @param node the node index of a leaf
   * @return a fresh array, one value per output
   */
  public double[] values(int node) {
    return values[node].clone();
  }

  /**
   * The tree's output for a row.
   *
   * @param row a row following the schema the tree was built for
   * @return one value per output
   */
  public double[] predict(double[] row) {
    double[] out = new double[outputs];
    add(0, row, 1.0, out);
    return out;
  }

  private void add(int node, double[] row, double weight, double[] out) {
    if (column[node] < 0) {
      double[] value = values[node];
      for (int o = 0; o < out.length; o++) {
        out[o] += weight * value[o];
      }
      return;
    }
    double x = row[column[node]];
    if (Double.isNaN(x)) {
      for (int k = 0; k < edgeCount[node]; k++) {
        int e = firstEdge[node] + k;
        add(edgeChild[e], row, weight * edgeMissing[e], out);
      }
    } else {
      add(edgeChild[firstEdge[node] + splits[node].branch(x)], row, weight, out);
    }
  }
}
