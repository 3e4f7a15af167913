package org.glasswing.weka.cli;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.weka.DataLoader;
import org.glasswing.weka.RowRange;
import org.glasswing.weka.Training;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaTextModel;
import org.glasswing.weka.input.DataReading;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * What {@code glasswing explain --text} needs, built from the {@link CommonOptions}: training data
 * and rows to explain that hold one string attribute and the class, the selected documents, and the
 * classifier trained on first use. It is the text counterpart of {@link ExplainSetup}, which keeps
 * refusing string attributes for the tabular methods.
 */
final class TextSetup {

  private final CommonOptions options;
  private final Instances train;
  private final int[] selected;
  private final List<String> documents;
  private WekaTextModel model;

  private TextSetup(
      CommonOptions options, Instances train, int[] selected, List<String> documents) {
    this.options = options;
    this.train = train;
    this.selected = selected;
    this.documents = List.copyOf(documents);
  }

  /**
   * Reads and checks the data.
   *
   * @param options the parsed common options
   * @return the setup
   * @throws UserInputException for anything wrong with the user's files or options
   */
  static TextSetup load(CommonOptions options) {
    if (options.model() != null) {
      throw new UserInputException(
          "--text works with --train and --classifier; a saved --model is not supported yet");
    }
    DataReading reading = options.reading();
    Instances train =
        options.train() != null
            ? DataLoader.load(options.train(), "--train", reading)
            : DataLoader.creditG();
    String trainName =
        options.train() != null
            ? "--train " + options.train()
            : "the embedded " + DataLoader.CREDIT_G + " data";
    train = IgnoredAttributes.drop(train, options.ignored(), options.classAttribute(), trainName);
    DataLoader.selectClass(train, options.classAttribute(), trainName);
    int text = WekaTextModel.textAttribute(train, trainName);
    if (train.numInstances() == 0) {
      throw new UserInputException(trainName + " has no rows to train on");
    }
    Instances data = train;
    String dataName = trainName;
    if (options.data() != null) {
      dataName = "--data " + options.data();
      data = DataLoader.load(options.data(), "--data", reading);
      data = IgnoredAttributes.drop(data, options.ignored(), options.classAttribute(), dataName);
      DataLoader.selectClass(data, options.classAttribute(), dataName);
      checkSameAttributes(data, train, dataName);
    }
    if (data.numInstances() == 0) {
      throw new UserInputException(dataName + " has no rows to explain");
    }
    int[] selected =
        options.rowsGiven()
            ? RowRange.parse(options.rows(), data.numInstances())
            : RowRange.firstRows(CommonOptions.DEFAULT_ROW_COUNT, data.numInstances());
    List<String> documents = new ArrayList<>();
    for (int row : selected) {
      if (data.instance(row).isMissing(text)) {
        throw new UserInputException(
            "row " + (row + 1) + " of " + dataName + " has no text to explain (it is missing)");
      }
      documents.add(data.instance(row).stringValue(text));
    }
    return new TextSetup(options, train, selected, documents);
  }

  private static void checkSameAttributes(Instances data, Instances train, String name) {
    if (data.numAttributes() != train.numAttributes()) {
      throw new UserInputException(
          name
              + " does not match the training data: it has "
              + data.numAttributes()
              + " attributes, the training data "
              + train.numAttributes());
    }
    for (int a = 0; a < train.numAttributes(); a++) {
      var mine = data.attribute(a);
      var theirs = train.attribute(a);
      boolean sameLabels = true;
      if (theirs.isNominal()) {
        sameLabels = mine.isNominal() && mine.numValues() == theirs.numValues();
        for (int v = 0; sameLabels && v < theirs.numValues(); v++) {
          sameLabels = mine.value(v).equals(theirs.value(v));
        }
      }
      if (!mine.name().equals(theirs.name()) || mine.type() != theirs.type() || !sameLabels) {
        throw new UserInputException(
            name
                + " does not match the training data at attribute "
                + (a + 1)
                + " ('"
                + mine.name()
                + "'): names, types and class labels must be the same");
      }
    }
  }

  /**
   * The selected documents, in order.
   *
   * @return the texts
   */
  List<String> documents() {
    return documents;
  }

  /**
   * The row number a user sees for a selected document: its 1-based position in {@code --data}.
   *
   * @param indexInSelection the position in {@link #documents()}
   * @return the 1-based row number
   */
  int rowNumber(int indexInSelection) {
    return selected[indexInSelection] + 1;
  }

  /**
   * The names of the class labels, or of the numeric class.
   *
   * @return the output names
   */
  List<String> outputNames() {
    var target = train.classAttribute();
    List<String> names = new ArrayList<>();
    if (target.isNominal()) {
      for (int v = 0; v < target.numValues(); v++) {
        names.add(target.value(v));
      }
    } else {
      names.add(target.name());
    }
    return names;
  }

  /**
   * The classifier, trained on the training data on first call.
   *
   * @return the model
   * @throws UserInputException if the classifier cannot be built or trained on text
   */
  synchronized WekaTextModel model() {
    if (model == null) {
      Classifier classifier;
      try {
        classifier = Training.train(ExplainSetup.newClassifier(options), train, "text");
      } catch (UserInputException e) {
        throw new UserInputException(
            e.getMessage()
                + " (use a classifier that reads strings, such as \"weka.classifiers.meta."
                + "FilteredClassifier -F weka.filters.unsupervised.attribute.StringToWordVector"
                + " -W weka.classifiers.bayes.NaiveBayesMultinomial\")",
            e);
      }
      model = new WekaTextModel(classifier, train);
    }
    return model;
  }
}
