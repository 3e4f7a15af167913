package org.glasswing.deep;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * A "loss" that is minus the selected class's score, so that back-propagating it gives minus the
 * score's gradient. The labels are a selector: a one-hot row per example naming the class whose
 * score is differentiated. In {@code logit} mode the score is the pre-activation output z_c; in
 * {@code probability} mode it is the output activation (softmax) of z at c. Only explainer copies
 * of a network carry this loss; it is never trained with.
 */
public final class ClassScoreLoss implements ILossFunction {

  private static final long serialVersionUID = 1L;

  private boolean logit;

  /** Creates the loss in probability mode (for deserialisation). */
  public ClassScoreLoss() {}

  /**
   * Creates the loss.
   *
   * @param logit true to differentiate the logit, false the probability
   */
  public ClassScoreLoss(boolean logit) {
    this.logit = logit;
  }

  /**
   * Whether the logit rather than the probability is differentiated.
   *
   * @return true in logit mode
   */
  public boolean isLogit() {
    return logit;
  }

  /**
   * Sets the mode (for deserialisation).
   *
   * @param logit true in logit mode
   */
  public void setLogit(boolean logit) {
    this.logit = logit;
  }

  private INDArray scores(INDArray preOutput, IActivation activationFn) {
    return logit ? preOutput.dup() : activationFn.getActivation(preOutput.dup(), false);
  }

  @Override
  public double computeScore(
      INDArray labels,
      INDArray preOutput,
      IActivation activationFn,
      INDArray mask,
      boolean average) {
    double sum = computeScoreArray(labels, preOutput, activationFn, mask).sumNumber().doubleValue();
    return average ? sum / labels.size(0) : sum;
  }

  @Override
  public INDArray computeScoreArray(
      INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
    return scores(preOutput, activationFn).muli(labels).sum(1).negi();
  }

  @Override
  public INDArray computeGradient(
      INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
    if (logit) {
      return labels.neg();
    }
    return activationFn.backprop(preOutput.dup(), labels.dup()).getFirst().negi();
  }

  @Override
  public Pair<Double, INDArray> computeGradientAndScore(
      INDArray labels,
      INDArray preOutput,
      IActivation activationFn,
      INDArray mask,
      boolean average) {
    return new Pair<>(
        computeScore(labels, preOutput, activationFn, mask, average),
        computeGradient(labels, preOutput, activationFn, mask));
  }

  @Override
  public String name() {
    return logit ? "ClassScoreLoss(logit)" : "ClassScoreLoss(probability)";
  }
}
