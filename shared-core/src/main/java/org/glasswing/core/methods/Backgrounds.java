package org.glasswing.core.methods;

import java.util.function.UnaryOperator;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.shapley.Background;

/**
 * Draws the background rows that the settings ask for, the same way on every face: a seeded uniform
 * sample of {@code background-size} rows (every row when there are no more, or when the size is 0),
 * or that many k-medoids.
 */
public final class Backgrounds {

  private Backgrounds() {}

  /**
   * Draws a background.
   *
   * @param source the rows to draw from, usually the training data
   * @param values settings holding {@link Parameters#BACKGROUND_SIZE}, {@link
   *     Parameters#BACKGROUND_SUMMARY} and {@link Parameters#SEED}
   * @param sourceName how to name the source in messages, such as {@code "--train x.arff"}
   * @param spell how the face spells a setting's name in messages, such as {@code n -> "--" + n}
   * @return the background
   * @throws IllegalArgumentException if the source has no rows, or too few to summarise
   */
  public static Background draw(
      Dataset source, ParameterValues values, String sourceName, UnaryOperator<String> spell) {
    if (source.numRows() == 0) {
      throw new IllegalArgumentException(
          "the background needs at least 1 row, but " + sourceName + " has none");
    }
    int size = values.integer(Parameters.BACKGROUND_SIZE);
    long seed = values.longValue(Parameters.SEED);
    boolean medoids = "kmedoids".equals(values.text(Parameters.BACKGROUND_SUMMARY));
    if (medoids) {
      if (source.numRows() < 2) {
        throw new IllegalArgumentException(
            spell.apply(Parameters.BACKGROUND_SUMMARY.name())
                + " kmedoids needs at least 2 rows to summarise, but "
                + sourceName
                + " has "
                + source.numRows()
                + "; give more rows or use "
                + spell.apply(Parameters.BACKGROUND_SUMMARY.name())
                + " random");
      }
      return Background.kMedoids(source, size == 0 ? source.numRows() : size, seed);
    }
    return size == 0 ? Background.uniform(source) : Background.sample(source, size, seed);
  }
}
