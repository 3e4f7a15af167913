package org.glasswing.core.global;

import java.util.List;
import java.util.Objects;
import org.glasswing.core.tree.ReadableTree;

/**
 * A global surrogate tree fitted to a model's predictions, and how faithful it is. Immutable.
 *
 * @param learner the tree learner and its options, such as {@code weka.classifiers.trees.J48 -C
 *     0.25 -M 2}
 * @param treeText the tree as text
 * @param depth the length of the tree's longest root-to-leaf path, in edges
 * @param leaves the number of leaves
 * @param measure the fidelity measure: {@code agreement} or {@code R2}
 * @param fidelity the fidelity on the held-out rows
 * @param fitRows the number of rows the tree was fitted on
 * @param heldOutRows the number of held-out rows the fidelity was measured on
 * @param byDepth fidelity of trees limited to increasing depths, shallowest first
 * @param structure the tree itself with the fitting rows counted at each node, to draw it; {@code
 *     null} when only the text is known
 */
public record SurrogateSummary(
    String learner,
    String treeText,
    int depth,
    int leaves,
    String measure,
    double fidelity,
    int fitRows,
    int heldOutRows,
    List<DepthRow> byDepth,
    ReadableTree structure) {

  /**
   * One row of the fidelity-vs-depth table.
   *
   * @param maxDepth the depth limit given to the learner
   * @param depth the depth of the fitted tree
   * @param leaves its number of leaves
   * @param fidelity its fidelity on the held-out rows
   */
  public record DepthRow(int maxDepth, int depth, int leaves, double fidelity) {}

  /**
   * Checks and copies.
   *
   * @param learner the learner
   * @param treeText the tree as text
   * @param depth the depth
   * @param leaves the leaves
   * @param measure the fidelity measure
   * @param fidelity the fidelity
   * @param fitRows the fitting rows
   * @param heldOutRows the held-out rows
   * @param byDepth the depth table
   * @param structure the structured tree, or null
   */
  public SurrogateSummary {
    Objects.requireNonNull(learner, "learner");
    Objects.requireNonNull(treeText, "treeText");
    Objects.requireNonNull(measure, "measure");
    byDepth = List.copyOf(byDepth);
  }

  /**
   * A summary known only as text, without the structured tree.
   *
   * @param learner the learner
   * @param treeText the tree as text
   * @param depth the depth
   * @param leaves the leaves
   * @param measure the fidelity measure
   * @param fidelity the fidelity
   * @param fitRows the fitting rows
   * @param heldOutRows the held-out rows
   * @param byDepth the depth table
   */
  public SurrogateSummary(
      String learner,
      String treeText,
      int depth,
      int leaves,
      String measure,
      double fidelity,
      int fitRows,
      int heldOutRows,
      List<DepthRow> byDepth) {
    this(learner, treeText, depth, leaves, measure, fidelity, fitRows, heldOutRows, byDepth, null);
  }
}
