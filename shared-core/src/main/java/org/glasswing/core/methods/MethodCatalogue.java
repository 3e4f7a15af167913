package org.glasswing.core.methods;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.TreeShap;

/**
 * The one list of Glasswing's methods. Every face (command line, Weka, KNIME, the audit) reads
 * names, settings, defaults, requirements and citations from here, so that a method is described
 * once and the same settings give the same numbers everywhere. Immutable.
 */
public final class MethodCatalogue {

  /** The name that asks the catalogue to choose a Shapley method for the model. */
  public static final String AUTO = "auto";

  /** The most attributes for which {@code auto} chooses exact Shapley values (4096 coalitions). */
  public static final int AUTO_EXACT_MAX_FEATURES = 12;

  private static final MethodCatalogue STANDARD = new MethodCatalogue(standardSpecs());

  private final List<MethodSpec> specs;

  private MethodCatalogue(List<MethodSpec> specs) {
    Set<String> names = new LinkedHashSet<>();
    for (MethodSpec spec : specs) {
      if (!names.add(spec.family().isLocal() + ":" + spec.name())) {
        throw new IllegalArgumentException("the method '" + spec.name() + "' is listed twice");
      }
    }
    this.specs = List.copyOf(specs);
  }

  private static List<MethodSpec> standardSpecs() {
    List<MethodSpec> all = new ArrayList<>(LocalMethods.all());
    all.addAll(AnalysisMethods.all());
    all.addAll(FairnessMethods.all());
    all.addAll(GlassboxMethods.all());
    return all;
  }

  /**
   * The catalogue of every method Glasswing has.
   *
   * @return the catalogue
   */
  public static MethodCatalogue standard() {
    return STANDARD;
  }

  /**
   * Every spec, local methods first, in the order faces list them.
   *
   * @return the specs
   */
  public List<MethodSpec> all() {
    return specs;
  }

  /**
   * The local methods that explain a kind of data.
   *
   * @param kind the data kind
   * @return the specs, in catalogue order
   */
  public List<MethodSpec> local(DataKind kind) {
    return specs.stream().filter(s -> s.isLocal() && s.explains(kind)).toList();
  }

  /**
   * The local methods a face can offer for a model it knows by its facts: a black-box face hides
   * tree-shap and the gradient methods.
   *
   * @param kind the data kind
   * @param facts what the face knows of the model, or null for a black box of unknown size
   * @return the specs
   */
  public List<MethodSpec> localFor(DataKind kind, ModelFacts facts) {
    return local(kind).stream().filter(s -> suits(s, facts)).toList();
  }

  private static boolean suits(MethodSpec spec, ModelFacts facts) {
    return switch (spec.model()) {
      case ANY_MODEL -> true;
      case TREE_ENSEMBLE -> facts != null && facts.treeEnsemble();
      case DIFFERENTIABLE -> facts != null && facts.differentiable();
      case LOGISTIC -> false;
    };
  }

  /**
   * A local method by name.
   *
   * @param name its name
   * @return the spec
   * @throws IllegalArgumentException naming the known local methods when none has that name
   */
  public MethodSpec local(String name) {
    return specs.stream()
        .filter(s -> s.isLocal() && s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown method '"
                        + name
                        + "'; use "
                        + AUTO
                        + " or one of "
                        + String.join(
                            ", ",
                            specs.stream()
                                .filter(MethodSpec::isLocal)
                                .map(MethodSpec::name)
                                .toList())));
  }

  /**
   * A spec of any family by name and family.
   *
   * @param family the family
   * @param name the name
   * @return the spec
   * @throws IllegalArgumentException if the family has no such method
   */
  public MethodSpec find(Family family, String name) {
    return specs.stream()
        .filter(s -> s.family() == family && s.name().equals(name))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no " + family.label() + " method '" + name + "'"));
  }

  /**
   * The {@code auto} rule: TreeSHAP for a model whose trees can be read (exact and fast), exact
   * Shapley values up to {@value #AUTO_EXACT_MAX_FEATURES} attributes, KernelSHAP otherwise.
   *
   * @param facts what is known of the model
   * @return the chosen local method
   */
  public MethodSpec auto(ModelFacts facts) {
    if (facts.treeEnsemble()) {
      return local(TreeShap.METHOD);
    }
    if (facts.features() <= Math.min(AUTO_EXACT_MAX_FEATURES, ExactShapley.MAX_FEATURES)) {
      return local(ExactShapley.METHOD);
    }
    return local(KernelShap.METHOD);
  }

  /**
   * The {@code auto} rule in words, for help texts.
   *
   * @return the rule
   */
  public static String autoRule() {
    return "auto: tree-shap for J48, REPTree, RandomTree and RandomForest; exact-shapley up to "
        + AUTO_EXACT_MAX_FEATURES
        + " attributes; kernel-shap otherwise";
  }

  /**
   * A local method by name, or the {@code auto} choice.
   *
   * @param name a method name or {@value #AUTO}
   * @param facts what is known of the model
   * @return the spec
   * @throws IllegalArgumentException for an unknown name, or a method the model cannot use
   */
  public MethodSpec resolve(String name, ModelFacts facts) {
    if (AUTO.equals(name)) {
      return auto(facts);
    }
    MethodSpec spec = local(name);
    if (!suits(spec, facts)) {
      throw new IllegalArgumentException(
          name + " needs " + spec.model().label() + ", and this model is not one");
    }
    return spec;
  }
}
