package org.glasswing.core.sanity;

import org.glasswing.core.model.Model;

/**
 * Trains a fresh model of the same kind and settings as the one under test, on the same training
 * rows but with other labels. The data randomisation test passes permuted labels; how a model is
 * trained is the adapter's concern (a Weka learner, a KNIME loop).
 */
@FunctionalInterface
public interface ModelTrainer {

  /**
   * Trains a model.
   *
   * @param repeat the index of the repeat, from 0; an adapter may use it to reuse a model trained
   *     for another method
   * @param labels the target value of every training row, in training-row order, encoded as in a
   *     dataset
   * @return the trained model, with the original model's schema and outputs
   * @throws IllegalArgumentException if the model cannot be retrained
   */
  Model train(int repeat, double[] labels);
}
