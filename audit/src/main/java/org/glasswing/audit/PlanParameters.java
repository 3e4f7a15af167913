package org.glasswing.audit;

import java.util.List;
import java.util.Optional;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.Parameters;

/**
 * The settings of an audit plan, each a catalogue {@link Parameter}. Where the method catalogue has
 * the setting, its range, description and default come from there (under the catalogue's name,
 * prefixed where the audit has two of them, such as {@code permutation-folds}); where the audit
 * keeps a smaller default so that the report takes about a minute ({@code budget}, {@code
 * permutation-folds}, {@code permutation-repeats}), the catalogue's parameter gets the audit's
 * default; the rest are the audit's own.
 */
final class PlanParameters {

  private static final MethodCatalogue CATALOGUE = MethodCatalogue.standard();
  private static final int MAX = Integer.MAX_VALUE;

  /** The local explanation method, {@code auto} choosing as every face does. */
  static final Parameter METHOD =
      Parameter.choice(
          "method",
          MethodCatalogue.AUTO,
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of(MethodCatalogue.AUTO),
                  CATALOGUE.all().stream()
                      .filter(s -> s.family() == Family.SHAPLEY)
                      .map(org.glasswing.core.methods.MethodSpec::name))
              .toList(),
          "The Shapley method of the global and local sections; " + MethodCatalogue.autoRule());

  /** Folds of the cross-validation (the catalogue's calibration folds). */
  static final Parameter FOLDS = from(Family.UNCERTAINTY, "calibration", "folds", "folds", null);

  /** Folds over which temperature scaling is fitted and applied. */
  static final Parameter CALIBRATION_FOLDS =
      Parameter.integer(
          "calibration-folds",
          5,
          2,
          MAX,
          "Folds of the out-of-sample predictions over which the temperature is fitted on some"
              + " and applied to the others.");

  /** The conformal miss rate. */
  static final Parameter ALPHA = from(Family.UNCERTAINTY, "conformal", "alpha", "alpha", null);

  /** The share of training rows that calibrates the conformal sets. */
  static final Parameter CALIBRATION_FRACTION =
      from(Family.UNCERTAINTY, "conformal", "calibration-fraction", "calibration-fraction", null);

  /** The conformity score. */
  static final Parameter SCORE = from(Family.UNCERTAINTY, "conformal", "score", "score", null);

  /** Coalitions per row for a model-agnostic Shapley method (the audit's smaller default). */
  static final Parameter BUDGET = Parameters.BUDGET.withDefault("256");

  /** Background rows. */
  static final Parameter BACKGROUND_SIZE = Parameters.BACKGROUND_SIZE;

  /** Rows explained for the global importance; 0 chooses by the method. */
  static final Parameter IMPORTANCE_ROWS =
      Parameter.integer(
          "importance-rows",
          0,
          0,
          MAX,
          "Rows explained for the global importance, drawn with the seed; 0: "
              + Audit.FAST_IMPORTANCE_ROWS
              + " for an exact method, "
              + Audit.SAMPLED_IMPORTANCE_ROWS
              + " for an estimate.");

  /** Folds of the permutation importance (the audit's smaller default). */
  static final Parameter PERMUTATION_FOLDS =
      from(Family.GLOBAL, "permutation", "folds", "permutation-folds", "3");

  /** Repeats of each permutation (the audit's smaller default). */
  static final Parameter PERMUTATION_REPEATS =
      from(Family.GLOBAL, "permutation", "repeats", "permutation-repeats", "5");

  /** LIME's samples per row. */
  static final Parameter LIME_SAMPLES = renamed(Parameters.LIME_SAMPLES, "lime-samples", null);

  /** How LIME perturbs numeric attributes. */
  static final Parameter LIME_MODE = Parameters.LIME_MODE;

  /** The rows explained one by one. */
  static final Parameter ROWS =
      Parameter.text(
          "rows",
          Audit.DEFAULT_ROWS,
          "The rows explained one by one, 1-based as in Weka, such as 1-3,17; the default is cut"
              + " to the data.");

  /** The seed. */
  static final Parameter SEED = Parameters.SEED;

  /** Worker threads. */
  static final Parameter THREADS = Parameters.THREADS;

  /** Integration steps of an image network's heat maps. */
  static final Parameter IMAGE_STEPS = renamed(Parameters.STEPS, "image-steps", null);

  /** Every setting, in the order a plan file lists them. */
  static final List<Parameter> ALL =
      List.of(
          METHOD,
          FOLDS,
          CALIBRATION_FOLDS,
          ALPHA,
          CALIBRATION_FRACTION,
          SCORE,
          BUDGET,
          BACKGROUND_SIZE,
          IMPORTANCE_ROWS,
          PERMUTATION_FOLDS,
          PERMUTATION_REPEATS,
          LIME_SAMPLES,
          LIME_MODE,
          ROWS,
          SEED,
          THREADS,
          IMAGE_STEPS);

  private PlanParameters() {}

  /**
   * The setting of a name.
   *
   * @param name the name as a plan file spells it
   * @return the parameter, if there is one
   */
  static Optional<Parameter> find(String name) {
    return ALL.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  private static Parameter from(
      Family family, String method, String parameter, String name, String auditDefault) {
    Parameter found = CATALOGUE.find(family, method).parameter(parameter).orElseThrow();
    return renamed(found, name, auditDefault);
  }

  private static Parameter renamed(Parameter p, String name, String auditDefault) {
    String value = auditDefault == null ? p.defaultValue() : auditDefault;
    String label = auditDefault == null ? p.defaultLabel() : auditDefault;
    return new Parameter(
        name,
        p.type(),
        value,
        label,
        p.min(),
        p.max(),
        p.choices(),
        p.description(),
        List.of(),
        p.exclusive());
  }
}
