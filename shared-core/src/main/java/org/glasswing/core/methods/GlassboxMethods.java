package org.glasswing.core.methods;

import java.util.List;
import org.glasswing.core.glassbox.ExplainableBoosting;

/** The catalogue's interpretable-by-construction models. */
final class GlassboxMethods {

  private static final int MAX = Integer.MAX_VALUE;

  private GlassboxMethods() {}

  static List<MethodSpec> all() {
    ExplainableBoosting.Settings d = ExplainableBoosting.Settings.defaults(1);
    return List.of(
        AnalysisMethods.spec(
            "explainable-boosting",
            Family.GLASSBOX,
            "Is there a model nearly as accurate as mine that can be read directly: one shape"
                + " function per attribute (and per strong pair of attributes) whose sum is the"
                + " prediction?",
            List.of(
                Parameter.integer(
                    "rounds", d.rounds(), 1, MAX, "The most boosting rounds over all attributes."),
                Parameter.realBetween(
                    "learning-rate", d.learningRate(), 0, 1, "Shrinkage of each round's trees."),
                Parameter.integer(
                    "max-leaves",
                    d.maxLeaves(),
                    2,
                    MAX,
                    "Leaves of an attribute's tree per round."),
                Parameter.integer(
                    "bins", d.maxBins(), 2, MAX, "The most bins of a numeric attribute."),
                Parameter.integer(
                    "interaction-bins",
                    d.interactionBins(),
                    2,
                    MAX,
                    "The most bins of a numeric attribute in a pair term."),
                Parameter.integer(
                    "interactions",
                    d.interactions(),
                    0,
                    MAX,
                    "The most pair terms, the strongest by the FAST ranking (regression and two"
                        + " classes only)."),
                Parameter.integer(
                    "bags", d.bags(), 1, MAX, "Bags whose shape functions are averaged."),
                Parameter.realBetween(
                    "validation-fraction",
                    d.validationFraction(),
                    0,
                    1,
                    "Each bag's share of rows held out to stop boosting early."),
                Parameter.integer(
                    "patience",
                    d.patience(),
                    1,
                    MAX,
                    "Rounds without a better held-out loss before a bag stops."),
                Parameter.integer(
                    "min-leaf", d.minLeaf(), 1, MAX, "The fewest training rows in a leaf."),
                Parameters.SEED),
            "Lou, Caruana and Gehrke (2012), Intelligible models for classification and regression,"
                + " KDD; Lou, Caruana, Gehrke and Hooker (2013), Accurate intelligible models with"
                + " pairwise interactions, KDD; Nori et al. (2019), InterpretML."));
  }
}
