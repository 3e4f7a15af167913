package org.glasswing.weka.gui;

import java.util.List;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.gui.explorer.ClassifierPanel;
import weka.gui.explorer.Explorer;

/**
 * The trained model and its training header from the entry selected in the Classify tab's result
 * list, found through Weka's public API.
 *
 * @param classifier the trained classifier
 * @param header its training header, with the class set
 */
record ModelFromClassifyTab(Classifier classifier, Instances header) {

  /**
   * The selected entry's model.
   *
   * @param explorer the Explorer, or {@code null}
   * @return the model, or {@code null} when no entry with a model is selected
   */
  static ModelFromClassifyTab selected(Explorer explorer) {
    if (explorer == null) {
      return null;
    }
    for (Explorer.ExplorerPanel panel : explorer.getPanels()) {
      if (panel instanceof ClassifierPanel classify) {
        Object selected = classify.getResultHistory().getSelectedObject();
        if (selected instanceof List<?> parts) {
          Classifier classifier = null;
          Instances header = null;
          for (Object part : parts) {
            if (part instanceof Classifier c) {
              classifier = c;
            } else if (part instanceof Instances i && i.classIndex() >= 0) {
              header = i;
            }
          }
          if (classifier != null && header != null) {
            return new ModelFromClassifyTab(classifier, header);
          }
        }
      }
    }
    return null;
  }

  /**
   * Why the Preprocess data cannot be explained with this model.
   *
   * @param data the Preprocess data
   * @return the reason, or {@code null} when the attributes match
   */
  String mismatch(Instances data) {
    Instances copy = new Instances(data, 0);
    copy.setClassIndex(header.classIndex());
    if (header.equalHeaders(copy)) {
      return null;
    }
    return "the Preprocess data does not match the model's training data: "
        + header.equalHeadersMsg(copy);
  }
}
