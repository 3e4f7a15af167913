package org.glasswing.weka.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntUnaryOperator;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.io.ExplanationCsvWriter;
import org.glasswing.core.io.ExplanationJsonWriter;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
      paramLabel = "exact-shapley|sampling-shapley|lime|occlusion",
      defaultValue = "sampling-shapley",
      converter = ShapleyMethod.Converter.class,
      completionCandidates = ShapleyMethod.Names.class,
      description =
          "exact-shapley (all 2^n coalitions, at most 20 attributes) or sampling-shapley"
              + " (random orderings, with standard errors); lime (a local linear surrogate) or"
              + " occlusion (take one attribute away at a time).")
  private ShapleyMethod method;

  @Option(
      names = "--budget",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_BUDGET,
      description =
          "sampling-shapley only: coalitions evaluated per explained row; each costs one model"
              + " prediction per background row.")
  private int budget;

  @Option(
      names = "--background-size",
      paramLabel = "N",
      defaultValue = "" + DEFAULT_BACKGROUND_SIZE,
      description =
          "Background rows sampled (with --seed) from the training data; all rows if there are"
              + " fewer.")
  private int backgroundSize;

  @Option(
      names = "--background-data",
      paramLabel = "FILE",
      description =
          "Use every row of this file, equally weighted, as the background instead of a sample."
              + " It must have the training attributes.")
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

  /** Creates the command; picocli fills in the options. */
  public ExplainCommand() {}

  @Override
  public Integer call() {
    LocalExplain localExplain = new LocalExplain(common, local);
    if (LocalExplain.handles(method)) {
      return runLocal(localExplain);
    }
    localExplain.refuseOptionsFor(method);
    if (method == ShapleyMethod.EXACT_SHAPLEY && common.given("--budget")) {
      throw new UserInputException("--budget applies to sampling-shapley only");
    }
    if (backgroundData != null && common.given("--background-size")) {
      throw new UserInputException("give either --background-size or --background-data, not both");
    }
    if (budget < 1) {
      throw new UserInputException("--budget must be at least 1, got " + budget);
    }
    int threads = common.threads();
    Path output = common.output();
    if (output != null) {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new UserInputException("cannot write " + output + ": no such directory");
      }
    }
    TargetSelection targets = TargetSelection.parse(target);

    ExplainSetup setup = ExplainSetup.load(common);
    Schema schema = setup.schema();
    if (method == ShapleyMethod.EXACT_SHAPLEY
        && schema.inputIndices().length > ExactShapley.MAX_FEATURES) {
      // Say so before training; the core refuses the same way, but only after training.
      throw new UserInputException(
          "exact-shapley evaluates 2^n coalitions and allows at most "
              + ExactShapley.MAX_FEATURES
              + " attributes besides the class, but the data has "
              + schema.inputIndices().length
              + "; use --method sampling-shapley (with --budget) instead");
    }
    targets.validate(outputNames(schema));
    Background background =
        backgroundData != null
            ? setup.backgroundFromFile(backgroundData)
            : setup.sampleBackground(backgroundSize, common.seed());
    Explainer explainer =
        method == ShapleyMethod.EXACT_SHAPLEY
            ? new ExactShapley(background)
            : new SamplingShapley(background, budget, common.seed());

    PrintWriter err = spec.commandLine().getErr();
    WekaModel model = setup.model();
    Thread caller = Thread.currentThread();
    CancellationToken cancelled =
        () -> caller.isInterrupted() || Thread.currentThread().isInterrupted();
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
    checkOutputDirectory();
    TargetSelection targets = TargetSelection.parse(target);
    ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "explaining", !quiet);
    Thread caller = Thread.currentThread();
    CancellationToken cancelled =
        () -> caller.isInterrupted() || Thread.currentThread().isInterrupted();
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

  private void checkOutputDirectory() {
    Path output = common.output();
    if (output != null) {
      Path parent = output.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new UserInputException("cannot write " + output + ": no such directory");
      }
    }
  }

  private static List<String> outputNames(Schema schema) {
    return schema.target().isNominal() ? schema.target().labels() : List.of(schema.target().name());
  }

  private void write(List<Explanation> explanations, IntUnaryOperator rowNumber) {
    Path file = common.output();
    try {
      if (file == null) {
        Writer out = spec.commandLine().getOut();
        writeTo(explanations, rowNumber, out);
        return;
      }
      try (Writer out =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8))) {
        writeTo(explanations, rowNumber, out);
      }
    } catch (NoSuchFileException e) {
      throw new UserInputException("cannot write " + file + ": no such directory", e);
    } catch (IOException e) {
      throw new UserInputException("cannot write " + file + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UserInputException("cannot write " + file + ": " + e.getCause().getMessage(), e);
    }
  }

  private void writeTo(List<Explanation> explanations, IntUnaryOperator rowNumber, Writer out) {
    if (common.format() == OutputFormat.json) {
      new ExplanationJsonWriter(rowNumber).write(explanations, out);
    } else {
      new ExplanationCsvWriter(rowNumber).write(explanations, out);
    }
  }
}
