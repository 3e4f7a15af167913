package org.glasswing.weka.sanity;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.glasswing.core.model.Model;
import org.glasswing.core.sanity.ModelTrainer;
import org.glasswing.weka.Training;
import org.glasswing.weka.WekaModel;
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

  @Override
  public synchronized Model train(int repeat, double[] labels) {
    Model cached = trained.get(repeat);
    if (cached != null) {
      return cached;
    }
    if (labels.length != train.numInstances()) {
      throw new IllegalArgumentException(
          labels.length + " labels for " + train.numInstances() + " training rows");
    }
    Instances relabelled = new Instances(train);
    for (int i = 0; i < labels.length; i++) {
      relabelled.instance(i).setClassValue(labels[i]);
    }
    Classifier classifier = Training.train(template, relabelled, "permuted labels");
    Model model = view.apply(new WekaModel(classifier, new Instances(train, 0)));
    trained.put(repeat, model);
    return model;
  }
}
