package org.glasswing.weka.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.GlobalImportance;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.global.HeldOutFold;
import org.glasswing.core.global.ImportanceResult;
import org.glasswing.core.global.LeaveOneCovariateOut;
import org.glasswing.core.global.Metric;
import org.glasswing.core.global.PermutationImportance;
import org.glasswing.core.io.GlobalCsvWriter;
import org.glasswing.core.methods.Backgrounds;
import org.glasswing.core.methods.Budgets;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import weka.core.Instances;

/**
 * {@code glasswing importance}: the global importance of every attribute by permutation, LOCO or
 * mean absolute Shapley value, as CSV {@code feature,importance,std,ci_low,ci_high}.
 */
@Command(
    name = "importance",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Rank the attributes by how much the classifier needs them: the drop in a score on"
          + " held-out rows when an attribute is shuffled (permutation) or left out of training"
          + " (loco), or the mean absolute Shapley value (mean-abs-shapley). Prints CSV"
          + " feature,importance,std,ci_low,ci_high, most important first.",
      ""
    })
public final class ImportanceCommand implements Callable<Integer>, CatalogueDriven {

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--method",
      paramLabel = "permutation|loco|mean-abs-shapley",
      defaultValue = "permutation",
      description = "How importance is measured.")
  private String method;

  @Option(
      names = "--test",
      paramLabel = "FILE",
      description =
          "Held-out rows (ARFF or CSV with the training attributes) to score on. Without it,"
              + " permutation and loco cross-validate on the training data (--folds).")
  private Path test;

  /** From the catalogue's --folds, read in call(). */
  private int folds;

  @Option(
      names = "--metric",
      paramLabel = "accuracy|auc|log-loss|rmse",
      description =
          "The score whose drop is measured. Default: accuracy for a nominal class, rmse for a"
              + " numeric one.")
  private String metric;

  /** From the catalogue's --repeats, read in call(). */
  private int repeats;

  /** Creates the command; picocli fills in the options. */
  public ImportanceCommand() {}

  private static final MethodSpec MEAN_ABS_SHAPLEY =
      MethodCatalogue.standard().find(Family.GLOBAL, "mean-abs-shapley");

  private static final MethodSpec PERMUTATION =
      MethodCatalogue.standard().find(Family.GLOBAL, "permutation");

  private static final MethodSpec LOCO = MethodCatalogue.standard().find(Family.GLOBAL, "loco");

  @Override
  public List<MethodSpec> catalogueMethods() {
    return List.of(PERMUTATION, LOCO, MEAN_ABS_SHAPLEY);
  }

  @Override
  public Integer call() {
    String chosen = method;
    if (!List.of("permutation", "loco", "mean-abs-shapley").contains(chosen)) {
      throw new UserInputException(
          "unknown --method '" + chosen + "'; use permutation, loco or mean-abs-shapley");
    }
    GlobalSupport.refuseJson(common, "importance");
    if (chosen.equals("mean-abs-shapley")) {
      for (String option : List.of("--test", "--metric", "--repeats", "--folds")) {
        if (common.given(option)) {
          throw new UserInputException(
              option + " applies to permutation and loco; mean-abs-shapley explains --rows");
        }
      }
    } else {
      // --seed is shared by every method; these are mean-abs-shapley's
      for (String option : List.of("--budget", "--background-size", "--background-summary")) {
        if (common.given(option)) {
          throw new UserInputException(
              option + " applies to --method mean-abs-shapley only; drop " + option);
        }
      }
      if (common.given("--rows")) {
        throw new UserInputException(
            "--rows applies to --method mean-abs-shapley only: "
                + chosen
                + " scores every held-out row (--test or the folds); drop --rows");
      }
    }
    if (chosen.equals("loco") && common.model() != null) {
      throw new UserInputException(
          "loco retrains the classifier without each attribute, so it needs --classifier and"
              + " training data, not --model");
    }
    if (!chosen.equals("mean-abs-shapley")) {
      ParameterValues values = CatalogueOptions.read(spec, PERMUTATION);
      folds = values.integer(PERMUTATION.parameter("folds").orElseThrow());
      repeats = values.integer(PERMUTATION.parameter("repeats").orElseThrow());
    }
    ExplainSetup setup = ExplainSetup.load(common);
    Schema schema = setup.schema();
    Metric score = metric == null ? Metric.defaultFor(schema) : Metric.parse(metric);
    score.checkApplies(schema);
    ProgressLine progress =
        new ProgressLine(spec.commandLine().getErr(), "importance", !common.quiet());
    ImportanceResult result;
    try {
      EvaluationEngine engine = GlobalSupport.engine(common, progress);
      result =
          switch (chosen) {
            case "permutation" ->
                new PermutationImportance(score, repeats, common.seed())
                    .compute(heldOut(setup, null), engine);
            case "loco" -> loco(setup, score, engine);
            default -> shapley(setup, engine);
          };
    } finally {
      progress.finish();
    }
    if (!common.quiet()) {
      spec.commandLine().getErr().println("glasswing: note: " + describe(chosen, score, setup));
    }
    ImportanceResult done = result;
    OutputFiles.write(
        common.output(),
        "--output",
        spec.commandLine().getOut(),
        out -> GlobalCsvWriter.importance(done, out));
    return 0;
  }

  /** What is measured and by whom, for the analyst reading the numbers. */
  private String describe(String chosen, Metric score, ExplainSetup setup) {
    String scorer =
        common.model() != null
            ? "the saved model " + common.model()
            : common.classifier().split("\\s+")[0];
    if (chosen.equals("mean-abs-shapley")) {
      return "importance by mean-abs-shapley: the mean |Shapley value| of each attribute over --rows"
          + " for the predicted class of "
          + scorer;
    }
    String where =
        test != null
            ? "on --test " + test
            : common.model() != null
                ? "on " + setup.dataName()
                : "on " + folds + "-fold cross-validation of " + setup.backgroundSourceName();
    return "importance by "
        + chosen
        + ": the drop in "
        + score.label()
        + " ("
        + (score.higherIsBetter() ? "higher" : "lower")
        + " is better) of "
        + scorer
        + " "
        + where
        + (chosen.equals("loco")
            ? " when retrained without each attribute"
            : " when each attribute is shuffled")
        + "; --metric chooses another";
  }

  /** The models and held-out rows: the test file, or cross-validation folds. */
  private List<HeldOutFold> heldOut(ExplainSetup setup, List<Instances> trainingParts) {
    List<HeldOutFold> result = new ArrayList<>();
    if (test != null) {
      if (common.given("--folds")) {
        throw new UserInputException("give either --test or --folds, not both");
      }
      Instances rows = setup.loadLikeModel(test, "--test");
      result.add(new HeldOutFold(setup.model(), WekaData.dataset(rows)));
      if (trainingParts != null) {
        trainingParts.add(setup.trainingData());
      }
      return result;
    }
    if (common.model() != null) {
      if (common.data() == null) {
        throw new UserInputException(
            "a saved --model cannot be cross-validated; give --test FILE (or --data FILE) with"
                + " rows it was not trained on");
      }
      result.add(new HeldOutFold(setup.model(), setup.data()));
      return result;
    }
    if (common.data() != null) {
      throw new UserInputException(
          "--data is not held out from the training data; give --test FILE, or neither to"
              + " cross-validate on --train");
    }
    for (Instances[] fold : GlobalSupport.folds(setup.trainingData(), folds, common.seed())) {
      WekaModel model = GlobalSupport.train(common, fold[0], -1);
      result.add(new HeldOutFold(model, WekaData.dataset(fold[1])));
      if (trainingParts != null) {
        trainingParts.add(fold[0]);
      }
    }
    return result;
  }

  private ImportanceResult loco(ExplainSetup setup, Metric score, EvaluationEngine engine) {
    List<Instances> parts = new ArrayList<>();
    List<HeldOutFold> heldOut = heldOut(setup, parts);
    return new LeaveOneCovariateOut(score, common.seed())
        .compute(
            heldOut,
            (fold, column) -> {
              if (Thread.currentThread().isInterrupted()) {
                throw new org.glasswing.core.engine.CancelledException();
              }
              return GlobalSupport.train(common, parts.get(fold), column);
            },
            engine);
  }

  private ImportanceResult shapley(ExplainSetup setup, EvaluationEngine engine) {
    ParameterValues values;
    Background background;
    int budget;
    try {
      values =
          CatalogueOptions.values(
              MEAN_ABS_SHAPLEY, CatalogueOptions.given(spec, catalogueMethods()));
      background =
          Backgrounds.draw(
              setup.backgroundSource(),
              values,
              setup.backgroundSourceName(),
              CatalogueOptions.SPELLING);
      budget = Budgets.sampling(values, setup.schema().inputIndices().length);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    SamplingShapley explainer =
        new SamplingShapley(background, budget, values.longValue(Parameters.SEED));
    GlobalImportance importance =
        GlobalImportance.meanAbsolute(
            explainer.explain(
                setup.model(), setup.selectedData(), TargetSelection.predicted(), engine));
    return ImportanceResult.fromShapley(importance);
  }
}
