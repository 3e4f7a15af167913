package org.glasswing.weka.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The attribution methods {@code glasswing explain} offers, spelled as on the command line. */
public enum ShapleyMethod {
  /** Exact Shapley values over all 2^n coalitions; at most 20 features. */
  EXACT_SHAPLEY("exact-shapley"),
  /** Shapley values estimated from random feature orderings, with standard errors. */
  SAMPLING_SHAPLEY("sampling-shapley"),
  /** Shapley values estimated by the Shapley-kernel regression over coalitions (KernelSHAP). */
  KERNEL_SHAP("kernel-shap"),
  /** Exact Shapley values of Weka tree models in polynomial time (TreeSHAP). */
  TREE_SHAP("tree-shap"),
  /** LIME: a sparse linear surrogate fitted to perturbed samples around the row (LocalExplain). */
  LIME("lime"),
  /** Occlusion: the drop in the output when a feature is replaced by background values. */
  OCCLUSION("occlusion"),
  /** Vanilla gradient saliency of a neural network (DeepNetClassifier). */
  SALIENCY("saliency"),
  /** Gradient times input of a neural network. */
  GRADIENT_X_INPUT("gradient-x-input"),
  /** SmoothGrad: saliency averaged over noisy copies of the row. */
  SMOOTHGRAD("smoothgrad"),
  /** Integrated Gradients from a baseline, with its completeness gap. */
  INTEGRATED_GRADIENTS("integrated-gradients"),
  /** Grad-CAM on a convolutional network's last convolutional layer. */
  GRAD_CAM("grad-cam");

  private final String name;

  ShapleyMethod(String name) {
    this.name = name;
  }

  /**
   * Whether the method computes Shapley values exactly, so that its output has no standard errors.
   *
   * @return true for exact-shapley and tree-shap
   */
  public boolean isExact() {
    return this == EXACT_SHAPLEY || this == TREE_SHAP;
  }

  /**
   * Whether the method spends a budget of coalitions.
   *
   * @return true for sampling-shapley and kernel-shap
   */
  public boolean isEstimator() {
    return this == SAMPLING_SHAPLEY || this == KERNEL_SHAP;
  }

  /**
   * Whether the method follows a neural network's gradients.
   *
   * @return true for saliency, gradient-x-input, smoothgrad, integrated-gradients and grad-cam
   */
  public boolean isGradient() {
    return ordinal() >= SALIENCY.ordinal();
  }

  @Override
  public String toString() {
    return name;
  }

  /** Reads a method's command-line name. */
  static final class Converter implements ITypeConverter<ShapleyMethod> {
    @Override
    public ShapleyMethod convert(String value) {
      for (ShapleyMethod method : values()) {
        if (method.name.equals(value)) {
          return method;
        }
      }
      throw new TypeConversionException(
          "no method '" + value + "'; choose one of " + String.join(", ", new Names()));
    }
  }

  /** The command-line names, for help and completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (ShapleyMethod method : values()) {
        names.add(method.name);
      }
      return names.iterator();
    }
  }
}
