package org.glasswing.core.methods;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.glasswing.core.gradient.Baseline;
import org.glasswing.core.gradient.GradCam;
import org.glasswing.core.gradient.GradientTimesInput;
import org.glasswing.core.gradient.IntegratedGradients;
import org.glasswing.core.gradient.Saliency;
import org.glasswing.core.gradient.SmoothGrad;
import org.glasswing.core.lime.Lime;
import org.glasswing.core.lime.LimeMode;
import org.glasswing.core.occlusion.Occlusion;
import org.glasswing.core.sanity.InputMagnitudeExplainer;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.shapley.KernelShap;
import org.glasswing.core.shapley.SamplingShapley;
import org.glasswing.core.shapley.TreeShap;

/** The specs of the local methods: one prediction explained at a time. */
final class LocalMethods {

  private static final Set<DataKind> TABULAR = Set.of(DataKind.TABULAR);

  private LocalMethods() {}

  static List<MethodSpec> all() {
    List<MethodSpec> specs = new ArrayList<>();
    specs.add(exactShapley());
    specs.add(samplingShapley());
    specs.add(kernelShap());
    specs.add(treeShap());
    specs.add(lime());
    specs.add(occlusion());
    specs.add(inputMagnitude());
    specs.addAll(gradients());
    return specs;
  }

  private static MethodSpec exactShapley() {
    return new MethodSpec(
        ExactShapley.METHOD,
        Family.SHAPLEY,
        "How much did each attribute move this prediction away from the average one? Exact,"
            + " over all 2^n coalitions (at most "
            + ExactShapley.MAX_FEATURES
            + " attributes).",
        Parameters.background(),
        "Shapley (1953), A value for n-person games; Strumbelj & Kononenko (2014), KAIS 41.",
        ModelRequirement.ANY_MODEL,
        TABULAR,
        true,
        v -> true,
        in -> {
          if (in.features() > ExactShapley.MAX_FEATURES) {
            throw new IllegalArgumentException(
                "exact-shapley evaluates 2^n coalitions and allows at most "
                    + ExactShapley.MAX_FEATURES
                    + " attributes besides the class, but the data has "
                    + in.features()
                    + "; use kernel-shap or sampling-shapley instead");
          }
          return new ExactShapley(in.requireBackground(ExactShapley.METHOD));
        });
  }

  private static MethodSpec samplingShapley() {
    return new MethodSpec(
        SamplingShapley.METHOD,
        Family.SHAPLEY,
        "The same question, estimated from random orderings of the attributes, with a standard"
            + " error per value.",
        estimatorParameters(Parameters.BUDGET),
        "Castro, Gomez & Tejada (2009), Computers & OR 36; Strumbelj & Kononenko (2014).",
        ModelRequirement.ANY_MODEL,
        TABULAR,
        false,
        v -> true,
        in -> {
          int budget = Budgets.sampling(in.values(), in.features());
          return new SamplingShapley(
              in.requireBackground(SamplingShapley.METHOD),
              budget,
              in.values().real(Parameters.TOLERANCE),
              in.values().longValue(Parameters.SEED));
        });
  }

  private static MethodSpec kernelShap() {
    return new MethodSpec(
        KernelShap.METHOD,
        Family.SHAPLEY,
        "The same question, estimated by a weighted regression over coalitions (KernelSHAP),"
            + " with a standard error per value.",
        estimatorParameters(Parameters.BUDGET.computedDefault("2n+2048 (n attributes)")),
        "Lundberg & Lee (2017), A unified approach to interpreting model predictions, NeurIPS.",
        ModelRequirement.ANY_MODEL,
        TABULAR,
        false,
        v -> true,
        in -> {
          int budget = Budgets.kernel(in.values(), in.features());
          return new KernelShap(
              in.requireBackground(KernelShap.METHOD),
              budget,
              in.values().real(Parameters.TOLERANCE),
              in.values().longValue(Parameters.SEED));
        });
  }

  private static List<Parameter> estimatorParameters(Parameter budget) {
    List<Parameter> list = new ArrayList<>();
    list.add(budget);
    list.add(Parameters.TOLERANCE);
    list.addAll(Parameters.background());
    return list;
  }

  private static MethodSpec treeShap() {
    List<Parameter> parameters = new ArrayList<>();
    parameters.add(Parameters.TREE_MODE);
    parameters.addAll(Parameters.background());
    return new MethodSpec(
        TreeShap.METHOD,
        Family.SHAPLEY,
        "The same question, answered exactly and fast by walking the model's trees (TreeSHAP).",
        parameters,
        "Lundberg et al. (2020), From local explanations to global understanding with"
            + " explainable AI for trees, Nature Machine Intelligence 2.",
        ModelRequirement.TREE_ENSEMBLE,
        TABULAR,
        true,
        LocalMethods::treeUsesBackground,
        in ->
            treeUsesBackground(in.values())
                ? TreeShap.interventional(in.requireBackground(TreeShap.METHOD))
                : TreeShap.pathDependent());
  }

  private static boolean treeUsesBackground(ParameterValues values) {
    return "interventional".equals(values.text(Parameters.TREE_MODE));
  }

