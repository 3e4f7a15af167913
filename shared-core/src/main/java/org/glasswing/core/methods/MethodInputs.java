package org.glasswing.core.methods;

import java.util.Objects;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.shapley.Background;

/**
 * What a face hands the catalogue to build a local method: the checked settings and the data the
 * method may draw on.
 *
 * @param values the method's checked settings
 * @param training the training rows (LIME draws its samples from their statistics)
 * @param background the background rows, or null for a method that takes none
 */
public record MethodInputs(ParameterValues values, Dataset training, Background background) {

  /**
   * Checks the inputs.
   *
   * @param values the settings
   * @param training the training rows
   * @param background the background, or null
   */
  public MethodInputs {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(training, "training");
  }

  /**
   * The number of input features (players of the Shapley game).
   *
   * @return the count
   */
  public int features() {
    return training.schema().inputIndices().length;
  }

  /**
   * The background, which the method needs.
   *
   * @param method the method's name, for the message
   * @return the background
   * @throws IllegalStateException if the face gave none
   */
  public Background requireBackground(String method) {
    if (background == null) {
      throw new IllegalStateException(method + " needs background rows, and none were drawn");
    }
    return background;
  }
}
