package org.glasswing.core.methods;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.glasswing.core.explain.Explainer;

/**
 * Everything a face needs to know of one method: its name, what question it answers, its settings,
 * what it requires, where it comes from and, for a local method, how to build it. One spec per
 * method, in {@link MethodCatalogue}; every face derives its options from it.
 *
 * @param name the name, as every face spells it, such as {@code kernel-shap}
 * @param family the kind of capability
 * @param question the question it answers, in one plain line
 * @param parameters its settings, in the order faces list them
 * @param citation where the method comes from
 * @param model what it needs of the model
 * @param data the kinds of data it explains
 * @param exact whether its results are exact (no sampling error)
 * @param usesBackground whether, with given settings, it needs background rows
 * @param factory builds the explainer of a local method; null for other families
 */
public record MethodSpec(
    String name,
    Family family,
    String question,
    List<Parameter> parameters,
    String citation,
    ModelRequirement model,
    Set<DataKind> data,
    boolean exact,
    Predicate<ParameterValues> usesBackground,
    ExplainerFactory factory) {

  /**
   * Checks the spec.
   *
   * @param name the name
   * @param family the family
   * @param question the question
   * @param parameters the parameters
   * @param citation the citation
   * @param model the model requirement
   * @param data the data kinds
   * @param exact whether exact
   * @param usesBackground whether it needs a background
   * @param factory the factory, or null
   */
  public MethodSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(usesBackground, "usesBackground");
    parameters = List.copyOf(parameters);
    data = Set.copyOf(data.isEmpty() ? EnumSet.of(DataKind.TABULAR) : data);
    if (family.isLocal() != (factory != null)) {
      throw new IllegalArgumentException(
          name + ": a local method has a factory, and only a local method has one");
    }
    long distinct = parameters.stream().map(Parameter::name).distinct().count();
    if (distinct != parameters.size()) {
      throw new IllegalArgumentException(name + " lists a parameter twice");
    }
  }

  /**
   * Whether the method explains one prediction at a time (and so has a factory).
   *
   * @return true for a local method
   */
  public boolean isLocal() {
    return factory != null;
  }

  /**
   * Whether the method explains a kind of data.
   *
   * @param kind the data kind
   * @return true if it does
   */
  public boolean explains(DataKind kind) {
    return data.contains(kind);
  }

  /**
   * Whether a face that sees the model only as a black box (outputs, no trees, no gradients) can
   * offer the method.
   *
   * @return true for methods that need any model only
   */
  public boolean worksOnBlackBox() {
    return model == ModelRequirement.ANY_MODEL;
  }

  /**
   * One of the method's parameters by name.
   *
   * @param parameterName the name or an alias
   * @return the parameter, if the method takes it
   */
  public Optional<Parameter> parameter(String parameterName) {
    return parameters.stream().filter(p -> p.answersTo(parameterName)).findFirst();
  }

  /**
   * The same method offering only some of its parameters, for a face that takes only those (the
   * others do not apply to it there, such as the folds of a conformal set calibrated on a split).
   *
   * @param names the parameters' catalogue names, in the order the face lists them
   * @return a new spec with those parameters
   * @throws IllegalArgumentException naming a parameter the method does not have
   */
  public MethodSpec restrictedTo(List<String> names) {
    List<Parameter> subset = new ArrayList<>();
    for (String n : names) {
      subset.add(
          parameter(n)
              .orElseThrow(() -> new IllegalArgumentException(name + " has no parameter " + n)));
    }
    return new MethodSpec(
        name, family, question, subset, citation, model, data, exact, usesBackground, factory);
  }

  /**
   * Checks settings given as text.
   *
   * @param texts the settings by name
   * @param spell how the face spells names in messages
   * @return the checked values
   * @throws IllegalArgumentException naming the setting at fault
   */
  public ParameterValues values(Map<String, String> texts, UnaryOperator<String> spell) {
    ParameterValues values = ParameterValues.of(parameters, texts, spell);
    if (!usesBackground.test(values)) {
      for (Parameter p : List.of(Parameters.BACKGROUND_SIZE, Parameters.BACKGROUND_SUMMARY)) {
        if (values.takes(p) && values.given(p)) {
          throw new IllegalArgumentException(
              spell.apply(p.name())
                  + " does not apply: "
                  + name
                  + " with these settings uses no background rows; drop "
                  + spell.apply(p.name()));
        }
      }
    }
    return values;
  }

  /**
   * The method's settings at their defaults.
   *
   * @return the default values
   */
  public ParameterValues defaults() {
    return ParameterValues.defaults(parameters);
  }

  /**
   * Builds a local method.
   *
   * @param inputs the settings and data
   * @return the explainer
   * @throws IllegalStateException if the method is not local
   */
  public Explainer create(MethodInputs inputs) {
    if (factory == null) {
      throw new IllegalStateException(name + " is not a local method and builds no explainer");
    }
    return factory.create(inputs);
  }
}
