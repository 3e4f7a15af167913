package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.RowDistance;
import org.glasswing.core.embedding.ClassicalMds;
import org.glasswing.core.embedding.Distances;
import org.glasswing.core.embedding.Embedding;
import org.glasswing.core.embedding.FeatureMatrix;
import org.glasswing.core.embedding.Pca;
import org.glasswing.core.embedding.Trustworthiness;
import org.glasswing.core.embedding.Tsne;
import org.glasswing.core.engine.BatchPrediction;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.io.Csv;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.weka.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code glasswing map}: a two-dimensional map of the rows (PCA, classical MDS or t-SNE) with each
 * row's class, the model's prediction and whether it is right, as CSV.
 */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "What is in the data? Place every row on a 2-D map (alike rows close together) and list"
          + " it with its class and the classifier's prediction, to colour in any plotting tool.",
      ""
    })
public final class MapCommand implements Callable<Integer>, CatalogueDriven {

  /** The CSV header. */
  public static final String HEADER = "row,x,y,class,predicted,probability,correct";

  /** The map methods. */
  enum Method {
    /** Principal components of the standardised, indicator-coded attributes. */
    pca,
    /** Classical multidimensional scaling of the mixed-type distances. */
    mds,
    /** t-SNE of the mixed-type distances. */
    tsne
  }

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  /** From the catalogue's --method, read in call(). */
  private Method method;

  /** From the catalogue's --distance, read in call(). */
  private ExamplesCommand.DistanceKind distance;

  /** From the catalogue's --perplexity, read in call(). */
  private double perplexity;

  /** From the catalogue's --iterations, read in call(). */
  private int iterations;

  /** From the catalogue's --neighbours, read in call(). */
  private int neighbours;

  /** Creates the command; picocli fills in the options. */
  public MapCommand() {}

  private static final MethodSpec MAP = MethodCatalogue.standard().find(Family.EXAMPLES, "map");

  @Override
  public List<MethodSpec> catalogueMethods() {
    return List.of(MAP);
  }

  private void readSettings() {
    ParameterValues values = CatalogueOptions.read(spec, MAP);
    method = Method.valueOf(values.text(MAP.parameter("method").orElseThrow()));
    distance =
        ExamplesCommand.DistanceKind.valueOf(values.text(MAP.parameter("distance").orElseThrow()));
    perplexity = values.real(MAP.parameter("perplexity").orElseThrow());
    iterations = values.integer(MAP.parameter("iterations").orElseThrow());
    neighbours = values.integer(MAP.parameter("neighbours").orElseThrow());
  }

  @Override
  public Integer call() {
    TableOutput.check(common, "map");
    readSettings();
    int threads = common.threads();
    if (method != Method.tsne) {
      for (String option : new String[] {"--perplexity", "--iterations"}) {
        if (common.given(option)) {
          throw new UserInputException(option + " applies to --method tsne only");
        }
      }
    }
    if (method == Method.pca && common.given("--distance")) {
      throw new UserInputException("--distance applies to --method mds and tsne only");
    }
    ExplainSetup setup = ExplainSetup.load(common);
    int[] rows =
        common.rowsGiven()
            ? setup.selectedRows()
            : java.util.stream.IntStream.range(0, setup.data().numRows()).toArray();
    Dataset data = setup.data().select(rows);
    if (data.numRows() > Tsne.MAX_ROWS) {
      throw new UserInputException(
          "a map takes at most " + Tsne.MAX_ROWS + " rows, got " + data.numRows() + "; use --rows");
    }
    CancellationToken cancelled = CancellationToken.ofCallingThread();
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = new ProgressLine(err, "mapping", !common.quiet());
    Embedding map;
    double[][] dataDistances;
    double[][] outputs;
    try {
      if (method == Method.pca) {
        double[][] encoded = FeatureMatrix.encode(data);
        map = Pca.map(encoded, cancelled);
        dataDistances = Distances.euclidean(encoded);
      } else {
        RowDistance rowDistance =
            distance == ExamplesCommand.DistanceKind.gower
                ? RowDistance.gower(setup.backgroundSource())
                : RowDistance.standardised(setup.backgroundSource());
        dataDistances = Distances.matrix(data, rowDistance, cancelled);
        map =
            method == Method.mds
                ? ClassicalMds.map(dataDistances, cancelled)
                : new Tsne(perplexity, iterations, common.seed())
                    .map(dataDistances, progress, cancelled);
      }
      EvaluationEngine engine =
          new EvaluationEngine(threads, EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancelled);
      outputs = BatchPrediction.predict(setup.model(), data.rows(), engine);
    } finally {
      progress.finish();
    }
    if (!common.quiet()) {
      err.println("glasswing: note: " + quality(map, dataDistances));
    }
    if (method == Method.tsne) {
      Tsne.problem(map, iterations).ifPresent(p -> err.println("glasswing: warning: " + p));
    }
    double[][] points = map.coordinates();
    Feature target = setup.schema().target();
    int targetIndex = setup.schema().targetIndex();
    OutputFiles.write(
        common.output(),
        "--output",
        spec.commandLine().getOut(),
        out -> {
          out.println(HEADER);
          for (int i = 0; i < rows.length; i++) {
            double label = data.value(i, targetIndex);
            String predicted;
            String probability;
            String correct;
            if (target.isNominal()) {
              int best = 0;
              for (int k = 1; k < outputs[i].length; k++) {
                best = outputs[i][k] > outputs[i][best] ? k : best;
              }
              predicted = Csv.field(target.labels().get(best));
              probability = Csv.number(outputs[i][best]);
              correct = Double.isNaN(label) ? "" : Boolean.toString(label == best);
            } else {
              predicted = Csv.number(outputs[i][0]);
              probability = "";
              correct = "";
            }
            out.println(
                String.join(
                    ",",
                    Integer.toString(rows[i] + 1),
                    Csv.number(points[i][0]),
                    Csv.number(points[i][1]),
                    Double.isNaN(label) ? "" : Csv.field(target.format(label)),
                    predicted,
                    probability,
                    correct));
          }
        });
    return 0;
  }

  private String quality(Embedding map, double[][] dataDistances) {
    StringBuilder text = new StringBuilder(method.name());
    if (!map.explained().isEmpty()) {
      text.append(
          String.format(
              Locale.ROOT,
              " axes show %.1f%% and %.1f%% of the variance;",
              100 * map.explained().get(0),
              100 * map.explained().get(1)));
    }
    int n = dataDistances.length;
    if (neighbours >= 1 && 2 * neighbours < n) {
      double score = Trustworthiness.score(dataDistances, map.coordinates(), neighbours);
      text.append(String.format(Locale.ROOT, " trustworthiness (k=%d) %.3f", neighbours, score));
    } else {
      text.append(" trustworthiness not measured (too few rows for k=")
          .append(neighbours)
          .append(')');
    }
    return text.toString();
  }
}
