package org.glasswing.weka.cli;

import java.util.List;
import java.util.Map;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.classifiers.ExplainableBoostingMachine;
import org.glasswing.weka.classifiers.MixtureOfExperts;
import org.glasswing.weka.classifiers.SparseLogisticRegression;
import picocli.CommandLine.Model.CommandSpec;
import weka.classifiers.AbstractClassifier;

/** The glass-box learners {@code glassbox --learner} offers, each a catalogue method. */
final class GlassboxLearners {

  static final MethodSpec EBM =
      MethodCatalogue.standard().find(Family.GLASSBOX, "explainable-boosting");
  static final MethodSpec SPARSE =
      MethodCatalogue.standard().find(Family.GLASSBOX, "sparse-logistic");

  static final MethodSpec MIXTURE =
      MethodCatalogue.standard().find(Family.GLASSBOX, "mixture-of-experts");

  /** Every learner, by its catalogue name. */
  static final List<MethodSpec> ALL = List.of(EBM, SPARSE, MIXTURE);

  private GlassboxLearners() {}

  /**
   * A learner by name.
   *
   * @param name a catalogue name
   * @return its spec
   * @throws UserInputException naming the choices
   */
  static MethodSpec named(String name) {
    for (MethodSpec m : ALL) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    throw new UserInputException(
        "--learner "
            + name
            + " is not a glass-box learner; use one of "
            + String.join(", ", ALL.stream().map(MethodSpec::name).toList()));
  }

  /**
   * A new, untrained learner with the settings given on the command line (the catalogue's defaults
   * for the rest); a setting of another learner is refused.
   *
   * @param command the parsed command
   * @param learner the chosen learner
   * @param seed the seed
   * @return the Weka classifier
   * @throws Exception if Weka refuses the options
   */
  static AbstractClassifier create(CommandSpec command, MethodSpec learner, long seed)
      throws Exception {
    Map<String, String> given = CatalogueOptions.givenFor(command, ALL, List.of(learner));
    ParameterValues values;
    try {
      values = CatalogueOptions.values(learner, given, "--learner");
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    AbstractClassifier classifier =
        learner == SPARSE
            ? new SparseLogisticRegression()
            : learner == MIXTURE ? new MixtureOfExperts() : new ExplainableBoostingMachine();
    classifier.setOptions(GlassboxSupport.wekaOptions(learner, values, seed));
    return classifier;
  }
}
