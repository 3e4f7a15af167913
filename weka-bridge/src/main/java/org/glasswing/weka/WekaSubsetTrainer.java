package org.glasswing.weka;

import org.glasswing.core.influence.SubsampleInfluence;
import org.glasswing.core.model.Model;
import org.glasswing.core.resample.ModelTrainer;
import org.glasswing.core.resample.TrainingSet;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Trains a fresh copy of a Weka classifier on a subset of the training rows, for the core's {@link
 * SubsampleInfluence}: the subset's rows are copied in training order ({@link
 * WekaSplits#trainingData}) and handed to {@link Training#train}. Safe to call from several threads
 * at once: the template and the training data are only read.
 */
public final class WekaSubsetTrainer implements ModelTrainer {

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
   * Trains on the set's rows (with its labels, if it has any), copied in training order.
   *
   * @param set the rows to train on; its index names the subsample in messages
   * @return the trained classifier as a core model over the training header
   * @throws IllegalArgumentException if a row or the number of labels does not fit the data
   * @throws UserInputException if the classifier cannot be trained on the subset
   */
  @Override
  public Model train(TrainingSet set) {
    Classifier trained =
        Training.train(
            template,
            WekaSplits.trainingData(train, set),
            "subsample " + (set.index() + 1) + " of " + subsamples);
    return new WekaModel(trained, train);
  }
}
