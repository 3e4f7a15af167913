package org.glasswing.core.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.glasswing.core.influence.SubsampleInfluence;

/**
 * The specs of the capabilities that are not one-row explanations: global views, sanity checks,
 * uncertainty, and examples and counterfactuals. Their settings are the command line's; the faces
 * that offer them read names, defaults and ranges from here.
 */
final class AnalysisMethods {

  private static final int MAX = Integer.MAX_VALUE;
  private static final Set<DataKind> TABULAR = Set.of(DataKind.TABULAR);

  static final Parameter FOLDS =
      Parameter.integer("folds", 10, 2, MAX, "Cross-validation folds for held-out predictions.");
  static final Parameter REPEATS =
      Parameter.integer("repeats", 10, 1, MAX, "Shuffles of each attribute per fold.");
  static final Parameter DISTANCE =
      Parameter.choice(
          "distance",
          "gower",
          List.of("gower", "standardised"),
          "gower: numeric differences over the column's range; standardised: over its standard"
              + " deviation.");

  /** The random draws of both randomisation tests, whose values are averaged. */
  static final Parameter SANITY_REPEATS =
      Parameter.integer(
          "repeats",
          3,
          1,
          MAX,
          "Label permutations (each a retrained model), or parameter draws; averaged.");

  /** The input noise of stability and max-sensitivity. */
  static final Parameter NOISE =
      Parameter.real(
          "radius",
          0.05,
          0,
          Double.MAX_VALUE,
          "The largest input move, in standard deviations of each numeric attribute.");

  private AnalysisMethods() {}

  static List<MethodSpec> all() {
    List<MethodSpec> specs = new ArrayList<>();
    specs.add(
        spec(
            "permutation",
            Family.GLOBAL,
            "How much worse does the model get when one attribute's values are shuffled?",
            List.of(FOLDS.withDefault("5"), REPEATS, Parameters.SEED),
            "Breiman (2001), Random forests, Machine Learning 45; Fisher, Rudin & Dominici (2019)."));
    specs.add(
        spec(
            "loco",
            Family.GLOBAL,
            "How much worse does a retrained model get without one attribute (leave one covariate"
                + " out)?",
            List.of(FOLDS.withDefault("5"), Parameters.SEED),
            "Lei et al. (2018), Distribution-free predictive inference for regression, JASA."));
    specs.add(
        // sampling Shapley values against background rows: the background settings apply
        new MethodSpec(
            "mean-abs-shapley",
            Family.GLOBAL,
            "Which attributes move predictions most on average (mean |Shapley value|)?",
            List.of(
                Parameters.BUDGET.withDefault("512"),
                Parameters.BACKGROUND_SIZE,
                Parameters.BACKGROUND_SUMMARY,
                Parameters.SEED),
            "Lundberg et al. (2020), Nature Machine Intelligence 2.",
            ModelRequirement.ANY_MODEL,
            TABULAR,
            false,
            v -> true,
            null));
    specs.add(
        spec(
            "profile",
            Family.GLOBAL,
            "How does the prediction change, on average (PDP), row by row (ICE) and locally (ALE),"
                + " as one attribute changes?",
            List.of(
                Parameter.integer(
                    "grid",
                    20,
                    2,
                    MAX,
                    "Grid points per numeric attribute (quantiles); also the ALE intervals."),
                Parameter.flag("no-ice", "Write the PDP only, without one curve per row."),
                Parameter.flag(
                    "ale", "Also write accumulated local effects of numeric attributes."),
                Parameter.integer(
                    "max-rows", 200, 1, MAX, "Rows sampled for the curves when none are chosen.")),
            "Friedman (2001), Annals of Statistics 29; Goldstein et al. (2015); Apley & Zhu (2020)."));
    specs.add(
        spec(
            "interactions",
            Family.GLOBAL,
            "Which attributes act together rather than alone (Friedman's H-statistic)?",
            List.of(
                Parameter.integer("top", 5, 2, MAX, "Attributes whose pairs are measured."),
                Parameter.integer("sample", 100, 2, MAX, "Rows the statistic is computed on.")),
            "Friedman & Popescu (2008), Predictive learning via rule ensembles, AoAS 2."));
    specs.add(
        spec(
            "surrogate",
            Family.GLOBAL,
            "Which small decision tree mimics the model, and how faithfully (fidelity)?",
            List.of(
                Parameter.integer("max-depth", 0, 0, MAX, "Deepest tree; 0 reports every depth."),
                Parameter.realBetween(
                    "holdout", 0.3, 0, 1, "Share of rows kept to measure fidelity.")),
            "Craven & Shavlik (1996), Extracting tree-structured representations, NeurIPS."));
    specs.addAll(sanity());
    specs.addAll(UncertaintyMethods.all());
    specs.addAll(examples());
    return specs;
  }

