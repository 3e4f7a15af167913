package org.glasswing.weka;

import java.util.Objects;
import java.util.Optional;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * What a saved Weka {@code .model} file holds: the trained classifier and, when it was saved, the
 * header of its training data.
 *
 * @param classifier the trained classifier
 * @param header the training header (no rows, class index set), or {@code null} when the file holds
 *     only the classifier
 */
public record SavedModel(Classifier classifier, Instances header) {

  /**
   * Checks that a classifier is present.
   *
   * @param classifier the trained classifier
   * @param header the training header, or {@code null}
   */
  public SavedModel {
    Objects.requireNonNull(classifier, "classifier");
  }

  /**
   * The training header, if the file held one.
   *
   * @return the header, or empty
   */
  public Optional<Instances> savedHeader() {
    return Optional.ofNullable(header);
  }
}
