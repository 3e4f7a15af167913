package org.glasswing.core.gradient;

/** Which number of a classifier's output a gradient is taken of. */
public enum Score {
  /** The class probability (the softmax output), as the model predicts it. */
  PROBABILITY,
  /** The class's pre-softmax score (logit), which does not saturate. */
  LOGIT
}
