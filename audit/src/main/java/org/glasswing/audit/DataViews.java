package org.glasswing.audit;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.data.Schema;
import org.glasswing.core.embedding.Distances;
import org.glasswing.core.embedding.Embedding;
import org.glasswing.core.embedding.FeatureMatrix;
import org.glasswing.core.embedding.Trustworthiness;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.examples.MmdCritic;
import org.glasswing.report.DataMapSection;
import org.glasswing.report.PrototypesSection;

/** The audit's views of the rows themselves: a map of them, and prototypes on that map. */
final class DataViews {

  /** Prototypes chosen per class. */
  static final int PROTOTYPES = 2;

  /** Criticisms chosen per class. */
  static final int CRITICISMS = 1;

  /** Neighbours of the data map's trustworthiness score. */
  static final int MAP_NEIGHBOURS = 10;

  private DataViews() {}

  /**
   * A map of the rows, coloured by their class, with its trustworthiness.
   *
   * @param data the rows
   * @param encoded the rows as {@link FeatureMatrix#encode} encodes them
   * @param map the rows' PCA map
   */
  static DataMapSection dataMap(Dataset data, double[][] encoded, Embedding map) {
    Schema schema = data.schema();
    int target = schema.targetIndex();
    List<String> groups = new ArrayList<>();
    for (int r = 0; r < data.numRows(); r++) {
      double label = data.value(r, target);
      groups.add(Double.isNaN(label) ? "?" : schema.target().format(label));
    }
    int k = Math.min(MAP_NEIGHBOURS, Math.max(1, (data.numRows() - 1) / 2));
    double trust =
        2 * k < data.numRows()
            ? Trustworthiness.score(Distances.euclidean(encoded), map.coordinates(), k)
            : Double.NaN;
    return new DataMapSection(map, groups, "class", trust, k);
  }

  /** Two prototypes and one criticism per class (MMD-critic), shown on the data map. */
  static PrototypesSection prototypes(
      Dataset reference,
      Embedding map,
      long seed,
      boolean redact,
      ProgressListener progress,
      CancellationToken cancel) {
    MmdCritic critic =
        new MmdCritic(RowDistance.gower(reference), PROTOTYPES, CRITICISMS, Double.NaN, seed);
    PrototypesSection section =
        new PrototypesSection(
            critic.perClass(reference, progress, cancel), reference, row -> row + 1, map);
    return redact ? section.redacted() : section;
  }
}
