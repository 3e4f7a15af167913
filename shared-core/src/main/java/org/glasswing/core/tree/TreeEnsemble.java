package org.glasswing.core.tree;

import java.util.List;
import java.util.Objects;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.model.Model;

/**
 * One or more {@link DecisionTree decision trees} whose outputs are combined into a model's output,
 * as the host library combines them. Immutable and thread-safe.
 *
 * <p>For the explainers, the ensemble is the plain mean of its trees, {@code f(x) = (1/T) Σ_t
 * f_t(x)}. {@link Aggregation#MEAN} is exactly that; {@link Aggregation#NORMALIZED_SUM} is equal to
 * it whenever every tree's output sums to one, as the class distributions of Weka's trees do.
 *
 * <p>Predictions are answered by the ensemble's {@link CompiledForest}, built with it.
 */
public final class TreeEnsemble implements Model {

  /** How the trees' outputs are combined. */
  public enum Aggregation {
    /**
     * The mean of the trees' outputs, skipping trees whose output is missing ({@code NaN}); a
     * single tree's output unchanged. Weka's Bagging and RandomForest for a numeric class: the mean
     * of the members' non-missing predictions.
     */
    MEAN,
    /**
     * The sum of the trees' outputs divided by its own total, unless that total is zero (within
     * Weka's 1e-6), in which case the sum is returned as is. Weka's Bagging and RandomForest for a
     * nominal class: the normalised sum of the members' class distributions.
     */
    NORMALIZED_SUM
  }

  private final Schema schema;
  private final List<String> outputNames;
  private final List<DecisionTree> trees;
  private final Aggregation aggregation;
  private final CompiledForest compiled;

  /**
   * Creates an ensemble and checks each tree against the schema.
   *
   * @param schema the columns the trees read, the target set
   * @param trees at least one tree; splits must test input columns of the matching kind and leaves
   *     must hold one value per class label (classification) or one value (regression)
   * @param aggregation how the trees' outputs are combined
   * @throws IllegalArgumentException if a tree does not fit the schema
   */
  public TreeEnsemble(Schema schema, List<DecisionTree> trees, Aggregation aggregation) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.trees = List.copyOf(trees);
    this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
    if (!schema.hasTarget()) {
      throw new IllegalArgumentException("a tree model's schema needs a target column");
    }
    if (this.trees.isEmpty()) {
      throw new IllegalArgumentException("a tree ensemble needs at least one tree");
    }
    this.outputNames =
        schema.isClassification() ? schema.target().labels() : List.of(schema.target().name());
    for (int t = 0; t < this.trees.size(); t++) {
      check(this.trees.get(t), t);
    }
    this.compiled = new CompiledForest(schema, outputNames, this.trees, aggregation);
  }

  private void check(DecisionTree tree, int t) {
    String where = "tree " + (t + 1) + ": ";
    if (tree.outputs() != outputNames.size()) {
      throw new IllegalArgumentException(
          where
              + "leaves hold "
              + tree.outputs()
              + " values but the model has "
              + outputNames.size()
              + " outputs");
    }
    for (int node = 0; node < tree.nodeCount(); node++) {
      Split split = tree.split(node);
      if (split == null) {
        continue;
      }
      int c = split.column();
      if (c >= schema.size() || c == schema.targetIndex()) {
        throw new IllegalArgumentException(where + "split on column " + c + ", not an input");
      }
      Feature feature = schema.feature(c);
      if (split.isNominal() != feature.isNominal()) {
        throw new IllegalArgumentException(
            where
                + (split.isNominal() ? "nominal" : "numeric")
                + " split on column '"
                + feature.name()
                + "' of the other kind");
      }
      if (split.kind() == Split.Kind.NOMINAL_MULTIWAY
          && split.branches() != feature.labels().size()) {
        throw new IllegalArgumentException(
            where
                + "split on '"
                + feature.name()
                + "' has "
                + split.branches()
                + " branches for "
                + feature.labels().size()
                + " labels");
      }
      if (split.kind() == Split.Kind.NOMINAL_BINARY && split.label() >= feature.labels().size()) {
        throw new IllegalArgumentException(
            where + "split on '" + feature.name() + "' names label " + split.label());
      }
    }
  }

  /**
   * The trees.
   *
   * @return an unmodifiable list
   */
  public List<DecisionTree> trees() {
    return trees;
  }

  /**
   * How the trees' outputs are combined.
   *
   * @return the aggregation
   */
  public Aggregation aggregation() {
    return aggregation;
  }

  @Override
  public Schema schema() {
    return schema;
  }

  @Override
  public List<String> outputNames() {
    return outputNames;
  }

  @Override
  public double[][] predict(double[][] rows) {
    return compiled.predict(rows);
  }

  /**
   * The model's output for one row.
   *
   * @param row a row following the schema
   * @return one value per output
   */
  public double[] predict(double[] row) {
    return compiled.predict(row);
  }

  /** The compiled form that answers every prediction. */
  CompiledForest compiled() {
    return compiled;
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
