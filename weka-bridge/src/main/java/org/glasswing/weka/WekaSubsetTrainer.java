package org.glasswing.weka;

import org.glasswing.core.influence.SubsampleInfluence;
import org.glasswing.core.model.Model;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Trains a fresh copy of a Weka classifier on a subset of the training rows, for the core's {@link
 * SubsampleInfluence}: the subset's rows are copied in training order and handed to {@link
 * Training#train}. Safe to call from several threads at once: the template and the training data
 * are only read.
 */
public final class WekaSubsetTrainer implements SubsampleInfluence.Trainer {

  private final Classifier template;
  private final Instances train;
  private final int subsamples;

  /**
   * Prepares the trainer.
   *
   * @param template the classifier with its settings (not changed)
   * @param train the training data, class set (not changed)
   * @param subsamples how many subsets there are, for messages
   */
  public WekaSubsetTrainer(Classifier template, Instances train, int subsamples) {
    this.template = template;
    this.train = train;
    this.subsamples = subsamples;
  }

  /**
   * Trains on the included rows.
   *
   * @param included one entry per training row
   * @param subsample the subset's index, from 0
   * @return the trained classifier as a core model over the training header
   * @throws IllegalArgumentException if the mask does not have one entry per training row
   * @throws UserInputException if the classifier cannot be trained on the subset
   */
  @Override
  public Model train(boolean[] included, int subsample) {
    if (included.length != train.numInstances()) {
      throw new IllegalArgumentException(
          "the subset mask has "
              + included.length
              + " entries for "
              + train.numInstances()
              + " training rows");
    }
    Instances subset = new Instances(train, included.length);
    for (int i = 0; i < included.length; i++) {
      if (included[i]) {
        subset.add(train.instance(i));
      }
    }
    Classifier trained =
        Training.train(template, subset, "subsample " + (subsample + 1) + " of " + subsamples);
    return new WekaModel(trained, train);
  }
}