  private static List<MethodSpec> sanity() {
    return List.of(
        spec(
            "data-randomization",
            Family.SANITY,
            "Do the explanations change when the model is retrained on shuffled labels? They"
                + " should.",
            List.of(SANITY_REPEATS),
            "Adebayo et al. (2018), Sanity checks for saliency maps, NeurIPS."),
        new MethodSpec(
            "parameter-randomization",
            Family.SANITY,
            "Do the explanations change when the model's weights are randomised? They should.",
            List.of(SANITY_REPEATS, Parameters.SEED),
            "Adebayo et al. (2018), Sanity checks for saliency maps, NeurIPS.",
            ModelRequirement.LOGISTIC,
            TABULAR,
            false,
            v -> true,
            null),
        spec(
            "stability",
            Family.SANITY,
            "Do the explanations stay put when the row is nudged by a little noise?",
            List.of(
                Parameter.integer(
                    "runs", 10, 1, MAX, "Runs with different seeds, and runs on noisy inputs."),
                NOISE),
            "Alvarez-Melis & Jaakkola (2018), On the robustness of interpretability methods."),
        spec(
            "infidelity",
            Family.SANITY,
            "Do the attributions predict how the output changes under random perturbations?",
            List.of(
                Parameter.integer(
                    "perturbations", 50, 1, MAX, "Random feature subsets removed per row.")),
            "Yeh et al. (2019), On the (in)fidelity and sensitivity of explanations, NeurIPS."),
        spec(
            "max-sensitivity",
            Family.SANITY,
            "How far can the explanation move when the row moves a little?",
            List.of(
                Parameter.integer("sensitivity-samples", 10, 1, MAX, "Noisy copies per row."),
                NOISE),
            "Yeh et al. (2019), NeurIPS."),
        spec(
            "faithfulness",
            Family.SANITY,
            "Does removing the top-ranked attributes first hurt the prediction faster than random"
                + " orders (deletion curves)?",
            List.of(
                Parameter.integer(
                    "random-orders", 10, 2, MAX, "Random orders for the band, at least 2.")),
            "Samek et al. (2017), Evaluating the visualization of what a DNN has learned, TNNLS."),
        spec(
            "agreement",
            Family.SANITY,
            "Do different explanation methods rank the same attributes on top?",
            List.of(Parameter.integer("top-k", 5, 1, MAX, "The top attributes compared.")),
            "Krishna et al. (2022), The disagreement problem in explainable ML, arXiv:2202.01602."));
  }

