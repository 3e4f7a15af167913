package org.glasswing.core.resample;

import org.glasswing.core.model.Model;

/**
 * Trains a fresh model of the same kind and settings as the one under study on a {@link
 * TrainingSet}: some of the training rows (a subsample, a fold's complement) and possibly other
 * labels (permuted labels for the data randomisation test). How a model is trained is the adapter's
 * concern (a Weka learner, a KNIME loop).
 *
 * <p>Methods may call it from the engine's worker threads, several at once, so an implementation
 * must not change shared state without synchronising.
 */
@FunctionalInterface
public interface ModelTrainer {

  /**
   * Trains a model.
   *
   * @param set the rows (and labels) to train on; its index identifies the job, so an adapter may
   *     use it for messages or to reuse a model trained for another method
   * @return the trained model, with the schema and outputs of the model under study
   * @throws IllegalArgumentException if the model cannot be trained on the set
   */
  Model train(TrainingSet set);
}
