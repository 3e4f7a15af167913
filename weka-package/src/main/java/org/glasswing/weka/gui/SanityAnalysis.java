package org.glasswing.weka.gui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.methods.Backgrounds;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.model.Model;
import org.glasswing.core.sanity.InputMagnitudeExplainer;
import org.glasswing.core.shapley.Background;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.explain.CatalogueSchemeOptions;
import org.glasswing.weka.explain.ExplainerChoice;
import org.glasswing.weka.tree.WekaTreeReader;
import weka.core.Instances;

/**
 * What the sanity views share, as {@code glasswing sanity}, {@code faithfulness} and {@code
 * agreement} set it up: the explanation methods checked (the extra setting {@code method}, the
 * command line's {@code --method}), each built from the catalogue at its defaults with the seed, on
 * one background drawn from the training data; the first {@value #ROWS} instances (the command
 * line's default {@code --rows}); and the model they explain (its trees when a method reads them).
 */
final class SanityAnalysis {

  /** The instances explained: the command line's default {@code --rows 1-10}. */
  static final int ROWS = 10;

  /** The methods checked when the analyst names none: two real ones and the control. */
  static final String DEFAULT_METHODS = "kernel-shap,occlusion," + InputMagnitudeExplainer.METHOD;

  /** The extra setting of the sanity views: which explanation methods are checked. */
  static final Parameter METHOD =
      Parameter.text(
          "method",
          DEFAULT_METHODS,
          "The explanation methods checked, comma-separated (any tabular local method, as in"
              + " glasswing methods). input-magnitude is the control: it ignores the model and is"
              + " expected to FAIL.");

  /**
   * The methods set up on the data.
   *
   * @param names the method names, in the order given
   * @param explainers the methods, in the same order
   * @param model the model they explain
   * @param rows the explained instances
   * @param background the background they share
   * @param reseed builds a method with another seed, for stability
   * @param treeView reads a retrained Weka model as the methods need it
   */
  record Setup(
      List<String> names,
      List<Explainer> explainers,
      Model model,
      Dataset rows,
      Background background,
      Function<String, LongFunction<Explainer>> reseed,
      Function<WekaModel, Model> treeView) {

    Setup {
      names = List.copyOf(names);
      explainers = List.copyOf(explainers);
    }

    int features() {
      return model.schema().inputIndices().length;
    }

    /** The k of the top-k measures: 5, lowered to the number of attributes minus one. */
    int topK() {
      return Math.max(1, Math.min(5, features() - 1));
    }

    EvaluationEngine engine(ProgressListener progress, CancellationToken cancel) {
      return new EvaluationEngine(1, EvaluationEngine.DEFAULT_BATCH_ROWS, progress, cancel);
    }
  }

  private SanityAnalysis() {}

  /** The spec as the view offers it: a sanity check with the methods it checks as a setting. */
  static MethodSpec offered(MethodSpec spec) {
    if (!SanityChecks.CHECKS.contains(spec.name()) || spec.parameter(METHOD.name()).isPresent()) {
      return spec;
    }
    List<Parameter> parameters = new ArrayList<>();
    parameters.add(METHOD);
    parameters.addAll(spec.parameters());
    return new MethodSpec(
        spec.name(),
        spec.family(),
        spec.question(),
        parameters,
        spec.citation(),
        spec.model(),
        spec.data(),
        spec.exact(),
        spec.usesBackground(),
        null);
  }

  /**
   * Builds the methods named in the settings.
   *
   * @param spec a spec from {@link #offered}
   * @param values its settings
   * @param model the trained model
   * @param data its training data
   * @param seed the seed of the background and of every method
   * @return the setup
   * @throws IllegalArgumentException naming an unknown method or one that does not suit the model
   */
  static Setup setup(
      MethodSpec spec, ParameterValues values, WekaModel model, Instances data, long seed) {
    List<String> names = names(values.takes(METHOD) ? values.text(METHOD) : DEFAULT_METHODS);
    Dataset training = WekaData.dataset(data);
    Background background =
        Backgrounds.draw(
            training,
            ParameterValues.of(Parameters.background(), Map.of(), n -> n),
            "the training data",
            n -> n);
    List<Explainer> explainers = new ArrayList<>();
    Model explained = model;
    for (String name : names) {
      ExplainerChoice choice = choose(name, seed, model, training, background);
      explainers.add(choice.explainer());
      if (!(choice.model() instanceof WekaModel)) {
        explained = choice.model();
      }
    }
    boolean trees = explained != model;
    Function<WekaModel, Model> view =
        trees ? m -> WekaTreeReader.read(m.classifier(), m.schema()) : m -> m;
    int count = Math.min(ROWS, training.numRows());
    int[] first = new int[count];
    for (int r = 0; r < count; r++) {
      first[r] = r;
    }
    return new Setup(
        names,
        explainers,
        explained,
        training.select(first),
        background,
        name -> s -> choose(name, s, model, training, background).explainer(),
        view);
  }

  private static ExplainerChoice choose(
      String name, long seed, WekaModel model, Dataset training, Background background) {
    CatalogueSchemeOptions options = new CatalogueSchemeOptions();
    options.setMethod(name);
    options.setSeed(seed);
    return options.choose(model, training, background);
  }

  private static List<String> names(String text) {
    Set<String> names = new LinkedHashSet<>();
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        names.add(part.strip());
      }
    }
    if (names.isEmpty() || names.contains("auto")) {
      throw new IllegalArgumentException(
          "method: name the explanation methods to check, comma-separated, such as "
              + DEFAULT_METHODS);
    }
    return new ArrayList<>(names);
  }
}
