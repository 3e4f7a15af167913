package org.glasswing.weka.gui;

import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodSpec;

/**
 * Where a catalogue method without a view in the Catalogue tab lives instead, in one sentence for
 * the view's message.
 */
final class OtherPlaces {

  private OtherPlaces() {}

  /**
   * The place of a method the Catalogue view does not show.
   *
   * @param spec the method
   * @return a sentence that starts with the method's name
   */
  static String of(MethodSpec spec) {
    String where =
        switch (spec.name()) {
          case "mean-abs-shapley" ->
              " is the 'Importance and instance' view: choose a method and press Start";
          case "explainable-boosting" ->
              " is a classifier: choose org.glasswing.weka.classifiers.ExplainableBoostingMachine"
                  + " in the Classify tab; its output lists every attribute's shape";
          case "sparse-logistic" ->
              " is a classifier: choose org.glasswing.weka.classifiers.SparseLogisticRegression"
                  + " in the Classify tab; its output lists the coefficients and the path";
          case "recalibration" ->
              " is a classifier: wrap yours in org.glasswing.weka.classifiers.CalibratedClassifier"
                  + " in the Classify tab";
          case "mc-dropout" ->
              " needs a deep network (DeepNetClassifier, from the deep package); use glasswing"
                  + " uncertainty with it";
          default ->
              spec.family() == Family.GLASSBOX
                  ? " is a glass-box classifier: look for it in the Classify tab under"
                      + " org.glasswing.weka.classifiers"
                  : " has no view in Weka yet; use glasswing " + spec.name() + " on the data";
        };
    return spec.name() + where;
  }
}