  private static List<MethodSpec> examples() {
    return List.of(
        spec(
            "examples",
            Family.EXAMPLES,
            "Which known cases are most like this row, and how were they decided?",
            List.of(Parameter.integer("k", 5, 1, MAX, "Nearest training rows listed."), DISTANCE),
            "Caruana et al. (1999), Case-based explanation of non-case-based learning methods."),
        spec(
            "prototypes",
            Family.EXAMPLES,
            "Which rows typify each class (prototypes), and which do not fit (criticisms)?",
            List.of(
                Parameter.integer(
                    "prototypes",
                    5,
                    1,
                    MAX,
                    "Prototypes chosen (per class or global) by MMD-critic."),
                Parameter.integer("criticisms", 0, 0, MAX, "Criticisms chosen as well."),
                Parameter.choice(
                    "scope",
                    "per_class",
                    List.of("per_class", "global"),
                    "Choose them within each class or among all rows."),
                Parameter.realBetween(
                        "kernel-width",
                        1,
                        0,
                        Double.MAX_VALUE,
                        "The width of the kernel exp(-distance/W).")
                    .computedDefault("the median distance between rows"),
                DISTANCE),
            "Kim, Khanna & Koyejo (2016), Examples are not enough, learn to criticize, NeurIPS."),
        spec(
            "counterfactual",
            Family.EXAMPLES,
            "What is the smallest change to this row that changes the decision?",
            List.of(
                Parameter.text(
                    "desired",
                    "",
                    "The class to reach; without it, the class the model finds next most probable."),
                Parameter.integer("count", 3, 1, MAX, "Counterfactuals per row, at most."),
                Parameter.integer(
                    "budget", 5000, 100, MAX, "The most rows predicted per explained row."),
                Parameter.text("freeze", "", "Attributes that must not change, comma-separated."),
                Parameter.text(
                    "protected",
                    "",
                    "Protected attributes (such as sex or age), comma-separated: never changed,"
                        + " like --freeze; the fairness checks read the same setting."),
                Parameter.real(
                    "margin",
                    0.05,
                    0,
                    0.49,
                    "How far past the decision boundary a counterfactual should lie, in"
                        + " probability (for two classes, p >= 0.5 + margin); 0 asks only for the"
                        + " other decision."),
                DISTANCE,
                Parameters.SEED),
            "Wachter et al. (2018), Harvard JOLT 31; Laugel et al. (2018), growing spheres."),
        spec(
            "influence",
            Family.EXAMPLES,
            "Which training rows shaped this prediction most?",
            List.of(
                Parameter.integer("top", 5, 1, MAX, "Most helpful and harmful rows listed."),
                Parameter.flag(
                    "approximate", "Use the subsampling estimate even where an exact one exists."),
                Parameter.integer(
                    "subsamples",
                    SubsampleInfluence.DEFAULT_SUBSAMPLES,
                    SubsampleInfluence.MIN_SUBSAMPLES,
                    MAX,
                    "Approximate estimate: retrainings, each on a random subset."),
                Parameter.realBetween(
                    "subsample-fraction",
                    SubsampleInfluence.DEFAULT_FRACTION,
                    0,
                    1,
                    "Approximate estimate: the share of the training rows in each subset.")),
            "Koh & Liang (2017), Understanding black-box predictions via influence functions, ICML."),
        spec(
            "map",
            Family.EXAMPLES,
            "Where does each row sit among the others, on a 2-D map (PCA, MDS, t-SNE)?",
            List.of(
                Parameter.choice("method", "pca", List.of("pca", "mds", "tsne"), "The projection."),
                DISTANCE,
                Parameter.realBetween(
                    "perplexity",
                    30,
                    0,
                    Double.MAX_VALUE,
                    "t-SNE's effective number of neighbours each row keeps close."),
                Parameter.integer("iterations", 1000, 250, MAX, "t-SNE's gradient steps."),
                Parameter.integer(
                    "neighbours", 10, 1, MAX, "Neighbourhood size of the trustworthiness score.")),
            "van der Maaten & Hinton (2008), Visualizing data using t-SNE, JMLR 9."));
  }

  static MethodSpec spec(
      String name, Family family, String question, List<Parameter> parameters, String citation) {
    return new MethodSpec(
        name,
        family,
        question,
        parameters,
        citation,
        ModelRequirement.ANY_MODEL,
        TABULAR,
        false,
        v -> false,
        null);
  }
}
