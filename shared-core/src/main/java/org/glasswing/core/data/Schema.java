package org.glasswing.core.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The columns of a {@link Dataset} and which of them, if any, is the target (the class attribute in
 * Weka's words). A nominal target makes a classification task, a numeric one a regression task.
 */
public final class Schema {

  /** The value of {@link #targetIndex()} when the schema has no target. */
  public static final int NO_TARGET = -1;

  private final List<Feature> features;
  private final int targetIndex;
  private final int[] inputIndices;

  /**
   * Creates a schema.
   *
   * @param features the columns in order; names must be unique
   * @param targetIndex the index of the target column, or {@link #NO_TARGET}
   */
  public Schema(List<Feature> features, int targetIndex) {
    this.features = List.copyOf(features);
    if (targetIndex != NO_TARGET && (targetIndex < 0 || targetIndex >= this.features.size())) {
      throw new IllegalArgumentException(
          "target index " + targetIndex + " is outside the " + this.features.size() + " columns");
    }
    Set<String> names = new HashSet<>();
    for (Feature feature : this.features) {
      if (!names.add(feature.name())) {
        throw new IllegalArgumentException("duplicate column name '" + feature.name() + "'");
      }
    }
    this.targetIndex = targetIndex;
    this.inputIndices =
        new int[targetIndex == NO_TARGET ? this.features.size() : this.features.size() - 1];
    int next = 0;
    for (int i = 0; i < this.features.size(); i++) {
      if (i != targetIndex) {
        inputIndices[next++] = i;
      }
    }
  }

  /**
   * All columns, the target included, in order.
   *
   * @return an unmodifiable list
   */
  public List<Feature> features() {
    return features;
  }

  /**
   * The column at an index.
   *
   * @param index the column index
   * @return the column
   */
  public Feature feature(int index) {
    return features.get(index);
  }

  /**
   * The number of columns, the target included.
   *
   * @return the column count
   */
  public int size() {
    return features.size();
  }

  /**
   * The index of the target column.
   *
   * @return the index, or {@link #NO_TARGET}
   */
  public int targetIndex() {
    return targetIndex;
  }

  /**
   * Whether a target column is set.
   *
   * @return true when there is a target
   */
  public boolean hasTarget() {
    return targetIndex != NO_TARGET;
  }

  /**
   * The target column.
   *
   * @return the target
   * @throws IllegalStateException if the schema has no target
   */
  public Feature target() {
    if (!hasTarget()) {
      throw new IllegalStateException("the schema has no target column");
    }
    return features.get(targetIndex);
  }

  /**
   * The indices of the input columns (every column but the target), in order. These are the players
   * of a Shapley game: one per column, a nominal column being one player.
   *
   * @return a fresh copy of the indices
   */
  public int[] inputIndices() {
    return inputIndices.clone();
  }

  /**
   * The input columns (every column but the target), in order.
   *
   * @return an unmodifiable list
   */
  public List<Feature> inputs() {
    List<Feature> inputs = new ArrayList<>(inputIndices.length);
    for (int index : inputIndices) {
      inputs.add(features.get(index));
    }
    return List.copyOf(inputs);
  }

  /**
   * The index of the column with a name.
   *
   * @param name the column name
   * @return the index, or empty when no column has that name
   */
  public Optional<Integer> indexOf(String name) {
    for (int i = 0; i < features.size(); i++) {
      if (features.get(i).name().equals(name)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the target is nominal, so that a model outputs one probability per label.
   *
   * @return true for a nominal target
   */
  public boolean isClassification() {
    return hasTarget() && target().isNominal();
  }

  /**
   * Describes the first difference between this schema and another one, so that data meant for one
   * model can be checked against the model's schema with a message a user can act on.
   *
   * @param other the schema to compare with
   * @return a sentence naming the first mismatching column, or empty when both agree
   */
  public Optional<String> firstMismatch(Schema other) {
    int common = Math.min(size(), other.size());
    for (int i = 0; i < common; i++) {
      Feature mine = features.get(i);
      Feature theirs = other.features.get(i);
      String where = "column " + (i + 1) + " ('" + mine.name() + "')";
      if (!mine.name().equals(theirs.name())) {
        return Optional.of(
            "column "
                + (i + 1)
                + " is '"
                + mine.name()
                + "' here but '"
                + theirs.name()
                + "' there");
      }
      if (mine.kind() != theirs.kind()) {
        return Optional.of(
            where
                + " is "
                + describe(mine.kind())
                + " here but "
                + describe(theirs.kind())
                + " there");
      }
      if (!mine.labels().equals(theirs.labels())) {
        return Optional.of(
            where + " has labels " + mine.labels() + " here but " + theirs.labels() + " there");
      }
    }
    if (size() != other.size()) {
      return Optional.of("there are " + size() + " columns here but " + other.size() + " there");
    }
    if (targetIndex != other.targetIndex) {
      return Optional.of(
          "the target is "
              + describeTarget(this)
              + " here but "
              + describeTarget(other)
              + " there");
    }
    return Optional.empty();
  }

  private static String describe(FeatureKind kind) {
    return kind == FeatureKind.NUMERIC ? "numeric" : "nominal";
  }

  private static String describeTarget(Schema schema) {
    return schema.hasTarget() ? "'" + schema.target().name() + "'" : "not set";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Schema other
        && targetIndex == other.targetIndex
        && features.equals(other.features);
  }

  @Override
  public int hashCode() {
    return 31 * features.hashCode() + targetIndex;
  }

  @Override
  public String toString() {
    return "Schema" + features.stream().map(Feature::name).toList() + " target=" + targetIndex;
  }
}