  private static MethodSpec lime() {
    return new MethodSpec(
        Lime.METHOD,
        Family.SURROGATE,
        "Which attributes does a simple linear model need to mimic the classifier near this row,"
            + " and how well does it mimic it (local fidelity)?",
        List.of(
            Parameters.LIME_SAMPLES,
            Parameters.LIME_MODE,
            Parameters.KERNEL_WIDTH,
            Parameters.MAX_FEATURES,
            Parameters.SEED),
        "Ribeiro, Singh & Guestrin (2016), \"Why should I trust you?\", KDD.",
        ModelRequirement.ANY_MODEL,
        Set.of(DataKind.TABULAR, DataKind.TEXT),
        false,
        v -> false,
        in -> {
          ParameterValues v = in.values();
          int k =
              v.given(Parameters.MAX_FEATURES)
                  ? v.integer(Parameters.MAX_FEATURES)
                  : Math.min(Lime.DEFAULT_MAX_FEATURES, in.features());
          if (k > in.features()) {
            throw new IllegalArgumentException(
                "max-features is "
                    + k
                    + " but the data has only "
                    + in.features()
                    + " attributes besides the class; give at most "
                    + in.features());
          }
          return new Lime(
              in.training(),
              LimeMode.parse(v.text(Parameters.LIME_MODE)),
              v.integer(Parameters.LIME_SAMPLES),
              v.real(Parameters.KERNEL_WIDTH),
              k,
              v.longValue(Parameters.SEED));
        });
  }

  private static MethodSpec occlusion() {
    List<Parameter> parameters = new ArrayList<>();
    parameters.add(Parameters.GROUPS);
    parameters.addAll(Parameters.background());
    return new MethodSpec(
        Occlusion.METHOD,
        Family.PERTURBATION,
        "How much does the prediction drop when one attribute (or group) is taken away, that is"
            + " replaced by background values?",
        parameters,
        "Zeiler & Fergus (2014), Visualizing and understanding convolutional networks, ECCV.",
        ModelRequirement.ANY_MODEL,
        Set.of(DataKind.TABULAR, DataKind.TEXT, DataKind.IMAGE),
        false,
        v -> true,
        in ->
            new Occlusion(
                in.requireBackground(Occlusion.METHOD), in.values().text(Parameters.GROUPS)));
  }

  private static MethodSpec inputMagnitude() {
    return new MethodSpec(
        InputMagnitudeExplainer.METHOD,
        Family.CONTROL,
        "A control that ignores the model (each attribute's distance from the background mean):"
            + " expected to FAIL every sanity check, to show what failing looks like.",
        Parameters.background(),
        "Adebayo et al. (2018), Sanity checks for saliency maps, NeurIPS (the edge-detector"
            + " control).",
        ModelRequirement.ANY_MODEL,
        TABULAR,
        true,
        v -> true,
        in -> new InputMagnitudeExplainer(in.requireBackground(InputMagnitudeExplainer.METHOD)));
  }

  private static List<MethodSpec> gradients() {
    Set<DataKind> kinds = Set.of(DataKind.TABULAR, DataKind.IMAGE);
    return List.of(
        gradient(
            Saliency.METHOD,
            "Which inputs would change the network's output most if nudged (the gradient)?",
            List.of(),
            "Simonyan, Vedaldi & Zisserman (2014), Deep inside convolutional networks, ICLR"
                + " workshop.",
            kinds,
            in -> new Saliency()),
        gradient(
            GradientTimesInput.METHOD,
            "The gradient times the input: a first-order estimate of each input's contribution.",
            List.of(),
            "Shrikumar et al. (2016), Not just a black box, arXiv:1605.01713.",
            kinds,
            in -> new GradientTimesInput()),
        gradient(
            SmoothGrad.METHOD,
            "The gradient averaged over noisy copies of the input: a less noisy saliency map.",
            List.of(Parameters.SMOOTHGRAD_SAMPLES, Parameters.NOISE, Parameters.SEED),
            "Smilkov et al. (2017), SmoothGrad: removing noise by adding noise, arXiv:1706.03825.",
            kinds,
            in ->
                new SmoothGrad(
                    in.values().integer(Parameters.SMOOTHGRAD_SAMPLES),
                    in.values().real(Parameters.NOISE),
                    in.values().longValue(Parameters.SEED))),
        gradient(
            IntegratedGradients.METHOD,
            "Each input's contribution along a path from a baseline; the contributions add up to"
                + " the output's change (completeness).",
            List.of(Parameters.STEPS, Parameters.BASELINE, Parameters.BLUR_SIGMA),
            "Sundararajan, Taly & Yan (2017), Axiomatic attribution for deep networks, ICML.",
            kinds,
            in -> new IntegratedGradients(in.values().integer(Parameters.STEPS), baseline(in))),
        gradient(
            GradCam.METHOD,
            "Which regions of the image does the last convolutional layer look at for this class?",
            List.of(Parameters.LAYER),
            "Selvaraju et al. (2017), Grad-CAM, ICCV.",
            Set.of(DataKind.IMAGE),
            in -> {
              String layer = in.values().text(Parameters.LAYER);
              return layer.isEmpty() ? new GradCam() : new GradCam(layer);
            }));
  }

  private static Baseline baseline(MethodInputs in) {
    return switch (in.values().text(Parameters.BASELINE)) {
      case "mean" -> Baseline.mean(in.training());
      case "blurred" -> Baseline.blurred(in.values().real(Parameters.BLUR_SIGMA));
      default -> Baseline.zeros();
    };
  }

  private static MethodSpec gradient(
      String name,
      String question,
      List<Parameter> parameters,
      String citation,
      Set<DataKind> kinds,
      ExplainerFactory factory) {
    return new MethodSpec(
        name,
        Family.GRADIENT,
        question,
        parameters,
        citation,
        ModelRequirement.DIFFERENTIABLE,
        kinds,
        false,
        v -> false,
        factory);
  }
}
