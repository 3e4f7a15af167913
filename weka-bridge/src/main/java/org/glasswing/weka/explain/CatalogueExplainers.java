package org.glasswing.weka.explain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.methods.Backgrounds;
import org.glasswing.core.methods.Budgets;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodInputs;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ModelFacts;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.core.shapley.TreeShap;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.tree.WekaTreeReader;

/**
 * Builds the explainer {@link CatalogueSchemeOptions} describe, the way the command line's {@code
 * explain} does: {@code auto} by the catalogue's rule, the settings checked by the method's spec,
 * the background drawn by {@link Backgrounds#draw} from the training rows, the explainer made by
 * the spec's factory.
 */
final class CatalogueExplainers {

  private CatalogueExplainers() {}

  static MethodSpec resolve(CatalogueSchemeOptions options, WekaModel model) {
    int players = model.schema().inputIndices().length;
    boolean trees = WekaTreeReader.isSupported(model.classifier());
    MethodCatalogue catalogue = MethodCatalogue.standard();
    return MethodCatalogue.AUTO.equals(options.getMethod())
        ? catalogue.auto(new ModelFacts(players, trees, false))
        : catalogue.local(options.getMethod());
  }

  static ExplainerChoice choose(
      CatalogueSchemeOptions options, WekaModel model, Dataset training, Background drawn) {
    int players = model.schema().inputIndices().length;
    MethodSpec spec = resolve(options, model);
    if (spec.name().equals(TreeShap.METHOD) && !WekaTreeReader.isSupported(model.classifier())) {
      throw new IllegalArgumentException(
          "-method tree-shap explains Weka's J48, REPTree, RandomTree and RandomForest only, not "
              + model.classifier().getClass().getName()
              + "; use a model-agnostic method instead: -method exact-shapley (up to "
              + ExactShapley.MAX_FEATURES
              + " attributes), sampling-shapley or kernel-shap");
    }
    ParameterValues values = spec.values(given(options, spec), WekaMethodNames.SPELLING);
    Background background = null;
    if (spec.usesBackground().test(values)) {
      background =
          drawn != null
              ? drawn
              : Backgrounds.draw(training, values, "the training data", WekaMethodNames.SPELLING);
    }
    Explainer explainer = spec.create(new MethodInputs(values, training, background));
    Model explained =
        spec.name().equals(TreeShap.METHOD)
            ? WekaTreeReader.read(model.classifier(), model.schema())
            : model;
    return new ExplainerChoice(
        explainer, explained, describe(spec, values, players, background, options));
  }

  /** The settings the options give the method, as the command line would pass them. */
  private static Map<String, String> given(CatalogueSchemeOptions options, MethodSpec spec) {
    Map<String, String> given = new LinkedHashMap<>();
    if (options.getBudget() != 0) {
      given.put(Parameters.BUDGET.name(), Integer.toString(options.getBudget()));
    }
    if (options.getBackgroundSize()
        != Integer.parseInt(Parameters.BACKGROUND_SIZE.defaultValue())) {
      given.put(Parameters.BACKGROUND_SIZE.name(), Integer.toString(options.getBackgroundSize()));
    }
    given.putAll(options.settings());
    for (String name : given.keySet()) {
      if (spec.parameter(name).isEmpty()) {
        String settings =
            spec.parameters().isEmpty()
                ? "it has no settings"
                : "its settings are "
                    + String.join(
                        ", ",
                        spec.parameters().stream()
                            .map(p -> WekaMethodNames.SPELLING.apply(p.name()))
                            .toList());
        String drop =
            name.equals(Parameters.BUDGET.name())
                ? "set -budget 0"
                : name.equals(Parameters.BACKGROUND_SIZE.name())
                    ? "set -background-size " + Parameters.BACKGROUND_SIZE.defaultValue()
                    : "drop " + WekaMethodNames.SPELLING.apply(name);
        throw new IllegalArgumentException(
            WekaMethodNames.SPELLING.apply(name)
                + " does not apply to -method "
                + spec.name()
                + "; "
                + settings
                + "; "
                + drop);
      }
    }
    if (spec.parameter(Parameters.SEED.name()).isPresent()) {
      given.put(Parameters.SEED.name(), Long.toString(options.getSeed()));
    }
    return given;
  }

  private static String describe(
      MethodSpec spec,
      ParameterValues values,
      int players,
      Background background,
      CatalogueSchemeOptions options) {
    StringBuilder text = new StringBuilder(spec.name());
    List<String> parts = new java.util.ArrayList<>();
    if (MethodCatalogue.AUTO.equals(options.getMethod())) {
      parts.add("chosen by auto");
    }
    if (spec.name().equals(KernelShap.METHOD)) {
      parts.add(Budgets.kernel(values, players) + " coalitions per row");
    } else if (spec.name().equals(SamplingShapley.METHOD)) {
      parts.add(Budgets.sampling(values, players) + " coalitions per row");
    } else if (spec.name().equals(ExactShapley.METHOD)) {
      parts.add("all " + (1L << players) + " coalitions");
    }
    options
        .settings()
        .forEach(
            (k, v) -> {
              if (spec.parameter(k).isPresent()) {
                parts.add(k + " " + v);
              }
            });
    if (background != null) {
      parts.add(background.size() + " background rows");
    }
    if (!parts.isEmpty()) {
      text.append(" (").append(String.join(", ", parts)).append(')');
    }
    return text.toString();
  }
}
