package org.glasswing.weka.tree;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.tree.DecisionTree;
import org.glasswing.core.tree.DecisionTree.Node;
import org.glasswing.core.tree.Split;
import org.glasswing.core.tree.TreeEnsemble;
import org.glasswing.core.tree.TreeEnsemble.Aggregation;
import weka.classifiers.Classifier;
import weka.classifiers.trees.J48;
import weka.classifiers.trees.RandomTree;
import weka.classifiers.trees.j48.BinC45Split;
import weka.classifiers.trees.j48.C45Split;
import weka.classifiers.trees.j48.ClassifierSplitModel;
import weka.classifiers.trees.j48.ClassifierTree;
import weka.classifiers.trees.j48.Distribution;
import weka.classifiers.trees.j48.NoSplit;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Reads a trained Weka tree model into a {@link TreeEnsemble} whose predictions equal Weka's own
 * {@code distributionForInstance} (and {@code classifyInstance} for a numeric class), missing
 * values included. Supported: {@code J48}, {@code REPTree}, {@code RandomTree} and {@code
 * RandomForest} (exactly these classes; a subclass might predict differently).
 *
 * <p>How each model is mapped:
 *
 * <ul>
 *   <li><b>RandomTree</b>: numeric splits send {@code x < m_SplitPoint} to branch 0, nominal splits
 *       have one branch per label. Leaves hold {@code m_ClassDistribution}, normalised for a
 *       nominal class. Cover and missing-value weights are {@code m_Prop}. An empty leaf ({@code
 *       m_ClassDistribution == null}) makes Weka fall back to the parent's distribution, and a
 *       missing value skips it: it becomes a leaf with the parent's normalised distribution and
 *       missing-value weight 0. With {@code allowUnclassifiedInstances} it predicts zeros (a
 *       numeric class: missing) instead. With no usable attribute Weka predicts with {@code
 *       m_zeroR}: a single leaf.
 *   <li><b>REPTree</b>: the same structure and rules, leaves holding {@code m_ClassProbs}. {@code
 *       m_Prop} comes from the growing set, not all the training data.
 *   <li><b>J48</b>: numeric splits send {@code x <= splitPoint()} to branch 0; nominal splits are
 *       multiway, or with {@code -B} send the one label {@code (int) splitPoint()} to branch 0.
 *       Leaf values are the leaf model's {@code classProb} ({@code classProbLaplace} with {@code
 *       -A}). Cover is the split's {@code perBag}, missing-value weights {@code perBag / total},
 *       and 0 for an empty child, which J48 skips; an empty child reached directly predicts the
 *       parent's {@code classProb(…, subset)}. Pruned and unpruned trees read alike.
 *   <li><b>RandomForest</b>: its {@code RandomTree} members, combined as Weka's Bagging does: the
 *       normalised sum of the members' distributions for a nominal class, the mean of their
 *       non-missing predictions for a numeric class.
 * </ul>
 *
 * <p>Fields are looked up on the object's runtime class and its superclasses and made accessible by
 * reflection (no split-package access), so reading works when the classes come from Weka's package
 * class loader.
 */
public final class WekaTreeReader {

  private static final String RANDOM_TREE = "weka.classifiers.trees.RandomTree";
  private static final String REP_TREE = "weka.classifiers.trees.REPTree";
  private static final String J48_NAME = "weka.classifiers.trees.J48";
  private static final String RANDOM_FOREST = "weka.classifiers.trees.RandomForest";
  private static final List<String> SUPPORTED =
      List.of(J48_NAME, REP_TREE, RANDOM_TREE, RANDOM_FOREST);

  private WekaTreeReader() {}

  /**
   * Whether a classifier's class can be read.
   *
   * @param classifier a Weka classifier
   * @return true for exactly J48, REPTree, RandomTree and RandomForest
   */
  public static boolean isSupported(Classifier classifier) {
    return classifier != null && SUPPORTED.contains(classifier.getClass().getName());
  }

  /**
   * Reads a trained tree model.
   *
   * @param classifier a trained J48, REPTree, RandomTree or RandomForest
   * @param schema the schema of the data the model was trained on: the same columns in the same
   *     order, the class column as target
   * @return the ensemble, whose {@link TreeEnsemble#predict(double[])} reproduces Weka's output
   * @throws IllegalArgumentException if the classifier is of another class, untrained, or does not
   *     match the schema
   */
  public static TreeEnsemble read(Classifier classifier, Schema schema) {
    if (!isSupported(classifier)) {
      throw new IllegalArgumentException(
          "tree-shap reads Weka's J48, REPTree, RandomTree and RandomForest only, not "
              + (classifier == null ? "null" : classifier.getClass().getName())
              + "; explain other classifiers with the model-agnostic methods exact-shapley,"
              + " sampling-shapley or kernel-shap");
    }
    if (!schema.hasTarget()) {
      throw new IllegalArgumentException("the schema has no target (class) column");
    }
    String name = classifier.getClass().getName();
    if (name.equals(RANDOM_FOREST)) {
      Object[] members = (Object[]) WekaFields.read(classifier, "m_Classifiers");
      if (members == null || members.length == 0) {
        throw untrained(classifier);
      }
      List<DecisionTree> trees = new ArrayList<>();
      for (Object member : members) {
        if (member == null || !member.getClass().getName().equals(RANDOM_TREE)) {
          throw new IllegalArgumentException(
              "a RandomForest member is "
                  + (member == null ? "missing" : member.getClass().getName())
                  + ", not a RandomTree; use exact-shapley, sampling-shapley or kernel-shap");
        }
        trees.add(new TreeReading(schema, member).randomTree());
      }
      return new TreeEnsemble(
          schema, trees, schema.isClassification() ? Aggregation.NORMALIZED_SUM : Aggregation.MEAN);
    }
    TreeReading reading = new TreeReading(schema, classifier);
    DecisionTree tree =
        switch (name) {
          case RANDOM_TREE -> reading.randomTree();
          case REP_TREE -> reading.repTree();
          default -> reading.j48();
        };
    return new TreeEnsemble(schema, List.of(tree), Aggregation.MEAN);
  }

