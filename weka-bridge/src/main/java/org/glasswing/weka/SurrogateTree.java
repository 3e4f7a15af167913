package org.glasswing.weka;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.global.Fidelity;
import org.glasswing.core.global.SurrogateSummary;
import org.glasswing.core.model.Model;
import org.glasswing.core.tree.DecisionTree;
import org.glasswing.core.tree.ReadableTree;
import org.glasswing.weka.tree.WekaTreeReader;
import weka.classifiers.Classifier;
import weka.classifiers.trees.J48;
import weka.classifiers.trees.REPTree;
import weka.core.Instances;
import weka.core.Utils;

/**
 * A global surrogate: a Weka decision tree trained to imitate a model, the model's predictions
 * taking the place of the class. J48 imitates a classifier (its most probable class) when the depth
 * is free; REPTree imitates a regression model, and any model when a depth limit is asked for,
 * because J48 has no depth limit. Fidelity is measured on held-out rows by the core's {@link
 * Fidelity}.
 */
public final class SurrogateTree {

  /** The deepest limit in the fidelity-vs-depth table when no limit is given. */
  public static final int TABLE_DEPTH = 8;

  private SurrogateTree() {}

  /**
   * Fits the surrogate and measures its fidelity, with a fidelity-vs-depth table for limits 1 to
   * {@code maxDepth} (or to {@value #TABLE_DEPTH} when the depth is free).
   *
   * @param model the model to imitate; reads rows of {@code fit}'s attributes
   * @param fit the rows the tree learns from (their class values are ignored)
   * @param heldOut rows the fidelity is measured on, with the same attributes
   * @param maxDepth the depth limit, or 0 for none
   * @param seed the seed of REPTree's pruning split
   * @return the summary
   * @throws IllegalArgumentException if a row set is empty or the depth is negative
   */
  public static SurrogateSummary fit(
      Model model, Instances fit, Instances heldOut, int maxDepth, long seed) {
    if (maxDepth < 0) {
      throw new IllegalArgumentException(
          "--max-depth must be 0 (no limit) or more, got " + maxDepth);
    }
    if (fit.numInstances() == 0 || heldOut.numInstances() == 0) {
      throw new IllegalArgumentException(
          "the surrogate needs rows to fit on and held-out rows, but one set is empty");
    }
    Instances relabelled = relabel(model, fit);
    double[][] modelOnHeldOut = model.predict(rows(heldOut));
    Fitted main = fitOne(relabelled, heldOut, modelOnHeldOut, maxDepth, seed);
    List<SurrogateSummary.DepthRow> table = new ArrayList<>();
    int deepest = maxDepth > 0 ? maxDepth : TABLE_DEPTH;
    for (int depth = 1; depth <= deepest; depth++) {
      Fitted limited =
          depth == maxDepth ? main : fitOne(relabelled, heldOut, modelOnHeldOut, depth, seed);
      table.add(
          new SurrogateSummary.DepthRow(depth, limited.depth, limited.leaves, limited.fidelity));
    }
    return new SurrogateSummary(
        main.learner,
        main.text,
        main.depth,
        main.leaves,
        model.isClassifier() ? "agreement" : "R2",
        main.fidelity,
        fit.numInstances(),
        heldOut.numInstances(),
        table,
        main.structure);
  }

  private record Fitted(
      String learner,
      String text,
      int depth,
      int leaves,
      double fidelity,
      ReadableTree structure) {}

  private static Fitted fitOne(
      Instances relabelled, Instances heldOut, double[][] modelOnHeldOut, int maxDepth, long seed) {
    Classifier tree = learner(relabelled.classAttribute().isNominal(), maxDepth, seed);
    try {
      tree.buildClassifier(new Instances(relabelled));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new org.glasswing.core.engine.CancelledException();
    } catch (Exception e) {
      throw new UserInputException("cannot fit the surrogate tree: " + e.getMessage(), e);
    }
    WekaModel surrogate = new WekaModel(tree, new Instances(relabelled, 0));
    double[][] imitation = surrogate.predict(rows(heldOut));
    double fidelity;
    if (surrogate.isClassifier()) {
      fidelity = Fidelity.agreement(modelOnHeldOut, imitation);
    } else {
      fidelity = Fidelity.rSquared(column(modelOnHeldOut), column(imitation));
    }
    DecisionTree read = WekaTreeReader.read(tree, surrogate.schema()).trees().get(0);
    int leaves = 0;
    for (int node = 0; node < read.nodeCount(); node++) {
      if (read.isLeaf(node)) {
        leaves++;
      }
    }
    String learner =
        tree.getClass().getName()
            + " "
            + Utils.joinOptions(((weka.core.OptionHandler) tree).getOptions());
    double[] labels = null;
    if (surrogate.isClassifier()) {
      labels = new double[relabelled.numInstances()];
      for (int r = 0; r < labels.length; r++) {
        labels[r] = relabelled.instance(r).classValue();
      }
    }
    ReadableTree structure =
        ReadableTree.of(
            read, surrogate.schema(), surrogate.outputNames(), rows(relabelled), labels);
    return new Fitted(
        learner.strip(), tree.toString().strip(), read.maxDepth(), leaves, fidelity, structure);
  }

  private static Classifier learner(boolean nominal, int maxDepth, long seed) {
    if (nominal && maxDepth == 0) {
      return new J48();
    }
    REPTree tree = new REPTree();
    tree.setMaxDepth(maxDepth == 0 ? -1 : maxDepth);
    tree.setSeed((int) seed);
    return tree;
  }

  /** The rows with the model's prediction as their class: its most probable class, or its value. */
  static Instances relabel(Model model, Instances data) {
    Instances copy = new Instances(data);
    double[][] outputs = model.predict(rows(copy));
    for (int r = 0; r < copy.numInstances(); r++) {
      double label = model.isClassifier() ? argMax(outputs[r]) : outputs[r][0];
      copy.instance(r).setClassValue(label);
    }
    return copy;
  }

  private static double[][] rows(Instances data) {
    double[][] rows = new double[data.numInstances()][];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = data.instance(r).toDoubleArray();
    }
    return rows;
  }

  private static double[] column(double[][] outputs) {
    double[] values = new double[outputs.length];
    for (int r = 0; r < outputs.length; r++) {
      values[r] = outputs[r][0];
    }
    return values;
  }

  private static int argMax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
