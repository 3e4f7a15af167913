package org.glasswing.weka.gui;

import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.embedding.ClassicalMds;
import org.glasswing.core.embedding.Distances;
import org.glasswing.core.embedding.Embedding;
import org.glasswing.core.embedding.FeatureMatrix;
import org.glasswing.core.embedding.Pca;
import org.glasswing.core.embedding.Tsne;
import org.glasswing.core.engine.BatchPrediction;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.examples.NearestExamples;
import org.glasswing.core.examples.Neighbourhood;
import org.glasswing.core.global.SurrogateSummary;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.resample.Resampling;
import org.glasswing.core.uncertainty.OutOfDistribution;
import org.glasswing.weka.SurrogateTree;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaSplits;
import weka.core.Instances;

/**
 * The computations behind the Explain tab's catalogue views, each the same core call the command
 * line makes for the same settings and seed ({@code glasswing surrogate}, {@code glasswing map}),
 * so that the numbers agree.
 */
final class CatalogueAnalyses {

  /** The nearest training instances of one instance. */
  record Examples(int row, Neighbourhood neighbourhood) {}

  /** How unusual one instance is among the training instances. */
  record Unusual(int row, int neighbours, OutOfDistribution.Score score) {}

  /** A 2-D map of the rows with the model's outputs for each. */
  record DataMap(Embedding embedding, double[][] outputs) {}

  private CatalogueAnalyses() {}

  /**
   * The global surrogate tree, fitted on the rows not held out and scored on the held-out ones.
   *
   * @param spec the catalogue's {@code surrogate}
   * @param values its settings
   * @param model the trained model
   * @param data its data
   * @param seed the seed of the hold-out split and of REPTree
   * @return the summary
   */
  static SurrogateSummary surrogate(
      MethodSpec spec, ParameterValues values, WekaModel model, Instances data, long seed) {
    double holdout = values.real(spec.parameter("holdout").orElseThrow());
    int maxDepth = values.integer(spec.parameter("max-depth").orElseThrow());
    int held = Resampling.heldOutSize(data.numInstances(), holdout);
    if (held < 1 || held >= data.numInstances()) {
      throw new IllegalArgumentException(
          "holdout "
              + holdout
              + " of "
              + data.numInstances()
              + " instances leaves none to fit on or none to hold out; choose another share");
    }
    Instances[] parts =
        WekaSplits.holdout(data, Resampling.holdout(data.numInstances(), holdout, seed));
    return SurrogateTree.fit(model, parts[0], parts[1], maxDepth, seed);
  }

  /**
   * The map of every row (PCA, classical MDS or t-SNE) and the model's outputs for each.
   *
   * @param spec the catalogue's {@code map}
   * @param values its settings
   * @param model the trained model
   * @param data its data
   * @param seed the seed of t-SNE
   * @param progress where progress goes
   * @param cancel checked within the work
   * @return the map
   */
  static DataMap map(
      MethodSpec spec,
      ParameterValues values,
      WekaModel model,
      Instances data,
      long seed,
      ProgressListener progress,
      CancellationToken cancel) {
    Dataset rows = WekaData.dataset(data);
    if (rows.numRows() > Tsne.MAX_ROWS) {
      throw new IllegalArgumentException(
          "a map takes at most " + Tsne.MAX_ROWS + " instances, the data has " + rows.numRows());
    }
    String method = values.text(spec.parameter("method").orElseThrow());
    Embedding map;
    if (method.equals("pca")) {
      map = Pca.map(FeatureMatrix.encode(rows), cancel);
    } else {
      RowDistance distance =
          values.text(spec.parameter("distance").orElseThrow()).equals("gower")
              ? RowDistance.gower(rows)
              : RowDistance.standardised(rows);
      double[][] distances = Distances.matrix(rows, distance, cancel);
      map =
          method.equals("mds")
              ? ClassicalMds.map(distances, cancel)
              : new Tsne(
                      values.real(spec.parameter("perplexity").orElseThrow()),
                      values.integer(spec.parameter("iterations").orElseThrow()),
                      seed)
                  .map(distances, progress, cancel);
    }
    EvaluationEngine engine =
        new EvaluationEngine(1, EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancel);
    return new DataMap(map, BatchPrediction.predict(model, rows.rows(), engine));
  }

  /**
   * The training instances nearest one of them (itself left out), as {@code glasswing examples}
   * finds them.
   *
   * @param spec the catalogue's {@code examples}
   * @param values its settings
   * @param model the trained model
   * @param data its training data
   * @param row the instance, from 0
   * @param progress where progress goes
   * @param cancel checked within the work
   * @return the neighbours
   */
  static Examples examples(
      MethodSpec spec,
      ParameterValues values,
      WekaModel model,
      Instances data,
      int row,
      ProgressListener progress,
      CancellationToken cancel) {
    Dataset reference = WekaData.dataset(data);
    RowDistance distance =
        values.text(spec.parameter("distance").orElseThrow()).equals("gower")
            ? RowDistance.gower(reference)
            : RowDistance.standardised(reference);
    EvaluationEngine engine =
        new EvaluationEngine(1, EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancel);
    NearestExamples finder = NearestExamples.of(model, reference, distance, engine);
    int k = values.integer(spec.parameter("k").orElseThrow());
    return new Examples(row, finder.find(reference.row(row), k, row));
  }

  /**
   * How unusual one training instance is (its own k-NN distance, which leaves it out, and its
   * Mahalanobis distance, each with its percentile among the training instances), as {@code
   * glasswing uncertainty --ood} scores it.
   *
   * @param spec the catalogue's {@code ood}
   * @param values its settings
   * @param data the training data
   * @param row the instance, from 0
   * @param progress where progress goes
   * @param cancel checked within the work
   * @return the scores
   */
  static Unusual ood(
      MethodSpec spec,
      ParameterValues values,
      Instances data,
      int row,
      ProgressListener progress,
      CancellationToken cancel) {
    int k = values.integer(spec.parameter("neighbours").orElseThrow());
    OutOfDistribution fitted = OutOfDistribution.fit(WekaData.dataset(data), k, progress, cancel);
    return new Unusual(row, k, fitted.trainingScores().get(row));
  }
}
