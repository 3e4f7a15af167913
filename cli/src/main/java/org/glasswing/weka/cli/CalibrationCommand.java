package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.glasswing.core.io.Csv;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.Calibrator;
import org.glasswing.core.uncertainty.Calibrators;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.CrossFitting;
import org.glasswing.core.uncertainty.ReliabilityBin;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glasswing calibration}: how well a classifier's probabilities match how often it is right,
 * measured on out-of-sample predictions (Weka's cross-validation, or a {@code --test} file), and
 * optionally before and after a calibrator.
 */
@Command(
    name = "calibration",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Can the classifier's probabilities be taken at their word? Measures calibration (ECE, MCE,"
          + " Brier score, log-loss) on predictions for rows the model did not learn from, and"
          + " prints CSV with the header metric,value.",
      ""
    })
public final class CalibrationCommand
    implements Callable<Integer>, CatalogueDriven, SharedOptionUse {

  /** Measured on held-out predictions of every training row (or of --test): no --data, --rows. */
  @Override
  public Set<String> unusedSharedOptions() {
    return Set.of("--format", "--data", "--rows");
  }

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--test",
      paramLabel = "FILE",
      description =
          "Measure on this file's rows, predicted by the model trained on --train (or by --model),"
              + " instead of cross-validation.")
  private Path test;

  /** From the catalogue's --folds, read in call(). */
  private int folds;

  /** From the catalogue's --bins, read in call(). */
  private int bins;

  /** From the catalogue's --calibrate, read in call(); null for none. */
  private String calibrate;

  @Option(
      names = "--reliability",
      paramLabel = "FILE",
      description = "Write the per-bin reliability table to this CSV file.")
  private Path reliability;

  /** Creates the command; picocli fills in the options. */
  public CalibrationCommand() {}

  private static final MethodSpec CALIBRATION =
      MethodCatalogue.standard().find(Family.UNCERTAINTY, "calibration");

  @Override
  public List<MethodSpec> catalogueMethods() {
    return List.of(CALIBRATION);
  }

  @Override
  public Integer call() {
    UncertaintySupport.requireCsv(common);
    ParameterValues values = CatalogueOptions.read(spec, CALIBRATION);
    folds = values.integer(CALIBRATION.parameter("folds").orElseThrow());
    bins = values.integer(CALIBRATION.parameter("bins").orElseThrow());
    String chosen = values.text(CALIBRATION.parameter("calibrate").orElseThrow());
    calibrate = chosen.equals("none") ? null : chosen;
    if (test != null && common.given("--folds") && calibrate == null) {
      throw new UserInputException("give either --test or --folds, not both");
    }
    Calibrator calibrator = calibrate == null ? null : Calibrators.create(calibrate);
    ExplainSetup setup = ExplainSetup.load(common);
    UncertaintySupport.requireNominalClass(setup, "calibration");
    ClassPredictions predictions = predictions(setup).classPredictions();
    if (predictions.classesPresent() < 2) {
      throw new UserInputException(
          "cannot measure calibration with one class in the data: every row is '"
              + predictions.labels().get(predictions.actual(0))
              + "'");
    }
    CalibrationMetrics before = CalibrationMetrics.of(predictions, bins);
    CalibrationMetrics after = null;
    if (calibrator != null) {
      int k = Math.min(folds, predictions.size());
      after =
          CalibrationMetrics.of(
              CrossFitting.calibrate(calibrator, predictions, k, common.seed()), bins);
    }
    Map<String, String> rows = metrics(before, "");
    if (after != null) {
      rows.putAll(metrics(after, "_calibrated"));
    }
    PrintWriter out = spec.commandLine().getOut();
    OutputFiles.write(
        common.output(),
        "--output",
        out,
        w -> {
          w.print("metric,value\n");
          rows.forEach((name, value) -> w.print(name + "," + value + "\n"));
        });
    if (reliability != null) {
      CalibrationMetrics calibrated = after;
      OutputFiles.write(
          reliability,
          "--reliability",
          out,
          w -> {
            w.print("probabilities,bin,lower,upper,count,mean_confidence,accuracy\n");
            writeBins(w, "model", before);
            if (calibrated != null) {
              writeBins(w, "calibrated", calibrated);
            }
          });
    }
    return 0;
  }

  private CrossValidatedPredictions predictions(ExplainSetup setup) {
    return HeldOutPredictions.of(common, setup, test, folds, spec.commandLine().getErr())
        .predictions();
  }

  private static Map<String, String> metrics(CalibrationMetrics m, String suffix) {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("rows" + suffix, Integer.toString(m.rows()));
    rows.put("accuracy" + suffix, Csv.number(m.accuracy()));
    rows.put("ece" + suffix, Csv.number(m.ece()));
    rows.put("ece_equal_mass" + suffix, Csv.number(m.eceEqualMass()));
    rows.put("mce" + suffix, Csv.number(m.mce()));
    rows.put("classwise_ece" + suffix, Csv.number(m.classwiseEce()));
    rows.put("brier" + suffix, Csv.number(m.brier()));
    rows.put("nll" + suffix, Csv.number(m.nll()));
    return rows;
  }

  private static void writeBins(PrintWriter w, String stage, CalibrationMetrics m) {
    int b = 1;
    for (ReliabilityBin bin : m.reliability()) {
      w.print(
          stage
              + ","
              + b++
              + ","
              + Csv.number(bin.lower())
              + ","
              + Csv.number(bin.upper())
              + ","
              + bin.count()
              + ","
              + Csv.number(bin.meanConfidence())
              + ","
              + Csv.number(bin.accuracy())
              + "\n");
    }
  }
}
