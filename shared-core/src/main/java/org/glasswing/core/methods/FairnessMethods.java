package org.glasswing.core.methods;

import java.util.List;

/** The catalogue's methods of the fairness family. */
final class FairnessMethods {

  private static final int MAX = Integer.MAX_VALUE;

  /** The protected attributes, with cut points for numeric ones. */
  static final Parameter PROTECTED =
      Parameter.text(
          "protected",
          "",
          "The protected attributes, separated by commas; a numeric one grouped at cut points"
              + " (age:25,60) or, without them, at its quartiles.");

  private FairnessMethods() {}

  static List<MethodSpec> all() {
    return List.of(
        AnalysisMethods.spec(
            "fairness",
            Family.FAIRNESS,
            "Does the model treat the groups of a protected attribute (sex, age, nationality)"
                + " differently: how often each gets the favourable class, how often it is right,"
                + " and whether its probabilities and prediction sets hold as well for each?",
            List.of(
                PROTECTED,
                Parameter.text(
                    "positive",
                    "",
                    "The favourable class whose rates are compared; none means the first"
                        + " class label."),
                AnalysisMethods.FOLDS,
                Parameter.integer(
                    "replicates",
                    1000,
                    0,
                    MAX,
                    "Bootstrap resamples within each group for the intervals; 0 for none."),
                Parameter.realBetween(
                    "level", 0.95, 0, 1, "The confidence level of the bootstrap intervals."),
                Parameter.integer("bins", 10, 1, MAX, "Bins of each group's calibration error."),
                UncertaintyMethods.ALPHA),
            "Hardt, Price and Srebro (2016), Equality of opportunity in supervised learning,"
                + " NeurIPS; Feldman et al. (2015), Certifying and removing disparate impact, KDD."));
  }
}
