package org.glasswing.core.methods;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.gradient.Baseline;
import org.glasswing.core.gradient.GradCam;
import org.glasswing.core.gradient.GradientTimesInput;
import org.glasswing.core.gradient.IntegratedGradients;
import org.glasswing.core.gradient.Saliency;
import org.glasswing.core.gradient.SmoothGrad;
import org.glasswing.core.sanity.InputMagnitudeExplainer;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.core.shapley.TreeShap;

/**
 * Local attribution methods by name. {@link #standard()} holds the core's methods; a new method is
 * one more {@link #with} call there. Immutable.
 */
public final class ExplainerRegistry {

  /** How to build one method. */
  private record Entry(boolean needsTreeModel, Function<MethodSettings, Explainer> factory) {}

  private final Map<String, Entry> entries;

  private ExplainerRegistry(Map<String, Entry> entries) {
    this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  /**
   * A registry with no method.
   *
   * @return the empty registry
   */
  public static ExplainerRegistry empty() {
    return new ExplainerRegistry(Map.of());
  }

  /**
   * The core's methods: exact-shapley, sampling-shapley, kernel-shap, tree-shap (interventional)
   * and the control input-magnitude. Estimators take at least their minimum budget.
   *
   * @return the registry
   */
  public static ExplainerRegistry standard() {
    return empty()
        .with(ExactShapley.METHOD, false, s -> new ExactShapley(s.background()))
        .with(
            SamplingShapley.METHOD,
            false,
            s ->
                new SamplingShapley(
                    s.background(),
                    Math.max(s.budget(), SamplingShapley.minimumBudget(players(s))),
                    s.seed()))
        .with(
            KernelShap.METHOD,
            false,
            s ->
                new KernelShap(
                    s.background(),
                    Math.max(s.budget(), KernelShap.minimumBudget(players(s))),
                    s.seed()))
        .with(TreeShap.METHOD, true, s -> TreeShap.interventional(s.background()))
        .with(
            InputMagnitudeExplainer.METHOD, false, s -> new InputMagnitudeExplainer(s.background()))
        .with(Saliency.METHOD, false, s -> new Saliency())
        .with(GradientTimesInput.METHOD, false, s -> new GradientTimesInput())
        .with(
            SmoothGrad.METHOD,
            false,
            s -> new SmoothGrad(SmoothGrad.DEFAULT_SAMPLES, SmoothGrad.DEFAULT_NOISE, s.seed()))
        .with(
            IntegratedGradients.METHOD,
            false,
            s -> new IntegratedGradients(IntegratedGradients.DEFAULT_STEPS, Baseline.zeros()))
        .with(GradCam.METHOD, false, s -> new GradCam());
  }

  private static int players(MethodSettings settings) {
    return settings.background().rows().schema().inputIndices().length;
  }

  /**
   * This registry plus one method.
   *
   * @param name the method's name, as the command line spells it
   * @param needsTreeModel whether the method explains only a core tree ensemble, so that a front
   *     end must hand it the model read into the core's trees
   * @param factory builds the method from settings
   * @return a new registry
   * @throws IllegalArgumentException if the name is taken
   */
  public ExplainerRegistry with(
      String name, boolean needsTreeModel, Function<MethodSettings, Explainer> factory) {
    if (entries.containsKey(name)) {
      throw new IllegalArgumentException("the method '" + name + "' is registered already");
    }
    Map<String, Entry> more = new LinkedHashMap<>(entries);
    more.put(name, new Entry(needsTreeModel, factory));
    return new ExplainerRegistry(more);
  }

  /**
   * The registered names, in registration order.
   *
   * @return the names
   */
  public List<String> names() {
    return List.copyOf(entries.keySet());
  }

  /**
   * Builds a method.
   *
   * @param name its name
   * @param settings what to build it from
   * @return the explainer
   * @throws IllegalArgumentException if no method has that name
   */
  public Explainer create(String name, MethodSettings settings) {
    return entry(name).factory().apply(settings);
  }

  /**
   * Whether a method explains only core tree ensembles.
   *
   * @param name its name
   * @return true for such a method
   * @throws IllegalArgumentException if no method has that name
   */
  public boolean needsTreeModel(String name) {
    return entry(name).needsTreeModel();
  }

  /**
   * Reads a comma-separated list of method names, such as {@code exact-shapley,input-magnitude}.
   *
   * @param text the list
   * @return the names, in order, without repeats
   * @throws IllegalArgumentException naming the first unknown method and the known ones
   */
  public List<String> parse(String text) {
    Set<String> names = new LinkedHashSet<>();
    for (String part : text.split(",")) {
      String name = part.strip();
      if (!name.isEmpty()) {
        entry(name);
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException(
          "no method given; choose from " + String.join(", ", names()));
    }
    return new ArrayList<>(names);
  }

  private Entry entry(String name) {
    Entry entry = entries.get(name);
    if (entry == null) {
      throw new IllegalArgumentException(
          "no method '" + name + "'; choose from " + String.join(", ", names()));
    }
    return entry;
  }
}
