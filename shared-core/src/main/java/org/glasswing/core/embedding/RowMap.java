package org.glasswing.core.embedding;

import java.util.Locale;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;

/**
 * A two-dimensional map of rows, the catalogue's {@code map} method in one call: principal
 * components of the standardised, indicator-coded columns ({@code pca}), or classical
 * multidimensional scaling ({@code mds}) or t-SNE ({@code tsne}) of the mixed-type row distances,
 * with the map's trustworthiness (how well it keeps each row's nearest neighbours).
 */
public final class RowMap {

  /** The projections. */
  public enum Method {
    /** Principal components. */
    PCA,
    /** Classical multidimensional scaling. */
    MDS,
    /** t-distributed stochastic neighbour embedding. */
    TSNE;

    /**
     * The method of a catalogue value.
     *
     * @param name "pca", "mds" or "tsne"
     * @return the method
     * @throws IllegalArgumentException naming the value and the choices
     */
    public static Method parse(String name) {
      for (Method m : values()) {
        if (m.name().toLowerCase(Locale.ROOT).equals(name)) {
          return m;
        }
      }
      throw new IllegalArgumentException("unknown map method '" + name + "'; use pca, mds or tsne");
    }
  }

  /**
   * How the map is drawn.
   *
   * @param method the projection
   * @param distance the row distance of mds and tsne
   * @param perplexity t-SNE's perplexity
   * @param iterations t-SNE's gradient steps
   * @param seed t-SNE's seed
   * @param neighbours the neighbourhood size of the trustworthiness score
   */
  public record Settings(
      Method method,
      RowDistance.Kind distance,
      double perplexity,
      int iterations,
      long seed,
      int neighbours) {}

  /**
   * A map and its quality.
   *
   * @param embedding the coordinates (and, for PCA, the variance each axis shows)
   * @param trustworthiness in [0, 1], or NaN when there are too few rows for the neighbourhood
   */
  public record Result(Embedding embedding, double trustworthiness) {}

  private RowMap() {}

  /**
   * Maps the rows.
   *
   * @param data the rows to place
   * @param reference the rows the distance's scales come from (usually the training rows)
   * @param settings how
   * @param progress told how far t-SNE is
   * @param cancel checked between steps
   * @return the map
   * @throws IllegalArgumentException if there are more than {@value Tsne#MAX_ROWS} rows or a
   *     setting is out of range
   */
  public static Result of(
      Dataset data,
      Dataset reference,
      Settings settings,
      ProgressListener progress,
      CancellationToken cancel) {
    if (data.numRows() > Tsne.MAX_ROWS) {
      throw new IllegalArgumentException(
          "a map takes at most " + Tsne.MAX_ROWS + " rows, got " + data.numRows());
    }
    Embedding map;
    double[][] distances;
    if (settings.method() == Method.PCA) {
      double[][] encoded = FeatureMatrix.encode(data);
      map = Pca.map(encoded, cancel);
      distances = Distances.euclidean(encoded);
    } else {
      distances = Distances.matrix(data, RowDistance.of(settings.distance(), reference), cancel);
      map =
          settings.method() == Method.MDS
              ? ClassicalMds.map(distances, cancel)
              : new Tsne(settings.perplexity(), settings.iterations(), settings.seed())
                  .map(distances, progress, cancel);
    }
    int k = settings.neighbours();
    double trust =
        k >= 1 && 2 * k < distances.length
            ? Trustworthiness.score(distances, map.coordinates(), k)
            : Double.NaN;
    return new Result(map, trust);
  }
}
