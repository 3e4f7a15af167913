package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.methods.ExplainerRegistry;
import org.glasswing.core.methods.MethodSettings;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;
import org.glasswing.deep.DeepNetClassifier;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.tree.WekaTreeReader;

/**
 * What the evaluation commands share: the method registry, the methods the user named built on one
 * background, the model they all explain (the Weka model, or its trees read into the core when a
 * method needs them; both predict alike), the engine, and writing a table to the output.
 */
final class MethodSetup {

  /** Every method the evaluation commands offer; a new method is one registration in the core. */
  static final ExplainerRegistry REGISTRY = ExplainerRegistry.standard();

  private final ExplainSetup setup;
  private final MethodOptions options;
  private final List<String> names;
  private final boolean needsTrees;
  private final MethodSettings settings;

  private MethodSetup(ExplainSetup setup, MethodOptions options, long seed) {
    this.setup = setup;
    this.options = options;
    this.names = REGISTRY.parse(options.methods());
    this.needsTrees = names.stream().anyMatch(REGISTRY::needsTreeModel);
    if (options.budget() < 1) {
      throw new UserInputException("--budget must be at least 1, got " + options.budget());
    }
    Background background = setup.sampleBackground(options.backgroundSize(), seed);
    this.settings = new MethodSettings(background, options.budget(), seed);
  }

  /**
   * Reads the data and the method names; checks them before any training.
   *
   * @param common the common options
   * @param options the method options
   * @return the setup
   */
  static MethodSetup load(CommonOptions common, MethodOptions options) {
    return new MethodSetup(ExplainSetup.load(common), options, common.seed());
  }

  ExplainSetup data() {
    return setup;
  }

  List<String> names() {
    return names;
  }

  Background background() {
    return settings.background();
  }

  int features() {
    return setup.schema().inputIndices().length;
  }

  /** The methods, in the order named. */
  List<Explainer> explainers() {
    List<Explainer> explainers = new ArrayList<>();
    for (String name : names) {
      explainers.add(REGISTRY.create(name, settings));
    }
    return explainers;
  }

  /** Builds a method with another seed, for stability runs. */
  LongFunction<Explainer> withSeed(String name) {
    return seed -> REGISTRY.create(name, settings.withSeed(seed));
  }

  /** The model every method explains: the trained Weka model or, for tree methods, its trees. */
  Model model() {
    return view(setup.model());
  }

  /** The view of a Weka model the methods explain. */
  Model view(WekaModel model) {
    if (model.classifier() instanceof DeepNetClassifier network) {
      return network.model(model.schema()); // a network's view has gradients
    }
    if (!needsTrees) {
      return model;
    }
    if (!WekaTreeReader.isSupported(model.classifier())) {
      throw new UserInputException(
          "tree-shap explains tree models only (Weka's J48, REPTree, RandomTree and"
              + " RandomForest), not "
              + model.classifier().getClass().getName()
              + "; use exact-shapley, sampling-shapley or kernel-shap instead");
    }
    return WekaTreeReader.read(model.classifier(), model.schema());
  }

  /** An engine on the user's threads reporting to a progress line. */
  EvaluationEngine engine(int threads, ProgressLine progress) {
    CancellationToken cancelled = CancellationToken.ofCallingThread();
    return new EvaluationEngine(threads, EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancelled);
  }

  ProgressLine progress(PrintWriter err, String label) {
    return new ProgressLine(err, label, !options.quiet());
  }
}