  /** The reading of one tree model. */
  private static final class TreeReading {
    private final Schema schema;
    private final Object model;
    private final boolean nominalClass;
    private final int classes;

    TreeReading(Schema schema, Object model) {
      this.schema = schema;
      this.model = model;
      this.nominalClass = schema.isClassification();
      this.classes = nominalClass ? schema.target().labels().size() : 1;
    }

    DecisionTree randomTree() {
      Instances header = (Instances) WekaFields.read(model, "m_Info");
      checkHeader(header);
      Object zeroR = WekaFields.read(model, "m_zeroR");
      if (zeroR != null) {
        // Weka predicts with ZeroR when no attribute is usable; m_Info may then be unset.
        return constant(zeroR, header);
      }
      Object root = WekaFields.read(model, "m_Tree");
      if (root == null || header == null) {
        throw untrained(model);
      }
      boolean allowUnclassified = ((RandomTree) model).getAllowUnclassifiedInstances();
      return new DecisionTree(
          node(root, "m_ClassDistribution", nominalClass, allowUnclassified, null));
    }

    DecisionTree repTree() {
      Object zeroR = WekaFields.read(model, "m_zeroR");
      Object root = WekaFields.read(model, "m_Tree");
      if (zeroR != null) {
        return constant(zeroR, null);
      }
      if (root == null) {
        throw untrained(model);
      }
      checkHeader((Instances) WekaFields.read(root, "m_Info"));
      return new DecisionTree(node(root, "m_ClassProbs", false, false, null));
    }

    private DecisionTree constant(Object zeroR, Instances header) {
      Instance blank = new DenseInstance(schema.size());
      if (header != null) {
        blank.setDataset(header);
      }
      try {
        return new DecisionTree(Node.leaf(((Classifier) zeroR).distributionForInstance(blank)));
      } catch (Exception e) {
        throw new IllegalArgumentException("cannot read the model's ZeroR prediction", e);
      }
    }

    /**
     * Converts a RandomTree or REPTree node.
     *
     * @param node the Weka node
     * @param valueField the field with the node's class distribution or prediction
     * @param normalize whether Weka normalises that field when predicting
     * @param allowUnclassified whether an empty leaf predicts zeros rather than deferring
     * @param fallback the parent's prediction, used for an empty leaf, or null
     */
    private Node node(
        Object node,
        String valueField,
        boolean normalize,
        boolean allowUnclassified,
        double[] fallback) {
      int attribute = (Integer) WekaFields.read(node, "m_Attribute");
      double[] raw = (double[]) WekaFields.read(node, valueField);
      if (attribute == -1) {
        if (raw != null) {
          return Node.leaf(normalize ? normalized(raw) : raw.clone());
        }
        if (allowUnclassified) {
          double[] value = new double[classes];
          if (!nominalClass) {
            value[0] = Double.NaN;
          }
          return Node.leaf(value);
        }
        if (fallback == null) {
          throw unsupported("an empty leaf whose parent keeps no distribution");
        }
        return Node.leaf(fallback);
      }
      Object[] successors = (Object[]) WekaFields.read(node, "m_Successors");
      double[] prop = ((double[]) WekaFields.read(node, "m_Prop")).clone();
      double[] own = raw == null ? null : normalize ? normalized(raw) : raw.clone();
      Split split =
          schema.feature(checkedColumn(attribute)).isNominal()
              ? Split.nominal(attribute, successors.length)
              : Split.lessThan(attribute, (Double) WekaFields.read(node, "m_SplitPoint"));
      double[] missing = prop.clone();
      List<Node> children = new ArrayList<>();
      for (int i = 0; i < successors.length; i++) {
        Object child = successors[i];
        boolean deferring =
            !allowUnclassified
                && (Integer) WekaFields.read(child, "m_Attribute") == -1
                && WekaFields.read(child, valueField) == null;
        if (deferring) {
          // Weka returns null from this child: the parent's own prediction when the child is
          // chosen, nothing when the value is missing.
          missing[i] = 0;
        }
        children.add(node(child, valueField, normalize, allowUnclassified, own));
      }
      return Node.split(split, children, prop, missing);
    }

