package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntUnaryOperator;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.gradient.SmoothGrad;
import org.glasswing.core.io.ExplanationCsvWriter;
import org.glasswing.core.io.ExplanationJsonWriter;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.core.shapley.TreeShap;
import org.glasswing.weka.ClassifierFactory;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.tree.WekaTreeReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import weka.classifiers.Classifier;

/**
 * {@code glasswing explain}: Shapley values of a Weka classifier's output for selected rows,
 * written as CSV or JSON.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Explain a Weka classifier's predictions for some rows with Shapley values: how much each"
          + " attribute moved the prediction away from the average prediction over background"
          + " rows.",
      ""
    })
public final class ExplainCommand implements Callable<Integer> {

  /** The budget of sampling-shapley when {@code --budget} is not given. */
  public static final int DEFAULT_BUDGET = 2048;

  /** The background size when neither {@code --background-size} nor a file is given. */
  public static final int DEFAULT_BACKGROUND_SIZE = 100;

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--method",
      paramLabel =
          "exact-shapley|sampling-shapley|kernel-shap|tree-shap|lime|occlusion|saliency|"
              + "gradient-x-input|smoothgrad|integrated-gradients|grad-cam",
      defaultValue = "sampling-shapley",
      converter = ShapleyMethod.Converter.class,
      completionCandidates = ShapleyMethod.Names.class,
      description =
          "exact-shapley (all 2^n coalitions, at most 20 attributes), sampling-shapley (random"
              + " orderings, with standard errors), kernel-shap (Shapley-kernel regression, with"
              + " standard errors), tree-shap (exact and fast, for J48, REPTree, RandomTree and"
              + " RandomForest only), lime (a local linear surrogate), occlusion (take one"
              + " attribute away at a time), or, for org.glasswing.deep.DeepNetClassifier"
              + " networks, saliency, gradient-x-input, smoothgrad, integrated-gradients or"
              + " grad-cam (images only).")
  private ShapleyMethod method;

  @Option(
      names = "--budget",
      paramLabel = "N",
      description =
          "sampling-shapley and kernel-shap: coalitions evaluated per explained row; each costs"
              + " one model prediction per background row. Default: 2048 for sampling-shapley"
              + " (at least 2n for n attributes), 2n+2048 for kernel-shap (at least 2n+2).")
  private Integer budget;

  @Option(
      names = "--tolerance",
      paramLabel = "T",
      description =
          "sampling-shapley and kernel-shap: stop a row early once every standard error is below"
              + " T. Default: no early stop (the whole budget is spent).")
  private Double tolerance;

  @Option(
      names = "--tree-mode",
      paramLabel = "interventional|path",
      converter = TreeModeConverter.class,
      description =
          "tree-shap only: interventional (over the background rows; equals exact-shapley) or"
              + " path (path-dependent, from the training cover; no background)."
              + " Default: interventional.")
  private TreeShap.Mode treeMode;

  @Option(
      names = "--background-summary",
      paramLabel = "random|kmedoids",
      defaultValue = "random",
      description =
          "random: a uniform sample of --background-size rows; kmedoids: --background-size"
              + " medoids of the rows, weighted by their cluster sizes.")
  private BackgroundChoice backgroundSummary;

  @Option(
      names = "--background-size",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_BACKGROUND_SIZE,
      description =
          "Background rows sampled (with --seed) from the training data, all rows if there are"
              + " fewer; with --background-summary kmedoids, the number of medoids.")
  private int backgroundSize;

  @Option(
      names = "--background-data",
      paramLabel = "FILE",
      description =
          "Use every row of this file, equally weighted, as the background instead of a sample"
              + " (or summarise it with --background-summary kmedoids). It must have the training"
              + " attributes.")
  private Path backgroundData;

  @Option(
      names = "--target",
      paramLabel = "predicted|all|LABEL",
      defaultValue = "predicted",
      description = "Which class to explain: the predicted one, all classes, or one class label.")
  private String target;

  @Option(
      names = {"-q", "--quiet"},
      description = "Do not show the progress line on standard error.")
  private boolean quiet;

  @Mixin private LocalOptions local;

  @Mixin private GradientOptions gradient;

  /** Creates the command; picocli fills in the options. */
  public ExplainCommand() {}

  @Override
  public Integer call() {
    checkOptionCombinations();
    LocalExplain localExplain = new LocalExplain(common, local);
    GradientExplain gradientExplain = new GradientExplain(common, gradient);
    if (GradientExplain.handles(method) || gradientExplain.handlesImageOcclusion(method)) {
      localExplain.refuseOptionsFor(method);
      return runGradient(gradientExplain);
    }
    gradientExplain.refuseOptionsFor(method);
    if (LocalExplain.handles(method)) {
      return runLocal(localExplain);
    }
    localExplain.refuseOptionsFor(method);
    int threads = common.threads();
    TargetSelection targets = TargetSelection.parse(target);

    ExplainSetup setup = ExplainSetup.load(common);
    Schema schema = setup.schema();
    int players = schema.inputIndices().length;
    checkAttributeCount(players);
    targets.validate(outputNames(schema));
    if (method == ShapleyMethod.TREE_SHAP && common.model() == null) {
      // Say so before training: the classifier's class is known from its spec.
      checkTreeModel(ClassifierFactory.create(common.classifier()));
    }
    Background background = needsBackground() ? background(setup) : null;

    PrintWriter err = spec.commandLine().getErr();
    WekaModel wekaModel = setup.model();
    Model model = wekaModel;
    Explainer explainer;
    switch (method) {
      case EXACT_SHAPLEY -> explainer = new ExactShapley(background);
      case SAMPLING_SHAPLEY ->
          explainer = new SamplingShapley(background, budget(players), tolerance(), common.seed());
      case KERNEL_SHAP ->
          explainer = new KernelShap(background, budget(players), tolerance(), common.seed());
      default -> {
        checkTreeModel(wekaModel.classifier());
        model = WekaTreeReader.read(wekaModel.classifier(), wekaModel.schema());
        explainer =
            treeMode() == TreeShap.Mode.PATH_DEPENDENT
                ? TreeShap.pathDependent()
                : TreeShap.interventional(background);
        noteMissingValues(setup, err);
      }
    }

    CancellationToken cancelled = CancellationToken.ofCallingThread();
    ProgressLine progress = new ProgressLine(err, "explaining", !quiet);
    List<Explanation> explanations;
    try {
      EvaluationEngine engine =
          new EvaluationEngine(threads, EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancelled);
      explanations = explainer.explain(model, setup.selectedData(), targets, engine);
    } finally {
      progress.finish();
    }
    write(explanations, setup::rowNumber);
    return 0;
  }

  private Integer runLocal(LocalExplain localExplain) {
    TargetSelection targets = TargetSelection.parse(target);
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "explaining", !quiet);
    CancellationToken cancelled = CancellationToken.ofCallingThread();
    LocalExplain.Result result;
    try {
      EvaluationEngine engine =
          new EvaluationEngine(
              common.threads(), EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancelled);
      result = localExplain.run(method, targets, backgroundSize, backgroundData, engine);
    } finally {
      progress.finish();
    }
    write(result.explanations(), result.rowNumber());
    return 0;
  }

  private Integer runGradient(GradientExplain gradientExplain) {
    TargetSelection targets = TargetSelection.parse(target);
    int samples = common.given("--samples") ? local.samples() : SmoothGrad.DEFAULT_SAMPLES;
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "explaining", !quiet);
    Thread caller = Thread.currentThread();
    CancellationToken cancelled =
        () -> caller.isInterrupted() || Thread.currentThread().isInterrupted();
    LocalExplain.Result result;
    try {
      EvaluationEngine engine =
          new EvaluationEngine(
              common.threads(), EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancelled);
      result = gradientExplain.run(method, samples, targets, engine);
    } finally {
      progress.finish();
    }
    write(result.explanations(), result.rowNumber());
    return 0;
  }

  /** Refuses options that do not apply to the chosen method, before any data is read. */
  private void checkOptionCombinations() {
    if (method.isExact() && common.given("--budget")) {
      throw new UserInputException(
          "--budget applies to sampling-shapley and kernel-shap only; "
              + method
              + " is exact and has no budget");
    }
    if (method.isExact() && common.given("--tolerance")) {
      throw new UserInputException(
          "--tolerance applies to sampling-shapley and kernel-shap only; "
              + method
              + " is exact and has no standard errors");
    }
    if (method != ShapleyMethod.TREE_SHAP && common.given("--tree-mode")) {
      throw new UserInputException(
          "--tree-mode applies to --method tree-shap only, not " + method + "; drop --tree-mode");
    }
    if (!needsBackground()) {
      for (String option :
          List.of("--background-data", "--background-size", "--background-summary")) {
        if (common.given(option)) {
          throw new UserInputException(
              "--tree-mode path uses the trees' training cover, not a background; drop "
                  + option
                  + " or use --tree-mode interventional");
        }
      }
    }
    if (backgroundData != null
        && common.given("--background-size")
        && backgroundSummary != BackgroundChoice.kmedoids) {
      throw new UserInputException(
          "give either --background-size or --background-data, not both (or add"
              + " --background-summary kmedoids to summarise the file by --background-size"
              + " medoids)");
    }
    if (budget != null && budget < 1) {
      throw new UserInputException("--budget must be at least 1, got " + budget);
    }
    if (tolerance != null && (!(tolerance >= 0) || tolerance.isInfinite())) {
      throw new UserInputException(
          "--tolerance must be a number of 0 or more (0: no early stop), got " + tolerance);
    }
    if (backgroundSize < 1) {
      throw new UserInputException("--background-size must be at least 1, got " + backgroundSize);
    }
  }

  /** Refuses a number of attributes the method cannot handle, or a budget too small for it. */
  private void checkAttributeCount(int players) {
    if (method == ShapleyMethod.EXACT_SHAPLEY && players > ExactShapley.MAX_FEATURES) {
      // Say so before training; the core refuses the same way, but only after training.
      throw new UserInputException(
          "exact-shapley evaluates 2^n coalitions and allows at most "
              + ExactShapley.MAX_FEATURES
              + " attributes besides the class, but the data has "
              + players
              + "; use --method sampling-shapley or kernel-shap (with --budget) instead");
    }
    if (method == ShapleyMethod.KERNEL_SHAP
        && budget(players) < KernelShap.minimumBudget(players)) {
      int minimum = KernelShap.minimumBudget(players);
      throw new UserInputException(
          "a budget of "
              + budget(players)
              + " coalitions is too small for kernel-shap on "
              + players
              + " attributes: it needs at least "
              + minimum
              + " (2n+2: the empty and full coalitions and all coalitions of sizes 1 and n-1);"
              + " use --budget "
              + minimum
              + " or more");
    }
    if (method == ShapleyMethod.SAMPLING_SHAPLEY
        && players > 1
        && budget(players) < SamplingShapley.minimumBudget(players)) {
      int minimum = SamplingShapley.minimumBudget(players);
      throw new UserInputException(
          "a budget of "
              + budget(players)
              + " coalitions is too small for sampling-shapley on "
              + players
              + " attributes: it needs at least "
              + minimum
              + " (2n: one ordering and its reverse); use --budget "
              + minimum
              + " or more");
    }
  }

  private static void checkTreeModel(Classifier classifier) {
    if (!WekaTreeReader.isSupported(classifier)) {
      throw new UserInputException(
          "tree-shap explains Weka's J48, REPTree, RandomTree and RandomForest only, not "
              + classifier.getClass().getName()
              + "; use a model-agnostic method instead: --method exact-shapley (up to "
              + ExactShapley.MAX_FEATURES
              + " attributes), sampling-shapley or kernel-shap");
    }
  }

  private boolean needsBackground() {
    return method != ShapleyMethod.TREE_SHAP || treeMode() == TreeShap.Mode.INTERVENTIONAL;
  }

  private TreeShap.Mode treeMode() {
    return treeMode == null ? TreeShap.Mode.INTERVENTIONAL : treeMode;
  }

  private int budget(int players) {
    if (budget != null) {
      return budget;
    }
    return method == ShapleyMethod.KERNEL_SHAP ? KernelShap.defaultBudget(players) : DEFAULT_BUDGET;
  }

  private double tolerance() {
    return tolerance == null ? 0 : tolerance;
  }

  /** The background the options ask for: a sample, a file, or k medoids of either. */
  private Background background(ExplainSetup setup) {
    if (backgroundSummary == BackgroundChoice.kmedoids) {
      Dataset source =
          backgroundData != null
              ? setup.backgroundFromFile(backgroundData).rows()
              : setup.backgroundSource();
      String name =
          backgroundData != null
              ? "--background-data " + backgroundData
              : setup.backgroundSourceName();
      if (source.numRows() < 2) {
        throw new UserInputException(
            "--background-summary kmedoids needs at least 2 rows to summarise, but "
                + name
                + " has "
                + source.numRows()
                + "; give more rows or use --background-summary random");
      }
      return Background.kMedoids(source, backgroundSize, common.seed());
    }
    return backgroundData != null
        ? setup.backgroundFromFile(backgroundData)
        : setup.sampleBackground(backgroundSize, common.seed());
  }

  /**
   * Tells the user, on standard error, which explained rows have missing values and how tree-shap
   * treats them: exactly as the classifier does, with no fallback.
   */
  private void noteMissingValues(ExplainSetup setup, PrintWriter err) {
    Dataset rows = setup.selectedData();
    int[] inputs = rows.schema().inputIndices();
    List<String> withMissing = new ArrayList<>();
    for (int r = 0; r < rows.numRows(); r++) {
      for (int column : inputs) {
        if (Double.isNaN(rows.value(r, column))) {
          withMissing.add(Integer.toString(setup.rowNumber(r)));
          break;
        }
      }
    }
    if (!withMissing.isEmpty()) {
      err.println(
          "glasswing: note: "
              + (withMissing.size() == 1 ? "row " : "rows ")
              + String.join(", ", withMissing)
              + " of --data "
              + (withMissing.size() == 1 ? "has" : "have")
              + " missing values; tree-shap follows the classifier's own missing-value handling"
              + " exactly (Weka's fractional branch weights), without falling back to"
              + " enumeration"
              + (treeMode() == TreeShap.Mode.INTERVENTIONAL
                  ? ", so the values still equal exact-shapley's"
                  : ""));
      err.flush();
    }
  }

  private static List<String> outputNames(Schema schema) {
    return schema.target().isNominal() ? schema.target().labels() : List.of(schema.target().name());
  }

  private void write(List<Explanation> explanations, IntUnaryOperator rowNumber) {
    OutputFiles.write(
        common.output(),
        "--output",
        spec.commandLine().getOut(),
        out -> writeTo(explanations, rowNumber, out));
  }

  private void writeTo(List<Explanation> explanations, IntUnaryOperator rowNumber, Writer out) {
    if (common.format() == OutputFormat.json) {
      new ExplanationJsonWriter(rowNumber).write(explanations, out);
    } else {
      new ExplanationCsvWriter(rowNumber).write(explanations, out);
    }
  }
}
