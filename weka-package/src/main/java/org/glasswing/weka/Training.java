package org.glasswing.weka;

import org.glasswing.core.engine.CancelledException;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * Trains Weka classifiers the one way every command and plug-in does: on a fresh copy of a
 * template, stopping when the thread is interrupted, and turning Weka's failures into one line that
 * names the classifier and the data.
 */
public final class Training {

  private Training() {}

  /**
   * Trains a fresh copy of a classifier.
   *
   * @param template the classifier with its settings (not changed; trained or not)
   * @param data the training data, class set (not changed)
   * @param what what is being trained on, for messages, such as {@code fold 2 of 10}
   * @return the trained copy
   * @throws UserInputException if the classifier cannot be copied or trained
   * @throws CancelledException if the thread is interrupted
   */
  public static Classifier train(Classifier template, Instances data, String what) {
    Classifier model;
    try {
      model = AbstractClassifier.makeCopy(template);
    } catch (Exception e) {
      throw new UserInputException(
          "cannot copy the classifier " + template.getClass().getName() + ": " + e.getMessage(), e);
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new CancelledException();
    }
    try {
      model.buildClassifier(new Instances(data));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException();
    } catch (Exception e) {
      throw new UserInputException(
          "cannot train " + template.getClass().getName() + " on " + what + ": " + firstLine(e), e);
    }
    return model;
  }

  /**
   * The first line of an exception's message, or its class name when it has none.
   *
   * @param e the exception
   * @return one line for a user
   */
  public static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.strip().lines().findFirst().orElse(message);
  }
}