    /**
     * Divides by the sum as Weka's {@code Utils.normalize} does, refusing a zero sum as it does.
     */
    private static double[] normalized(double[] raw) {
      double sum = 0;
      for (double v : raw) {
        sum += v;
      }
      if (Double.isNaN(sum) || sum == 0) {
        throw unsupported("a class distribution that sums to " + sum);
      }
      double[] value = raw.clone();
      for (int i = 0; i < value.length; i++) {
        value[i] /= sum;
      }
      return value;
    }

    DecisionTree j48() {
      J48 j48 = (J48) model;
      ClassifierTree root = (ClassifierTree) WekaFields.read(model, "m_root");
      if (root == null) {
        throw untrained(model);
      }
      if (!nominalClass) {
        throw new IllegalArgumentException("J48 needs a nominal class, the schema's is numeric");
      }
      checkHeader(root.getTrainingData());
      return new DecisionTree(j48Node(root, j48.getUseLaplace(), new DenseInstance(schema.size())));
    }

    private Node j48Node(ClassifierTree node, boolean laplace, Instance blank) {
      ClassifierSplitModel local = node.getLocalModel();
      if (node.isLeaf()) {
        if (!(local instanceof NoSplit)) {
          throw unsupported("a J48 leaf with a " + local.getClass().getName());
        }
        return Node.leaf(classProbs(local, laplace, blank, -1));
      }
      int column;
      double point;
      if (local instanceof C45Split c45) {
        column = c45.attIndex();
        point = c45.splitPoint();
      } else if (local instanceof BinC45Split binary) {
        column = binary.attIndex();
        point = binary.splitPoint();
      } else {
        throw unsupported("a J48 split of class " + local.getClass().getName());
      }
      Split split;
      if (!schema.feature(checkedColumn(column)).isNominal()) {
        split = Split.lessOrEqual(column, point);
      } else if (local instanceof BinC45Split) {
        split = Split.nominalBinary(column, (int) point);
      } else {
        split = Split.nominal(column, local.numSubsets());
      }
      Distribution distribution = local.distribution();
      ClassifierTree[] sons = node.getSons();
      double[] cover = new double[sons.length];
      double[] missing = new double[sons.length];
      List<Node> children = new ArrayList<>();
      for (int i = 0; i < sons.length; i++) {
        cover[i] = distribution.perBag(i);
        boolean empty = (Boolean) WekaFields.read(sons[i], "m_isEmpty");
        if (empty) {
          // J48 skips an empty son for a missing value and predicts the parent's subset
          // probabilities when the son is chosen.
          missing[i] = 0;
          children.add(Node.leaf(classProbs(local, laplace, blank, i)));
        } else {
          missing[i] = distribution.perBag(i) / distribution.total();
          children.add(j48Node(sons[i], laplace, blank));
        }
      }
      return Node.split(split, children, cover, missing);
    }

    private double[] classProbs(
        ClassifierSplitModel local, boolean laplace, Instance blank, int subset) {
      double[] probs = new double[classes];
      try {
        for (int c = 0; c < classes; c++) {
          probs[c] =
              laplace
                  ? local.classProbLaplace(c, blank, subset)
                  : local.classProb(c, blank, subset);
        }
      } catch (Exception e) {
        throw new IllegalArgumentException("cannot read J48's class probabilities", e);
      }
      return probs;
    }

    private int checkedColumn(int column) {
      if (column < 0 || column >= schema.size() || column == schema.targetIndex()) {
        throw new IllegalArgumentException(
            "the model splits on attribute " + (column + 1) + ", which is not an input column");
      }
      return column;
    }

    /** Checks that Weka's header has the schema's columns: count, class, kinds and labels. */
    private void checkHeader(Instances header) {
      if (header == null) {
        return;
      }
      if (header.numAttributes() != schema.size() || header.classIndex() != schema.targetIndex()) {
        throw new IllegalArgumentException(
            "the model was trained on "
                + header.numAttributes()
                + " attributes with class index "
                + header.classIndex()
                + " but the schema has "
                + schema.size()
                + " columns with target "
                + schema.targetIndex());
      }
      for (int i = 0; i < schema.size(); i++) {
        Attribute attribute = header.attribute(i);
        Feature feature = schema.feature(i);
        boolean same =
            attribute.isNominal()
                ? feature.isNominal() && attribute.numValues() == feature.labels().size()
                : attribute.isNumeric() && !feature.isNominal();
        if (!same) {
          throw new IllegalArgumentException(
              "attribute "
                  + (i + 1)
                  + " ('"
                  + attribute.name()
                  + "') of the model does not match column '"
                  + feature.name()
                  + "' of the schema");
        }
      }
    }
  }

  private static IllegalArgumentException untrained(Object model) {
    return new IllegalArgumentException(
        "the " + model.getClass().getSimpleName() + " has not been trained");
  }

  private static IllegalArgumentException unsupported(String what) {
    return new IllegalArgumentException(
        "cannot read this tree exactly ("
            + what
            + "); use exact-shapley, sampling-shapley or kernel-shap instead");
  }
}
