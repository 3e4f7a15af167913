package org.glasswing.core.shapley;

import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.model.Model;

/** The checks every Shapley method makes of its input before any model call. */
final class ShapleyInput {

  private ShapleyInput() {}

  /**
   * Refuses input that cannot be explained, with a message that names the problem.
   *
   * @param model the model to explain
   * @param rows the rows to explain
   * @param background the background rows, or {@code null} for a method that needs none
   * @param targets the selected outputs
   * @throws IllegalArgumentException naming the first problem found
   */
  static void check(Model model, Dataset rows, Dataset background, TargetSelection targets) {
    Schema schema = model.schema();
    if (!schema.hasTarget()) {
      throw new IllegalArgumentException("the model's schema has no target (class) column");
    }
    checkData(schema, rows, background);
    targets.validate(model.outputNames());
  }

  /**
   * Refuses rows or a background that do not follow the schema.
   *
   * @param schema the schema the rows must follow
   * @param rows the rows to explain
   * @param background the background rows, or {@code null} for a method that needs none
   * @throws IllegalArgumentException naming the first problem found
   */
  static void checkData(Schema schema, Dataset rows, Dataset background) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("there are no rows to explain");
    }
    rows.schema()
        .firstMismatch(schema)
        .ifPresent(
            m -> {
              throw new IllegalArgumentException(
                  "the rows to explain do not match the model: " + m);
            });
    if (background != null) {
      background
          .schema()
          .firstMismatch(schema)
          .ifPresent(
              m -> {
                throw new IllegalArgumentException("the background does not match the model: " + m);
              });
    }
  }
}
