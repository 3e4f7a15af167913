package org.glasswing.weka.sanity;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.glasswing.core.model.Model;
import org.glasswing.core.resample.ModelTrainer;
import org.glasswing.core.resample.TrainingSet;
import org.glasswing.weka.Training;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.WekaSplits;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Retrains a Weka classifier, configured as the one under test, on the training data with other
 * labels. The model of each repeat is kept, so that several methods share it.
 */
public final class WekaRetrainer implements ModelTrainer {

  private final Instances train;
  private final Classifier template;
  private final Function<WekaModel, Model> view;
  private final Map<Integer, Model> trained = new HashMap<>();

  /**
   * Creates the trainer.
   *
   * @param train the training data, class set
   * @param template an untrained (or trained: it is retrained) classifier with the settings to use;
   *     copied for every repeat
   * @param view turns the trained Weka model into the model the methods explain (the model itself,
   *     or its trees read into the core)
   */
  public WekaRetrainer(Instances train, Classifier template, Function<WekaModel, Model> view) {
    this.train = new Instances(train);
    this.template = template;
    this.view = view;
  }

  /**
   * The training rows' class values, in order.
   *
   * @return the labels, {@code NaN} for a missing class
   */
  public double[] labels() {
    double[] labels = new double[train.numInstances()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = train.instance(i).classValue();
    }
    return labels;
  }

  /**
   * Trains on the set's rows with its labels (permuted labels, for the data randomisation test), or
   * returns the model already trained for the set's index.
   *
   * @param set the rows and labels; its index is the repeat
   * @return the trained model, seen through the view
   * @throws IllegalArgumentException if a row or the number of labels does not fit the data
   */
  @Override
  public synchronized Model train(TrainingSet set) {
    Model cached = trained.get(set.index());
    if (cached != null) {
      return cached;
    }
    Instances relabelled = WekaSplits.trainingData(train, set);
    Classifier classifier = Training.train(template, relabelled, "permuted labels");
    Model model = view.apply(new WekaModel(classifier, new Instances(train, 0)));
    trained.put(set.index(), model);
    return model;
  }
}
