package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.methods.Backgrounds;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodInputs;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ModelRequirement;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;
import org.glasswing.deep.DeepNetClassifier;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.tree.WekaTreeReader;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the evaluation commands share: the methods the user named, from the catalogue, built on one
 * background with the catalogue's settings; the model they all explain (the Weka model, or its
 * trees read into the core when a method needs them; both predict alike), the engine, and writing a
 * table to the output.
 */
final class MethodSetup {

  private static final java.util.function.UnaryOperator<String> SPELLING =
      CatalogueOptions.SPELLING;

  private final ExplainSetup setup;
  private final MethodOptions options;
  private final boolean quiet;
  private final List<MethodSpec> specs;
  private final Map<String, String> given;
  private final boolean needsTrees;
  private final Background background;

  private MethodSetup(
      ExplainSetup setup, MethodOptions options, Map<String, String> given, boolean quiet) {
    this.quiet = quiet;
    this.setup = setup;
    this.options = options;
    this.specs = parse(options.methods());
    this.given = Map.copyOf(given);
    this.needsTrees = specs.stream().anyMatch(s -> s.model() == ModelRequirement.TREE_ENSEMBLE);
    for (MethodSpec spec : specs) {
      values(spec, this.given); // every setting must suit at least its methods
    }
    ParameterValues backgroundValues =
        ParameterValues.of(Parameters.background(), backgroundSettings(this.given), SPELLING);
    try {
      this.background =
          Backgrounds.draw(
              setup.backgroundSource(), backgroundValues, setup.backgroundSourceName(), SPELLING);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  /**
   * The local methods of the catalogue, whose settings the evaluation commands offer.
   *
   * @return the specs
   */
  static List<MethodSpec> catalogueMethods() {
    return MethodCatalogue.standard().all().stream().filter(MethodSpec::isLocal).toList();
  }

  /**
   * Reads the data and the method names; checks them and their settings before any training.
   *
   * @param common the common options
   * @param options the method options
   * @param command the command's spec, to read the catalogue settings given
   * @return the setup
   */
  static MethodSetup load(CommonOptions common, MethodOptions options, CommandSpec command) {
    List<MethodSpec> chosen = parse(options.methods());
    Map<String, String> given = CatalogueOptions.givenFor(command, catalogueMethods(), chosen);
    for (String name : given.keySet()) {
      if (chosen.stream().allMatch(m -> m.parameter(name).isEmpty())) {
        throw new UserInputException(
            SPELLING.apply(name)
                + " does not apply to --method "
                + options.methods().strip()
                + "; drop "
                + SPELLING.apply(name)
                + " or choose a method that takes it (glasswing methods lists them)");
      }
    }
    return new MethodSetup(ExplainSetup.load(common), options, given, common.quiet());
  }

  private static List<MethodSpec> parse(String text) {
    Set<String> names = new LinkedHashSet<>();
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        names.add(part.strip());
      }
    }
    if (names.isEmpty()) {
      throw new UserInputException("--method: no method given; name one or more, comma-separated");
    }
    List<MethodSpec> specs = new ArrayList<>();
    for (String name : names) {
      MethodSpec spec;
      try {
        spec = MethodCatalogue.standard().local(name);
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--method " + name + ": " + e.getMessage(), e);
      }
      specs.add(spec);
    }
    return specs;
  }

  /** The given settings that belong to one method, checked. */
  private static ParameterValues values(MethodSpec spec, Map<String, String> given) {
    Map<String, String> own = new LinkedHashMap<>();
    given.forEach(
        (k, v) -> {
          if (spec.parameter(k).isPresent()) {
            own.put(k, v);
          }
        });
    try {
      return spec.values(own, SPELLING);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  private static Map<String, String> backgroundSettings(Map<String, String> given) {
    Map<String, String> own = new LinkedHashMap<>();
    for (Parameter p : Parameters.background()) {
      if (given.containsKey(p.name())) {
        own.put(p.name(), given.get(p.name()));
      }
    }
    return own;
  }

  ExplainSetup data() {
    return setup;
  }

  List<String> names() {
    return specs.stream().map(MethodSpec::name).toList();
  }

  Background background() {
    return background;
  }

  int features() {
    return setup.schema().inputIndices().length;
  }

  /** The methods, in the order named. */
  List<Explainer> explainers() {
    List<Explainer> explainers = new ArrayList<>();
    for (MethodSpec spec : specs) {
      explainers.add(create(spec, given));
    }
    return explainers;
  }

  /** Builds a method with another seed, for stability runs. */
  LongFunction<Explainer> withSeed(String name) {
    MethodSpec spec = MethodCatalogue.standard().local(name);
    return seed -> {
      Map<String, String> reseeded = new LinkedHashMap<>(given);
      reseeded.put(Parameters.SEED.name(), Long.toString(seed));
      return create(spec, reseeded);
    };
  }

  private Explainer create(MethodSpec spec, Map<String, String> settings) {
    try {
      return spec.create(
          new MethodInputs(values(spec, settings), setup.backgroundSource(), background));
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
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
    return new ProgressLine(err, label, !quiet);
  }
}
