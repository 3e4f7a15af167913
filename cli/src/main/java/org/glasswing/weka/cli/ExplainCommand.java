package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.io.ExplanationCsvWriter;
import org.glasswing.core.io.ExplanationJsonWriter;
import org.glasswing.core.methods.DataKind;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.weka.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code glasswing explain}: local explanations (Shapley values, LIME, occlusion, gradients) of a
 * Weka classifier's output for selected rows, written as CSV or JSON. The methods and their
 * settings come from the {@link MethodCatalogue}: each catalogue parameter is an option.
 */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Explain a Weka classifier's predictions for some rows: how much each attribute moved the"
          + " prediction away from the average one (Shapley values), which attributes a local"
          + " linear model needs (LIME), what taking an attribute away does (occlusion), or where"
          + " a neural network looks (gradients). 'glasswing methods' lists every method and"
          + " setting.",
      ""
    })
public final class ExplainCommand implements Callable<Integer>, CatalogueDriven, SharedOptionUse {

  /** The one command that writes JSON as well as CSV. */
  @Override
  public Set<String> unusedSharedOptions() {
    return Set.of();
  }

  @Spec private CommandSpec spec;

  @Mixin private CommonOptions common;

  @Option(
      names = "--method",
      paramLabel = "NAME",
      defaultValue = MethodCatalogue.AUTO,
      completionCandidates = MethodNames.class,
      description =
          "auto, or a local method of 'glasswing methods': exact-shapley, sampling-shapley,"
              + " kernel-shap, tree-shap, lime, occlusion, input-magnitude (a control), or, for"
              + " org.glasswing.deep.DeepNetClassifier networks, saliency, gradient-x-input,"
              + " smoothgrad, integrated-gradients, grad-cam. auto: tree-shap for J48, REPTree,"
              + " RandomTree and RandomForest; exact-shapley up to "
              + MethodCatalogue.AUTO_EXACT_MAX_FEATURES
              + " attributes; kernel-shap otherwise.")
  private String method;

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
      names = "--text",
      description =
          "lime and occlusion: explain documents. The data must hold one string attribute and"
              + " the class; the players are the words of each document (one output line per"
              + " distinct word).")
  private boolean text;

  @Mixin private GradientOptions gradient;

  /** Creates the command; picocli fills in the options. */
  public ExplainCommand() {}

  @Override
  public List<MethodSpec> catalogueMethods() {
    return MethodCatalogue.standard().all().stream().filter(MethodSpec::isLocal).toList();
  }

  @Override
  public Integer call() {
    TargetSelection targets = TargetSelection.parse(target);
    Map<String, String> given = CatalogueOptions.given(spec, catalogueMethods());
    MethodSpec chosen = MethodCatalogue.AUTO.equals(method) ? null : named(method);
    GradientExplain gradientExplain = new GradientExplain(common, gradient);
    if (chosen != null && gradientExplain.handles(chosen)) {
      return write(run(engine -> gradientExplain.run(chosen, given(chosen), targets, engine)));
    }
    if (chosen != null) {
      gradientExplain.refuseOptionsFor(chosen);
    } else if (common.given("--patch") || common.given("--heatmaps")) {
      throw new UserInputException("--patch and --heatmaps need a --method, not auto");
    }
    if (text) {
      if (chosen == null) {
        throw new UserInputException("--text needs --method lime or occlusion, not auto");
      }
      TextExplain textExplain = new TextExplain(common);
      return write(
          run(engine -> textExplain.run(chosen, given(chosen), backgroundData, targets, engine)));
    }
    if (chosen != null && !chosen.explains(DataKind.TABULAR)) {
      throw new UserInputException(
          chosen.name() + " explains images only; give --patch or use another method");
    }
    TabularExplain tabular = new TabularExplain(common, spec.commandLine().getErr());
    return write(
        run(engine -> tabular.run(method, given, backgroundData, targets, engine, common.quiet())));
  }

  /**
   * The given catalogue settings that concern one method (common ones it does not take left out).
   */
  private Map<String, String> given(MethodSpec chosen) {
    return CatalogueOptions.givenFor(spec, catalogueMethods(), List.of(chosen));
  }

  private static MethodSpec named(String name) {
    try {
      return MethodCatalogue.standard().local(name);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--method " + name + ": " + e.getMessage(), e);
    }
  }

  /** One explanation run on the engine, with a progress line. */
  private interface Job {
    ExplainRun run(EvaluationEngine engine);
  }

  private ExplainRun run(Job job) {
    PrintWriter err = spec.commandLine().getErr();
    ProgressLine progress = new ProgressLine(err, "explaining", !common.quiet());
    Thread caller = Thread.currentThread();
    CancellationToken cancelled =
        () -> caller.isInterrupted() || Thread.currentThread().isInterrupted();
    try {
      EvaluationEngine engine =
          new EvaluationEngine(
              common.threads(), EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancelled);
      return job.run(engine);
    } finally {
      progress.finish();
    }
  }

  private Integer write(ExplainRun result) {
    OutputFiles.write(
        common.output(), "--output", spec.commandLine().getOut(), out -> writeTo(result, out));
    return 0;
  }

  private void writeTo(ExplainRun result, Writer out) {
    if (common.format() == OutputFormat.json) {
      new ExplanationJsonWriter(result.rowNumber()).write(result.explanations(), out);
    } else {
      new ExplanationCsvWriter(result.rowNumber()).write(result.explanations(), out);
    }
  }

  /** The method names for shell completion: auto and the catalogue's local methods. */
  static final class MethodNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      java.util.List<String> names = new java.util.ArrayList<>();
      names.add(MethodCatalogue.AUTO);
      MethodCatalogue.standard().all().stream()
          .filter(MethodSpec::isLocal)
          .forEach(s -> names.add(s.name()));
      return names.iterator();
    }
  }
}
