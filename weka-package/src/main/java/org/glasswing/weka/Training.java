package org.glasswing.weka;

import org.glasswing.core.engine.CancelledException;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.Capabilities;
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
    requireClassKind(model, data);
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
   * Refuses a class the classifier cannot predict, before training, with the fix: a numeric class
   * for a classification-only classifier, a nominal one for a regression-only classifier.
   *
   * @param classifier the classifier to train
   * @param data the training data, class set
   * @throws UserInputException naming the class and what to do
   */
  static void requireClassKind(Classifier classifier, Instances data) {
    if (data.classIndex() < 0) {
      return;
    }
    Capabilities capabilities = classifier.getCapabilities();
    Attribute target = data.classAttribute();
    String name = classifier.getClass().getName();
    boolean numeric = capabilities.handles(Capabilities.Capability.NUMERIC_CLASS);
    boolean nominal =
        capabilities.handles(Capabilities.Capability.NOMINAL_CLASS)
            || capabilities.handles(Capabilities.Capability.BINARY_CLASS);
    if (!numeric && !nominal) {
      return; // the classifier does not say; let training decide
    }
    if (target.isNumeric() && !numeric) {
      throw new UserInputException(
          name
              + " needs a nominal class, but '"
              + target.name()
              + "' is numeric; choose a nominal class with --class NAME, discretise the target,"
              + " or use a regression classifier");
    }
    if (target.isNominal() && !nominal) {
      throw new UserInputException(
          name
              + " needs a numeric class, but '"
              + target.name()
              + "' is nominal; choose a numeric class with --class NAME or use a classification"
              + " classifier");
    }
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
