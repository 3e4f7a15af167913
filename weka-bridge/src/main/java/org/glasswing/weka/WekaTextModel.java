package org.glasswing.weka;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.glasswing.core.model.ModelEvaluationException;
import org.glasswing.core.text.TextModel;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.BatchPredictor;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * A trained Weka classifier that reads one string attribute, such as a {@code FilteredClassifier}
 * with {@code StringToWordVector}, as a core {@link TextModel}: each document becomes an instance
 * whose string attribute holds the text and whose class is missing. A nominal class gives one
 * probability per label, a numeric class one value.
 *
 * <p>Every batch gets a fresh header, so the string values of perturbed documents do not pile up in
 * the training header; {@link #copyForThread()} deep-copies the classifier.
 */
public final class WekaTextModel implements TextModel {

  private final Classifier classifier;
  private final Instances header;
  private final int textIndex;
  private final List<String> outputNames;

  /**
   * Wraps a trained classifier.
   *
   * @param classifier the trained classifier
   * @param header the attributes it was trained on, with the class index set; see {@link
   *     #textAttribute(Instances, String)} for what it must hold
   * @throws UserInputException if the header is not one string attribute and a class
   */
  public WekaTextModel(Classifier classifier, Instances header) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.header = new Instances(header, 0);
    this.textIndex = textAttribute(this.header, "the classifier's data");
    Attribute target = this.header.classAttribute();
    List<String> names = new ArrayList<>();
    if (target.isNominal()) {
      for (int v = 0; v < target.numValues(); v++) {
        names.add(target.value(v));
      }
    } else {
      names.add(target.name());
    }
    this.outputNames = List.copyOf(names);
  }

  /**
   * Finds the text of text data: exactly one string attribute besides the class, and no other
   * attribute (a text explanation's players are the words, so other attributes would have no
   * place).
   *
   * @param data the data or its header, with the class index set
   * @param what how to name the data in messages, such as {@code --train file.arff}
   * @return the string attribute's index
   * @throws UserInputException naming what is missing or extra
   */
  public static int textAttribute(Instances data, String what) {
    if (data.classIndex() < 0) {
      throw new IllegalArgumentException(what + " has no class attribute");
    }
    if (data.classAttribute().isString()) {
      throw new UserInputException(
          "the class '" + data.classAttribute().name() + "' is a string attribute; choose another");
    }
    List<Integer> strings = new ArrayList<>();
    for (int a = 0; a < data.numAttributes(); a++) {
      if (a != data.classIndex() && data.attribute(a).isString()) {
        strings.add(a);
      }
    }
    if (strings.isEmpty()) {
      throw new UserInputException(
          "text explanations need a string attribute, but "
              + what
              + " has none (Weka reads CSV text columns as nominal; use an ARFF file with"
              + " '@attribute NAME string')");
    }
    if (strings.size() > 1) {
      throw new UserInputException(
          what
              + " has several string attributes ('"
              + data.attribute(strings.get(0)).name()
              + "', '"
              + data.attribute(strings.get(1)).name()
              + "'); text explanations need exactly one");
    }
    int text = strings.get(0);
    for (int a = 0; a < data.numAttributes(); a++) {
      if (a != data.classIndex() && a != text) {
        throw new UserInputException(
            "text explanations read one string attribute and the class, but "
                + what
                + " also has the attribute '"
                + data.attribute(a).name()
                + "'");
      }
    }
    return text;
  }

  /**
   * The wrapped classifier.
   *
   * @return the trained classifier
   */
  public Classifier classifier() {
    return classifier;
  }

  @Override
  public List<String> outputNames() {
    return outputNames;
  }

  @Override
  public double[][] predict(List<String> documents) {
    try {
      Instances batch = freshHeader(documents.size());
      for (String document : documents) {
        Instance instance = new DenseInstance(batch.numAttributes());
        instance.setDataset(batch);
        instance.setValue(textIndex, document);
        instance.setClassMissing();
        batch.add(instance);
      }
      if (classifier instanceof BatchPredictor batchPredictor
          && batchPredictor.implementsMoreEfficientBatchPrediction()) {
        return batchPredictor.distributionsForInstances(batch);
      }
      boolean nominal = batch.classAttribute().isNominal();
      double[][] outputs = new double[batch.numInstances()][];
      for (int r = 0; r < outputs.length; r++) {
        Instance instance = batch.instance(r);
        outputs[r] =
            nominal
                ? classifier.distributionForInstance(instance)
                : new double[] {classifier.classifyInstance(instance)};
      }
      return outputs;
    } catch (ModelEvaluationException e) {
      throw e;
    } catch (Exception e) {
      throw new ModelEvaluationException(
          "the Weka classifier "
              + classifier.getClass().getName()
              + " failed to predict: "
              + e.getMessage(),
          e);
    }
  }

  /** A header like the training one whose string attribute has no values yet. */
  private Instances freshHeader(int capacity) {
    ArrayList<Attribute> attributes = new ArrayList<>(header.numAttributes());
    for (int a = 0; a < header.numAttributes(); a++) {
      Attribute attribute = header.attribute(a);
      attributes.add(
          a == textIndex
              ? new Attribute(attribute.name(), (List<String>) null, a)
              : (Attribute) attribute.copy());
    }
    Instances fresh = new Instances(header.relationName(), attributes, capacity);
    fresh.setClassIndex(header.classIndex());
    return fresh;
  }

  @Override
  public boolean isThreadSafe() {
    return false;
  }

  @Override
  public TextModel copyForThread() {
    try {
      return new WekaTextModel(AbstractClassifier.makeCopy(classifier), header);
    } catch (Exception e) {
      throw new ModelEvaluationException(
          "could not copy the Weka classifier " + classifier.getClass().getName(), e);
    }
  }
}
