package org.glasswing.core.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.glasswing.core.uncertainty.Calibrators;
import org.glasswing.core.uncertainty.KnnDifficulty;
import org.glasswing.core.uncertainty.McDropout;
import org.glasswing.core.uncertainty.SplitConformalClassifier;

/**
 * The catalogue's methods of the uncertainty family: calibration, conformal sets, OOD, ensembles.
 */
final class UncertaintyMethods {

  private static final int MAX = Integer.MAX_VALUE;

  static final Parameter ALPHA =
      Parameter.realBetween(
          "alpha",
          0.1,
          0,
          1,
          "Miscoverage: prediction sets miss the true class at most this often.");
  static final Parameter CALIBRATION_FRACTION =
      Parameter.realBetween(
          "calibration-fraction", 0.3, 0, 1, "Share of the rows held out to calibrate the sets.");
  static final Parameter SCORE =
      Parameter.choice(
          "score",
          "lac",
          List.of("lac", "aps", "raps"),
          "Conformity score: lac (least ambiguous sets), aps (adaptive), raps (regularised).");
  static final Parameter MONDRIAN =
      Parameter.flag("mondrian", "Calibrate per class, so that every class gets its coverage.");
  static final Parameter NEIGHBOURS =
      Parameter.integer("neighbours", 5, 1, MAX, "k, the nearest training rows compared.");

  /** The calibrator fitted on held-out predictions, one of {@link Calibrators#names()}. */
  static final Parameter CALIBRATOR =
      Parameter.choice(
          "calibrator",
          Calibrators.names().get(0),
          Calibrators.names(),
          "platt (a sigmoid of each class's log-odds), isotonic (a non-decreasing step function)"
              + " or temperature (one temperature for all classes).");

  private UncertaintyMethods() {}

  static List<MethodSpec> all() {
    return List.of(
        AnalysisMethods.spec(
            "calibration",
            Family.UNCERTAINTY,
            "When the model says 80 %, is it right 80 % of the time (ECE, reliability diagram)?",
            List.of(
                AnalysisMethods.FOLDS,
                Parameter.integer(
                    "bins", 15, 1, MAX, "Bins of the ECE, MCE and reliability table."),
                Parameter.choice(
                    "calibrate",
                    "none",
                    calibrateChoices(),
                    "Also measure after this calibrator, cross-fitted on the other folds.")),
            "Guo et al. (2017), On calibration of modern neural networks, ICML; Platt (1999)."),
        AnalysisMethods.spec(
            "recalibration",
            Family.UNCERTAINTY,
            "Can the probabilities be corrected, by a calibrator fitted on predictions for rows the"
                + " model did not learn from?",
            List.of(
                CALIBRATOR.withAliases("method"),
                Parameter.integer(
                    "folds",
                    0,
                    0,
                    MAX,
                    "0 holds out --calibration-fraction of the rows; K >= 2 fits on K-fold"
                        + " cross-validated predictions and retrains on all rows."),
                CALIBRATION_FRACTION.withDefault("0.3"),
                Parameters.SEED),
            "Platt (1999); Zadrozny & Elkan (2002), KDD; Guo et al. (2017), ICML."),
        AnalysisMethods.spec(
            "conformal",
            Family.UNCERTAINTY,
            "Which classes could this row be, with a guaranteed miss rate (conformal sets)?",
            List.of(
                AnalysisMethods.FOLDS,
                ALPHA,
                CALIBRATION_FRACTION,
                SCORE,
                MONDRIAN,
                Parameter.real(
                    "raps-lambda",
                    SplitConformalClassifier.DEFAULT_RAPS_LAMBDA,
                    0,
                    Double.MAX_VALUE,
                    "raps only: the penalty per class beyond --raps-k."),
                Parameter.integer(
                    "raps-k",
                    SplitConformalClassifier.DEFAULT_RAPS_K,
                    0,
                    MAX,
                    "raps only: the number of top classes without penalty."),
                Parameters.SEED),
            "Vovk et al. (2005); Romano et al. (2020); Angelopoulos et al. (2021), RAPS, ICLR."),
        AnalysisMethods.spec(
            "conformal-regression",
            Family.UNCERTAINTY,
            "Which interval holds this row's numeric value, with a guaranteed miss rate?",
            List.of(
                AnalysisMethods.FOLDS,
                ALPHA,
                CALIBRATION_FRACTION,
                Parameter.choice(
                    "score",
                    "absolute",
                    List.of("absolute", "normalised"),
                    "Conformity score: absolute residuals, or normalised by a kNN difficulty."),
                Parameter.integer(
                    "neighbours",
                    KnnDifficulty.DEFAULT_K,
                    2,
                    MAX,
                    "normalised only: the neighbours of the kNN difficulty estimate."),
                Parameters.SEED),
            "Lei et al. (2018), Distribution-free predictive inference for regression, JASA."),
        AnalysisMethods.spec(
            "ood",
            Family.UNCERTAINTY,
            "Is this row unlike the training data (distance to its k nearest training rows)?",
            List.of(NEIGHBOURS),
            "Sun et al. (2022), Out-of-distribution detection with deep nearest neighbors, ICML."),
        AnalysisMethods.spec(
            "ensemble",
            Family.UNCERTAINTY,
            "Do bagged copies of the model disagree on this row?",
            List.of(
                Parameter.integer("members", 10, 2, MAX, "Bagged copies trained."),
                Parameters.SEED),
            "Lakshminarayanan et al. (2017), Simple and scalable predictive uncertainty, NeurIPS."),
        new MethodSpec(
            "mc-dropout",
            Family.UNCERTAINTY,
            "Does a network trained with dropout disagree with itself when dropout stays on?",
            List.of(
                Parameter.integer(
                    "mc-samples",
                    McDropout.DEFAULT_SAMPLES,
                    1,
                    MAX,
                    "Stochastic passes per row with dropout on."),
                Parameters.SEED),
            "Gal & Ghahramani (2016), Dropout as a Bayesian approximation, ICML.",
            ModelRequirement.DIFFERENTIABLE,
            Set.of(DataKind.TABULAR, DataKind.IMAGE),
            false,
            v -> false,
            null));
  }

  private static List<String> calibrateChoices() {
    List<String> choices = new ArrayList<>();
    choices.add("none");
    choices.addAll(Calibrators.names());
    return List.copyOf(choices);
  }
}
