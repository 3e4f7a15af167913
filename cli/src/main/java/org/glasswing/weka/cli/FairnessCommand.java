package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.fairness.FairnessAudit;
import org.glasswing.core.fairness.FairnessResult;
import org.glasswing.core.fairness.ProtectedAttribute;
import org.glasswing.core.fairness.ProtectedGroups;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.CrossFitting;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glasswing fairness}: whether a classifier treats the groups of protected attributes
 * differently, measured on predictions for rows it did not learn from (cross-validation, or a
 * {@code --test} file). Writes one row per metric and group; the verdict goes to standard error.
 */
@Command(
    name = "fairness",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Does the model treat groups differently? For each protected attribute (--protected sex or"
          + " age:25,60), measures per group the accuracy, how often the favourable class is"
          + " predicted (selection rate), true and false positive rates, calibration error and"
          + " conformal coverage, and the demographic parity, equal opportunity and equalised"
          + " odds gaps, each with a bootstrap interval, on predictions for rows the model did not"
          + " learn from. Prints CSV (or JSON) with one row per metric and group, and the verdict"
          + " in plain words on standard error.",
      ""
    })
public final class FairnessCommand implements Callable<Integer>, CatalogueDriven, SharedOptionUse {

  private static final MethodSpec FAIRNESS =
      MethodCatalogue.standard().find(Family.FAIRNESS, "fairness");

  /** Measured on held-out predictions of every training row (or of --test). */
  @Override
  public Set<String> unusedSharedOptions() {
    return Set.of("--data", "--rows", "--threads");
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

  /** Creates the command; picocli fills in the options. */
  public FairnessCommand() {}

  @Override
  public List<MethodSpec> catalogueMethods() {
    return List.of(FAIRNESS);
  }

  @Override
  public Integer call() {
    ParameterValues values = CatalogueOptions.read(spec, FAIRNESS);
    String protectedList = values.text(param("protected"));
    if (protectedList.isBlank()) {
      throw new UserInputException(
          "name the protected attributes with --protected NAME[,NAME2] (a numeric one with cut"
              + " points, as in --protected age:25,60)");
    }
    int folds = values.integer(param("folds"));
    if (test != null && common.given("--folds")) {
      throw new UserInputException("give either --test or --folds, not both");
    }
    List<ProtectedAttribute> attributes =
        userInput(() -> ProtectedAttribute.parseList(protectedList));
    ExplainSetup setup = ExplainSetup.load(common);
    UncertaintySupport.requireNominalClass(setup, "fairness");
    PrintWriter err = spec.commandLine().getErr();
    HeldOutPredictions heldOut = HeldOutPredictions.of(common, setup, test, folds, err);
    Dataset rows = WekaData.dataset(heldOut.rows());
    List<ProtectedGroups> groups = new ArrayList<>();
    for (ProtectedAttribute a : attributes) {
      groups.add(userInput(() -> a.groups(rows)));
    }
    ClassPredictions predictions = heldOut.predictions().classPredictions();
    int[] known = heldOut.predictions().rowsWithClass();
    int positive = positiveClass(values.text(param("positive")), predictions.labels());
    double alpha = values.real(param("alpha"));
    List<PredictionSet> sets =
        userInput(
            () ->
                CrossFitting.predictionSets(
                    predictions,
                    SplitConformalClassifier.Settings.of(alpha, ConformalScore.LAC, false),
                    Math.min(folds, predictions.size()),
                    common.seed()));
    FairnessAudit audit =
        new FairnessAudit(
            predictions,
            sets,
            alpha,
            new FairnessAudit.Settings(
                positive,
                values.integer(param("bins")),
                values.integer(param("replicates")),
                values.real(param("level")),
                common.seed()));
    List<FairnessResult> results = new ArrayList<>();
    for (ProtectedGroups g : groups) {
      ProtectedGroups ofKnown = userInput(() -> g.select(known));
      results.add(audit.audit(ofKnown, CancellationToken.ofCallingThread()));
    }
    FairnessOutput.write(common, spec.commandLine().getOut(), results);
    if (!common.quiet()) {
      FairnessOutput.verdicts(err, results);
    }
    return 0;
  }

  private static org.glasswing.core.methods.Parameter param(String name) {
    return FAIRNESS.parameter(name).orElseThrow();
  }

  private static int positiveClass(String given, List<String> labels) {
    if (given.isEmpty()) {
      return 0;
    }
    int index = labels.indexOf(given);
    if (index < 0) {
      throw new UserInputException(
          "--positive '"
              + given
              + "' is not a class of the data; give one of: "
              + String.join(", ", labels));
    }
    return index;
  }

  /** Runs core code whose argument errors are the user's, as one-line errors. */
  private static <T> T userInput(java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
  }
}
