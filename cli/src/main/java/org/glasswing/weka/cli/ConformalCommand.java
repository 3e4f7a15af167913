package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.io.Csv;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.uncertainty.ConformalRegressor;
import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.ConformalSummary;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * {@code glasswing conformal}: split conformal prediction sets (nominal class) or intervals
 * (numeric class) with a guaranteed coverage, measured on {@code --test} or on held-out folds.
 */
@Command(
    name = "conformal",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Which classes (or which range of values) can a row have, with a guaranteed error rate?"
          + " Split conformal prediction: the classifier is trained on part of the training data,"
          + " the rest calibrates a threshold, and each row gets a set of classes (or an"
          + " interval) that holds the actual one with probability at least 1 - alpha. Prints"
          + " CSV with the header metric,value.",
      ""
    })
public final class ConformalCommand implements Callable<Integer>, CatalogueDriven, SharedOptionUse {

  /** Measured on held-out predictions of every training row (or of --test): no --data, --rows. */
  @Override
  public Set<String> unusedSharedOptions() {
    return Set.of("--format", "--data", "--rows");
  }

  /** The share of the training data used to calibrate when none is given. */
  public static final double DEFAULT_CALIBRATION_FRACTION = 0.3;

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--test",
      paramLabel = "FILE",
      description =
          "Measure on this file's rows. Without it, on held-out folds of the training data: each"
              + " fold is predicted by a model trained and calibrated on the other folds.")
  private Path test;

  /** From the catalogue's --folds, read in call(). */
  private int folds;

  /** From the catalogue's --alpha, read in call(). */
  private double alpha;

  /** From the catalogue's --calibration-fraction, read in call(). */
  private double calibrationFraction;

  /** From the catalogue's --score, read in call(). */
  private String score;

  /** From the catalogue's --mondrian, read in call(). */
  private boolean mondrian;

  /** From the catalogue's --raps-lambda, read in call(). */
  private double rapsLambda;

  /** From the catalogue's --raps-k, read in call(). */
  private int rapsK;

  /** From the catalogue's --neighbours, read in call(). */
  private int neighbours;

  @Option(
      names = "--per-row",
      paramLabel = "FILE",
      description =
          "Write one line per row: row,set,p_value_<class>... (nominal class) or"
              + " row,prediction,lower,upper (numeric class).")
  private Path perRow;

  /** Creates the command; picocli fills in the options. */
  public ConformalCommand() {}

  private static final MethodSpec CLASSIFICATION =
      MethodCatalogue.standard().find(Family.UNCERTAINTY, "conformal");
  private static final MethodSpec REGRESSION =
      MethodCatalogue.standard().find(Family.UNCERTAINTY, "conformal-regression");

  @Override
  public List<MethodSpec> catalogueMethods() {
    return List.of(CLASSIFICATION, REGRESSION);
  }

  /** Reads the settings of the spec for the class's kind, after the score has been checked. */
  private void readSettings(boolean nominal) {
    MethodSpec chosen = nominal ? CLASSIFICATION : REGRESSION;
    ParameterValues values = CatalogueOptions.read(spec, chosen);
    folds = values.integer(chosen.parameter("folds").orElseThrow());
    alpha = values.real(chosen.parameter("alpha").orElseThrow());
    calibrationFraction = values.real(chosen.parameter("calibration-fraction").orElseThrow());
    score = values.text(chosen.parameter("score").orElseThrow());
    if (nominal) {
      mondrian = values.flag(CLASSIFICATION.parameter("mondrian").orElseThrow());
      rapsLambda = values.real(CLASSIFICATION.parameter("raps-lambda").orElseThrow());
      rapsK = values.integer(CLASSIFICATION.parameter("raps-k").orElseThrow());
    } else {
      neighbours = values.integer(REGRESSION.parameter("neighbours").orElseThrow());
    }
  }

  @Override
  public Integer call() {
    UncertaintySupport.requireCsv(common);
    if (test != null && common.given("--folds")) {
      throw new UserInputException("give either --test or --folds, not both");
    }
    Classifier classifier = UncertaintySupport.untrainedClassifier(common);
    ExplainSetup setup = ExplainSetup.load(common);
    boolean nominal = setup.schema().target().isNominal();
    String givenScore = CatalogueOptions.given(spec, catalogueMethods()).get("score");
    String scoreName = givenScore == null ? (nominal ? "lac" : "absolute") : givenScore;
    scoreName = scoreName.trim().toLowerCase(Locale.ROOT);
    boolean regressionScore = scoreName.equals("absolute") || scoreName.equals("normalised");
    if (nominal == regressionScore) {
      throw new UserInputException(
          "--score "
              + scoreName
              + (nominal
                  ? " is for a numeric class; the class is nominal: use lac, aps or raps"
                  : " is a classification-only score, but the class '"
                      + setup.schema().target().name()
                      + "' is numeric: use absolute or normalised"));
    }
    if (common.given("--mondrian") && !nominal) {
      throw new UserInputException("--mondrian needs a nominal class");
    }
    onlyWithScore("--raps-lambda", "raps", scoreName);
    onlyWithScore("--raps-k", "raps", scoreName);
    onlyWithScore("--neighbours", "normalised", scoreName);
    readSettings(nominal);
    SplitConformalClassifier.Settings settings =
        nominal
            ? new SplitConformalClassifier.Settings(
                alpha, ConformalScore.parse(scoreName), mondrian, rapsLambda, rapsK)
            : null;
    Instances train = setup.trainingData();
    ConformalEvaluation evaluation =
        new ConformalEvaluation(
            classifier,
            settings,
            scoreName.equals("normalised"),
            alpha,
            calibrationFraction,
            neighbours,
            common.seed());
    Instances evaluated;
    ConformalEvaluation.Outcome outcome;
    if (test != null) {
      evaluated = UncertaintySupport.testData(setup, test);
      outcome = evaluation.tested(train, evaluated);
    } else {
      evaluated = train;
      ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "calibrating", true);
      try {
        outcome =
            evaluation.crossValidated(train, folds, progress, CancellationToken.ofCallingThread());
      } finally {
        progress.finish();
      }
    }
    List<String> metrics = new ArrayList<>();
    List<String> labels = nominal ? CrossValidatedPredictions.labels(train) : List.of();
    int[] known = withClass(evaluated);
    if (known.length == 0) {
      throw new UserInputException("no row has a known class to measure coverage on");
    }
    metrics.add("rows," + known.length);
    metrics.add("alpha," + Csv.number(alpha));
    if (nominal) {
      ConformalSummary s = ConformalEvaluation.summary(outcome, evaluated, known, labels, alpha);
      metrics.add("coverage," + Csv.number(s.coverage()));
      metrics.add("mean_set_size," + Csv.number(s.meanSetSize()));
      metrics.add("singleton_rate," + Csv.number(s.singletonRate()));
      metrics.add("empty_rate," + Csv.number(s.emptyRate()));
      Warnings.emptyConformalSets(
          spec.commandLine().getErr(),
          Math.round(s.emptyRate() * known.length),
          known.length,
          alpha);
      for (int c = 0; c < labels.size(); c++) {
        metrics.add(
            Csv.field("coverage_class_" + labels.get(c))
                + ","
                + Csv.number(s.coveragePerClass().get(c)));
      }
    } else {
      double hits = 0;
      double width = 0;
      for (int r : known) {
        ConformalRegressor.Interval interval = outcome.intervals().get(r);
        hits += interval.contains(evaluated.instance(r).classValue()) ? 1 : 0;
        width += interval.width();
      }
      metrics.add("coverage," + Csv.number(hits / known.length));
      metrics.add("mean_width," + Csv.number(width / known.length));
    }
    PrintWriter out = spec.commandLine().getOut();
    OutputFiles.write(
        common.output(),
        "--output",
        out,
        w -> {
          w.print("metric,value\n");
          metrics.forEach(line -> w.print(line + "\n"));
        });
    if (perRow != null) {
      OutputFiles.write(perRow, "--per-row", out, w -> writePerRow(w, outcome, labels, nominal));
    }
    return 0;
  }

  /** Refuses a setting that only one score reads when another score was chosen. */
  private void onlyWithScore(String option, String score, String chosen) {
    if (common.given(option) && !score.equals(chosen)) {
      throw new UserInputException(
          option
              + " applies to --score "
              + score
              + " only, and the score is "
              + chosen
              + ": add --score "
              + score
              + " or drop "
              + option);
    }
  }

  private static int[] withClass(Instances data) {
    return java.util.stream.IntStream.range(0, data.numInstances())
        .filter(r -> !data.instance(r).classIsMissing())
        .toArray();
  }

  private static void writePerRow(
      PrintWriter w, ConformalEvaluation.Outcome outcome, List<String> labels, boolean nominal) {
    if (nominal) {
      StringBuilder header = new StringBuilder("row,set");
      for (String label : labels) {
        header.append(',').append(Csv.field("p_value_" + label));
      }
      w.print(header + "\n");
      for (int r = 0; r < outcome.sets().size(); r++) {
        PredictionSet set = outcome.sets().get(r);
        StringBuilder line = new StringBuilder().append(r + 1).append(',');
        line.append(Csv.field(set.format(labels)));
        for (double p : set.pValues()) {
          line.append(',').append(Csv.number(p));
        }
        w.print(line + "\n");
      }
    } else {
      w.print("row,prediction,lower,upper\n");
      for (int r = 0; r < outcome.intervals().size(); r++) {
        ConformalRegressor.Interval i = outcome.intervals().get(r);
        w.print(
            (r + 1)
                + ","
                + Csv.number(i.prediction())
                + ","
                + Csv.number(i.lower())
                + ","
                + Csv.number(i.upper())
                + "\n");
      }
    }
  }
}
