package org.glasswing.weka;

import java.util.Arrays;
import weka.classifiers.Classifier;
import weka.core.OptionHandler;
import weka.core.Utils;
import weka.core.WekaPackageClassLoaderManager;

/**
 * Builds an untrained Weka classifier from a spec as Weka's command line and GUI write it: the
 * class name followed by its options, such as {@code weka.classifiers.trees.J48 -C 0.25 -M 2}.
 */
public final class ClassifierFactory {

  private static final String EXAMPLE = "weka.classifiers.trees.J48";

  private ClassifierFactory() {}

  /**
   * Creates the classifier a spec describes.
   *
   * @param spec the class name and options, Weka-quoted
   * @return a new, untrained classifier with the options set
   * @throws UserInputException for an empty spec, a class Weka cannot find, a class that is not a
   *     classifier, or options the classifier refuses
   */
  public static Classifier create(String spec) {
    String[] words;
    try {
      words = Utils.splitOptions(spec == null ? "" : spec.trim());
    } catch (Exception e) {
      throw new UserInputException(
          "cannot read the classifier spec '" + spec + "': " + plain(e), e);
    }
    if (words.length == 0 || words[0].isBlank()) {
      throw new UserInputException(
          "the classifier spec is empty; give a class name such as weka.classifiers.trees.J48");
    }
    String name = words[0];
    String[] options = Arrays.copyOfRange(words, 1, words.length);
    Class<?> type = findClass(name);
    if (!Classifier.class.isAssignableFrom(type)) {
      throw new UserInputException(
          "'" + name + "' is not a Weka classifier; give a classifier class such as " + EXAMPLE);
    }
    String given = String.join(" ", options);
    Classifier classifier;
    try {
      classifier = (Classifier) type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      throw new UserInputException(
          "cannot create the Weka classifier " + name + ": " + plain(e), e);
    }
    if (options.length == 0) {
      return classifier;
    }
    if (!(classifier instanceof OptionHandler handler)) {
      throw new UserInputException(
          "the classifier " + name + " takes no options, but was given: " + given);
    }
    try {
      handler.setOptions(options);
    } catch (Exception e) {
      throw new UserInputException(
          "invalid options for the classifier "
              + name
              + " ("
              + given
              + "): "
              + plain(e)
              + "; see java "
              + name
              + " -h for its options",
          e);
    }
    String left = String.join(" ", options).trim();
    if (!left.isEmpty()) {
      throw new UserInputException(
          "the classifier " + name + " does not know the options: " + left);
    }
    return classifier;
  }

  private static Class<?> findClass(String name) {
    try {
      return Class.forName(name, false, ClassifierFactory.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      try {
        // classifiers of other installed Weka packages load through Weka's package class loaders
        return WekaPackageClassLoaderManager.forName(name, false);
      } catch (ClassNotFoundException | LinkageError | RuntimeException notInPackages) {
        throw new UserInputException(
            "no Weka classifier named '"
                + name
                + "'; give the full class name of a classifier on the class path or in an"
                + " installed package, such as "
                + EXAMPLE,
            e);
      }
    }
  }

  private static String plain(Throwable e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message.strip().lines().findFirst().orElse(message);
  }
}
