package org.glasswing.core.methods;

import java.util.List;
import org.glasswing.core.glassbox.ExpertMixture;
import org.glasswing.core.glassbox.ExplainableBoosting;
import org.glasswing.core.glassbox.SparseLogistic;

/** The catalogue's interpretable-by-construction models. */
final class GlassboxMethods {

  private static final int MAX = Integer.MAX_VALUE;

  private GlassboxMethods() {}

  static List<MethodSpec> all() {
    return List.of(ebm(), sparseLogistic(), mixture());
  }

  /** The names of the sparse logistic path's choice rules, as the catalogue spells them. */
  static final List<String> RULES = List.of("1se", "min");

  private static MethodSpec sparseLogistic() {
    SparseLogistic.Settings d = SparseLogistic.Settings.defaults(1);
    return AnalysisMethods.spec(
        "sparse-logistic",
        Family.GLASSBOX,
        "Which few attributes does a linear model need, how do their coefficients grow as the"
            + " penalty relaxes, and which of them are kept whatever the sample?",
        List.of(
            Parameter.real(
                "alpha",
                d.alpha(),
                0,
                1,
                "Elastic-net mixing: 1 is the lasso (L1), 0 ridge (L2), in between both."),
            Parameter.integer(
                "path-length", d.steps(), 2, MAX, "Penalties on the path, log-spaced."),
            Parameter.realBetween(
                "min-ratio",
                d.minRatio(),
                0,
                1,
                "The smallest penalty's share of the largest (the one that keeps no attribute)."),
            Parameter.integer(
                "cv-folds",
                d.folds(),
                2,
                MAX,
                "Folds of the cross-validation that chooses the penalty (stratified by class)."),
            Parameter.choice(
                "rule",
                "1se",
                RULES,
                "The penalty predicted with: 1se, the largest within one standard error of the"
                    + " least cross-validated deviance (sparser); min, the least deviance."),
            Parameter.integer(
                "stability-runs",
                d.stabilityRuns(),
                0,
                MAX,
                "Half-samples of stability selection (0: none)."),
            Parameters.SEED),
        "Friedman, Hastie and Tibshirani (2010), Regularization paths for generalized linear models"
            + " via coordinate descent, J. Stat. Softw. 33(1); Meinshausen and Buehlmann (2010),"
            + " Stability selection, JRSS B 72(4).");
  }

  private static MethodSpec mixture() {
    ExpertMixture.Settings d = ExpertMixture.Settings.defaults(1);
    return AnalysisMethods.spec(
        "mixture-of-experts",
        Family.GLASSBOX,
        "Does the data fall into regions that each follow their own simple linear rule: which"
            + " region owns a row, and what does each region's rule say?",
        List.of(
            Parameter.integer(
                "experts", d.experts(), 1, MAX, "Sparse linear experts the gate chooses among."),
            Parameter.real(
                "penalty",
                d.penalty(),
                0,
                Double.MAX_VALUE,
                "L1 penalty on the experts' and the gate's coefficients (standardised inputs);"
                    + " larger keeps fewer inputs."),
            Parameter.integer("iterations", d.iterations(), 1, MAX, "The most EM iterations."),
            Parameters.SEED),
        "Jacobs, Jordan, Nowlan and Hinton (1991), Adaptive mixtures of local experts, Neural"
            + " Computation 3(1); Jordan and Jacobs (1994), Hierarchical mixtures of experts and"
            + " the EM algorithm, Neural Computation 6(2).");
  }

  private static MethodSpec ebm() {
    ExplainableBoosting.Settings d = ExplainableBoosting.Settings.defaults(1);
    return AnalysisMethods.spec(
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
                "max-leaves", d.maxLeaves(), 2, MAX, "Leaves of an attribute's tree per round."),
            Parameter.integer("bins", d.maxBins(), 2, MAX, "The most bins of a numeric attribute."),
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
            Parameter.integer("bags", d.bags(), 1, MAX, "Bags whose shape functions are averaged."),
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
            + " pairwise interactions, KDD; Nori et al. (2019), InterpretML.");
  }
}
