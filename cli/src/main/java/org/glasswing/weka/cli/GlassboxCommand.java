package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.glassbox.ModelComparison;
import org.glasswing.core.io.Csv;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.weka.CrossValidatedPredictions;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.classifiers.ExplainableBoostingMachine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import weka.core.Instances;

/**
 * {@code glasswing glassbox}: trains an explainable boosting machine beside the user's classifier
 * and compares them on the same cross-validation folds: both accuracies (or errors) and their
 * fidelity, how often the glass box predicts what the black box does.
 */
@Command(
    name = "glassbox",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Is there a model I can read that is nearly as good as mine? Cross-validates the"
          + " --classifier and an explainable boosting machine (one shape function per attribute and"
          + " per strong pair) on the same folds, and prints CSV with the header metric,value: both"
          + " accuracies (RMSE for a numeric class) and the fidelity between them. --shapes writes"
          + " the glass box's shape functions, trained on every row.",
      ""
    })
public final class GlassboxCommand implements Callable<Integer>, CatalogueDriven, SharedOptionUse {

  @Override
  public Set<String> unusedSharedOptions() {
    return Set.of("--format", "--data", "--rows", "--threads", "--model");
  }

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--folds",
      paramLabel = "K",
      defaultValue = "10",
      description = "Cross-validation folds, the same for both models.")
  private int folds;

  @Option(
      names = "--learner",
      paramLabel = "NAME",
      defaultValue = "explainable-boosting",
      description =
          "The glass box: explainable-boosting (shape functions), sparse-logistic (a lasso or"
              + " elastic-net path, its penalty chosen by inner cross-validation) or"
              + " mixture-of-experts (a gate and a few sparse logistic experts).")
  private String learner;

  @Option(
      names = "--shapes",
      paramLabel = "FILE",
      description =
          "Write the shape functions of the glass box trained on every row to this CSV file"
              + " (term,bin,output,score), and beside it one SVG chart per attribute,"
              + " FILE-ATTRIBUTE.svg, over the attribute's density (explainable-boosting only).")
  private Path shapes;

  /** Creates the command; picocli fills in the options. */
  public GlassboxCommand() {}

  @Override
  public List<MethodSpec> catalogueMethods() {
    return GlassboxLearners.ALL;
  }

  @Override
  public Integer call() throws Exception {
    MethodSpec chosen = GlassboxLearners.named(learner);
    if (shapes != null && chosen != GlassboxLearners.EBM) {
      throw new UserInputException(
          "--shapes needs --learner explainable-boosting; "
              + chosen.name()
              + " has no shape"
              + " functions");
    }
    weka.classifiers.AbstractClassifier ebm = GlassboxLearners.create(spec, chosen, common.seed());
    ExplainSetup setup = ExplainSetup.load(common);
    Instances data = setup.trainingData();
    if (folds < 2 || folds > data.numInstances()) {
      throw new UserInputException(
          "--folds must be from 2 to the number of rows (" + data.numInstances() + ")");
    }
    PrintWriter err = spec.commandLine().getErr();
    CrossValidatedPredictions box =
        crossValidate("cross-validating the classifier", ExplainSetup.newClassifier(common), data);
    CrossValidatedPredictions glass = crossValidate("cross-validating the glass box", ebm, data);
    ModelComparison comparison = GlassboxSupport.compare(box, glass);
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("rows", Integer.toString(comparison.rows()));
    rows.put("folds", Integer.toString(folds));
    String measure = comparison.nominal() ? "accuracy" : "rmse";
    rows.put("classifier_" + measure, Csv.number(comparison.blackBox()));
    rows.put("glassbox_" + measure, Csv.number(comparison.glassBox()));
    rows.put("fidelity", Csv.number(comparison.fidelity()));
    long start = System.nanoTime();
    weka.classifiers.Classifier full = weka.classifiers.AbstractClassifier.makeCopy(ebm);
    full.buildClassifier(data);
    double seconds = (System.nanoTime() - start) / 1e9;
    rows.put("glassbox_learner", chosen.name());
    rows.putAll(GlassboxSupport.size(full));
    OutputFiles.write(
        common.output(),
        "--output",
        spec.commandLine().getOut(),
        w -> {
          w.print("metric,value\n");
          rows.forEach((k, v) -> w.print(k + "," + v + "\n"));
        });
    if (shapes != null) {
      OutputFiles.write(
          shapes,
          "--shapes",
          spec.commandLine().getOut(),
          w -> GlassboxSupport.writeShapes(w, additive(full), data));
      GlassboxSupport.writeShapeCharts(shapes, additive(full), data, spec.commandLine().getOut());
    }
    if (!common.quiet()) {
      err.println("glasswing: glassbox: " + comparison.verdict(common.classifier()));
      err.println(
          String.format(
              Locale.ROOT,
              "glasswing: glassbox: trained on all %d rows in %.1f s",
              data.numInstances(),
              seconds));
      err.flush();
    }
    return 0;
  }

  private static org.glasswing.core.glassbox.AdditiveModel additive(
      weka.classifiers.Classifier trained) {
    return ((ExplainableBoostingMachine) trained).additiveModel();
  }

  private CrossValidatedPredictions crossValidate(
      String what, weka.classifiers.Classifier classifier, Instances data) {
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), what, !common.quiet());
    try {
      return CrossValidatedPredictions.crossValidate(
          classifier, data, folds, common.seed(), progress, CancellationToken.ofCallingThread());
    } finally {
      progress.finish();
    }
  }
}
