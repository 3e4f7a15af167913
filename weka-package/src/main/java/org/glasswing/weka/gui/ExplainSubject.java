package org.glasswing.weka.gui;

import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.gui.explorer.Explorer;

/**
 * What the Explain tab explains or audits: a classifier (trained, as the Classify tab's result list
 * keeps it, or to be trained) and its data with the class set.
 *
 * @param classifier the classifier
 * @param trained whether it is trained already
 * @param data the data, with the class set
 * @param name the classifier's short name, for messages
 */
record ExplainSubject(Classifier classifier, boolean trained, Instances data, String name) {

  /**
   * The model selected in the Classify tab's result list, on the instances the test-set choice
   * names (a test file, the Classify tab's supplied test set, or the Preprocess data).
   *
   * @param explorer the Explorer
   * @param instances the Preprocess data
   * @param tests which instances to explain
   * @return the subject
   * @throws IllegalArgumentException saying what to do when there is no such model or it does not
   *     fit the data
   */
  static ExplainSubject fromClassifyTab(
      Explorer explorer, Instances instances, TestSetChoice tests) {
    ModelFromClassifyTab model = ModelFromClassifyTab.selected(explorer);
    if (model == null) {
      throw new IllegalArgumentException(
          "select a result in the Classify tab's result list first (its model is kept when"
              + " 'Output model' is on)");
    }
    return of(model, tests.explained(explorer, instances));
  }

  /**
   * A trained model on some instances, checked to match its training header.
   *
   * @param model the model and its header
   * @param explained the instances to explain
   * @return the subject
   * @throws IllegalArgumentException naming the mismatch
   */
  static ExplainSubject of(ModelFromClassifyTab model, TestSetChoice.Explained explained) {
    Instances data = new Instances(explained.data());
    String mismatch = model.mismatch(data);
    if (mismatch != null) {
      throw new IllegalArgumentException(
          mismatch.replace("the Preprocess data", explained.source()));
    }
    data.setClassIndex(model.header().classIndex());
    Classifier classifier = model.classifier();
    return new ExplainSubject(classifier, true, data, classifier.getClass().getSimpleName());
  }

  /**
   * A classifier to train on the Preprocess data.
   *
   * @param classifier the untrained classifier
   * @param instances the data
   * @param classIndex the class attribute's index
   * @return the subject
   */
  static ExplainSubject toTrain(Classifier classifier, Instances instances, int classIndex) {
    Instances data = new Instances(instances);
    data.setClassIndex(classIndex);
    return new ExplainSubject(classifier, false, data, classifier.getClass().getSimpleName());
  }
}
