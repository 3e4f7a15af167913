package org.glasswing.core.explain;

import java.util.List;
import java.util.Objects;

/**
 * Which model outputs a local explanation explains: the predicted class, every output, or one named
 * output. A regression model has a single output, which every selection picks.
 */
public final class TargetSelection {

  private enum Mode {
    PREDICTED,
    ALL,
    NAMED
  }

  private static final TargetSelection PREDICTED = new TargetSelection(Mode.PREDICTED, null);
  private static final TargetSelection ALL = new TargetSelection(Mode.ALL, null);

  private final Mode mode;
  private final String name;

  private TargetSelection(Mode mode, String name) {
    this.mode = mode;
    this.name = name;
  }

  /**
   * The output with the highest value for each row: the predicted class.
   *
   * @return the selection
   */
  public static TargetSelection predicted() {
    return PREDICTED;
  }

  /**
   * Every output: one explanation per class.
   *
   * @return the selection
   */
  public static TargetSelection all() {
    return ALL;
  }

  /**
   * One output by name, such as a class label.
   *
   * @param name the output's name
   * @return the selection
   */
  public static TargetSelection named(String name) {
    return new TargetSelection(Mode.NAMED, Objects.requireNonNull(name, "name"));
  }

  /**
   * Parses the command-line form: {@code predicted}, {@code all}, or an output name.
   *
   * @param text the text
   * @return the selection
   */
  public static TargetSelection parse(String text) {
    return switch (text) {
      case "predicted" -> PREDICTED;
      case "all" -> ALL;
      default -> named(text);
    };
  }

  /**
   * Checks that the selection can be made for a model's outputs.
   *
   * @param outputNames the model's output names
   * @throws IllegalArgumentException naming the valid outputs when a named output does not exist
   */
  public void validate(List<String> outputNames) {
    if (mode == Mode.NAMED && outputNames.size() > 1 && !outputNames.contains(name)) {
      throw new IllegalArgumentException(
          "no class '" + name + "': the model's classes are " + String.join(", ", outputNames));
    }
  }

  /**
   * The output indices to explain for one row.
   *
   * @param outputNames the model's output names
   * @param prediction the model's output for the row
   * @return the indices, in output order
   */
  public int[] select(List<String> outputNames, double[] prediction) {
    if (outputNames.size() == 1) {
      return new int[] {0};
    }
    return switch (mode) {
      case ALL -> java.util.stream.IntStream.range(0, outputNames.size()).toArray();
      case NAMED -> {
        validate(outputNames);
        yield new int[] {outputNames.indexOf(name)};
      }
      case PREDICTED -> new int[] {argMax(prediction)};
    };
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

  @Override
  public String toString() {
    return switch (mode) {
      case PREDICTED -> "predicted";
      case ALL -> "all";
      case NAMED -> name;
    };
  }
}
