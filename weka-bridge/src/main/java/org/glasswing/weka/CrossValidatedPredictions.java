package org.glasswing.weka;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.uncertainty.ClassPredictions;
import weka.classifiers.Classifier;
import weka.core.BatchPredictor;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Out-of-sample predictions of a Weka classifier, one per input row and mapped back to it: from
 * k-fold cross-validation exactly as Weka's {@code Evaluation.crossValidateModel(classifier, data,
 * K, new Random(seed))} makes them, or from a model trained on one dataset and applied to another.
 *
 * <p>Cross-validation repeats Weka's public steps: copy the data, {@code randomize(random)}, {@code
 * stratify(K)} when the class is nominal, then for each fold {@code trainCV(K, i, random)}, a fresh
 * {@code AbstractClassifier.makeCopy} of the classifier trained on it, and {@code testCV(K, i)}
 * predicted with the class set missing (in one batch when the classifier prefers batches). Each row
 * carries its input position through Weka's copies, so every prediction maps back to its row. These
 * folds deliberately are Weka's, not the core's {@link org.glasswing.core.resample.Resampling}
 * plans (see {@link #testFolds}). Immutable.
 */
public final class CrossValidatedPredictions {

  private final Instances header;
  private final double[][] distributions;
  private final double[] actual;
  private final int[] fold;
  private final int[] order;
  private final int folds;

  private CrossValidatedPredictions(
      Instances header,
      double[][] distributions,
      double[] actual,
      int[] fold,
      int[] order,
      int folds) {
    this.header = new Instances(header, 0);
    this.distributions = distributions;
    this.actual = actual;
    this.fold = fold;
    this.order = order;
    this.folds = folds;
  }

  /**
   * Cross-validates a classifier as Weka's {@code Evaluation.crossValidateModel} does.
   *
   * @param classifier the untrained classifier, copied for every fold (not changed)
   * @param data the data, with the class index set (not changed)
   * @param folds the number of folds K, from 2 to the number of rows
   * @param seed the seed of {@code new Random(seed)}
   * @param progress receives a report after each fold
   * @param cancel checked before each fold
   * @return one prediction per row of {@code data}
   * @throws UserInputException if K is out of range or the classifier cannot be trained
   * @throws CancelledException if cancelled or interrupted
   */
  public static CrossValidatedPredictions crossValidate(
      Classifier classifier,
      Instances data,
      int folds,
      long seed,
      ProgressListener progress,
      CancellationToken cancel) {
    requireClass(data);
    int n = data.numInstances();
    if (folds < 2 || folds > n) {
      throw new UserInputException(
          "--folds must be from 2 to the number of rows (" + n + "), got " + folds);
    }
    Random random = new Random(seed);
    Instances copy = tagged(data);
    copy.randomize(random);
    if (copy.classAttribute().isNominal()) {
      copy.stratify(folds);
    }
    double[][] distributions = new double[n][];
    int[] foldOf = new int[n];
    int[] order = new int[n];
    int next = 0;
    for (int i = 0; i < folds; i++) {
      cancel.throwIfCancelled();
      Instances train = copy.trainCV(folds, i, random);
      Classifier model = Training.train(classifier, train, "fold " + (i + 1) + " of " + folds);
      Instances test = copy.testCV(folds, i);
      double[][] predicted = predict(model, test);
      for (int t = 0; t < test.numInstances(); t++) {
        int row = ((TaggedInstance) test.instance(t)).row;
        distributions[row] = predicted[t];
        foldOf[row] = i;
        order[next++] = row;
      }
      progress.progress((i + 1.0) / folds, "fold " + (i + 1) + " of " + folds);
    }
    return new CrossValidatedPredictions(data, distributions, actuals(data), foldOf, order, folds);
  }

  /**
   * Trains a copy of a classifier on one dataset and predicts the rows of another.
   *
   * @param classifier the untrained classifier (not changed)
   * @param train the training data, with the class index set
   * @param test the rows to predict, following the training header
   * @return one prediction per row of {@code test}, all in "fold" 0
   * @throws UserInputException if the classifier cannot be trained
   */
  public static CrossValidatedPredictions holdOut(
      Classifier classifier, Instances train, Instances test) {
    requireClass(train);
    Classifier model = Training.train(classifier, train, "the training data");
    Instances copy = new Instances(test);
    copy.setClassIndex(train.classIndex());
    double[][] predicted = predict(model, copy);
    int n = copy.numInstances();
    int[] order = new int[n];
    Arrays.setAll(order, i -> i);
    return new CrossValidatedPredictions(copy, predicted, actuals(copy), new int[n], order, 1);
  }

  /**
   * The rows of each test fold of Weka's cross-validation with this seed (the same folds {@link
   * #crossValidate} and {@code Evaluation.crossValidateModel} use), for methods that train their
   * own models on the other folds (apply them with {@link WekaSplits#split}).
   *
   * <p>This and {@link #crossValidate} are the one exception to the core's {@link
   * org.glasswing.core.resample.Resampling} plans: their results must equal Weka's own
   * cross-validation prediction by prediction, so the folds come from Weka's {@code
   * Instances.randomize(new Random(seed))}, {@code stratify(K)} and {@code testCV}, whose
   * assignment the core does not reproduce.
   *
   * @param data the data, with the class index set
   * @param folds the number of folds K, from 2 to the number of rows
   * @param seed the seed of {@code new Random(seed)}
   * @return for each fold, its 0-based input rows in Weka's order
   * @throws UserInputException if K is out of range
   */
  public static int[][] testFolds(Instances data, int folds, long seed) {
    requireClass(data);
    if (folds < 2 || folds > data.numInstances()) {
      throw new UserInputException(
          "--folds must be from 2 to the number of rows ("
              + data.numInstances()
              + "), got "
              + folds);
    }
    Random random = new Random(seed);
    Instances copy = tagged(data);
    copy.randomize(random);
    if (copy.classAttribute().isNominal()) {
      copy.stratify(folds);
    }
    int[][] result = new int[folds][];
    for (int i = 0; i < folds; i++) {
      copy.trainCV(folds, i, random); // keeps the random stream in step with Weka's
      Instances test = copy.testCV(folds, i);
      result[i] = new int[test.numInstances()];
      for (int t = 0; t < result[i].length; t++) {
        result[i][t] = ((TaggedInstance) test.instance(t)).row;
      }
    }
    return result;
  }

  /**
   * Predicts the rows of a dataset with an already trained classifier, such as a saved model.
   *
   * @param trained the trained classifier
   * @param test the rows to predict, following the classifier's header, with the class index set
   * @return one prediction per row of {@code test}, all in "fold" 0
   */
  public static CrossValidatedPredictions ofTrained(Classifier trained, Instances test) {
    requireClass(test);
    double[][] predicted = predict(trained, test);
    int n = test.numInstances();
    int[] order = new int[n];
    Arrays.setAll(order, i -> i);
    return new CrossValidatedPredictions(test, predicted, actuals(test), new int[n], order, 1);
  }

  private static void requireClass(Instances data) {
    if (data.classIndex() < 0) {
      throw new IllegalArgumentException("the data has no class attribute set");
    }
    if (data.numInstances() == 0) {
      throw new UserInputException("the data '" + data.relationName() + "' has no rows");
    }
  }

  private static Instances tagged(Instances data) {
    Instances copy = new Instances(data, data.numInstances());
    for (int r = 0; r < data.numInstances(); r++) {
      copy.add(new TaggedInstance(data.instance(r), r));
    }
    return copy;
  }

  private static double[] actuals(Instances data) {
    double[] y = new double[data.numInstances()];
    for (int r = 0; r < y.length; r++) {
      y[r] = data.instance(r).classValue();
    }
    return y;
  }

  /**
   * Predicts rows with their class hidden, as Weka's {@code Evaluation.evaluateModel} does.
   *
   * @param model the trained classifier
   * @param test the rows
   * @return one distribution per row (one value for a numeric class)
   */
  static double[][] predict(Classifier model, Instances test) {
    try {
      if (model instanceof BatchPredictor batch && batch.implementsMoreEfficientBatchPrediction()) {
        Instances hidden = new Instances(test, test.numInstances());
        for (int t = 0; t < test.numInstances(); t++) {
          Instance copy = (Instance) test.instance(t).copy();
          copy.setDataset(hidden);
          copy.setClassMissing();
          hidden.add(copy);
        }
        return batch.distributionsForInstances(hidden);
      }
      double[][] result = new double[test.numInstances()][];
      for (int t = 0; t < test.numInstances(); t++) {
        Instance copy = (Instance) test.instance(t).copy();
        copy.setDataset(test);
        copy.setClassMissing();
        result[t] = model.distributionForInstance(copy);
      }
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancelledException();
    } catch (Exception e) {
      throw new UserInputException(
          "the classifier " + model.getClass().getName() + " failed to predict: " + e.getMessage(),
          e);
    }
  }

  /**
   * The number of rows.
   *
   * @return one per input row
   */
  public int numRows() {
    return distributions.length;
  }

  /**
   * The number of folds.
   *
   * @return K, or 1 for a hold-out prediction
   */
  public int folds() {
    return folds;
  }

  /**
   * Whether the class is nominal.
   *
   * @return true for class probabilities, false for numeric predictions
   */
  public boolean isNominal() {
    return header.classAttribute().isNominal();
  }

  /**
   * The predicted distribution of a row: class probabilities, or one value for a numeric class.
   *
   * @param row the 0-based input row
   * @return a copy
   */
  public double[] distribution(int row) {
    return distributions[row].clone();
  }

  /**
   * The actual class of a row, as Weka encodes it.
   *
   * @param row the 0-based input row
   * @return the class index or value; {@code NaN} when missing
   */
  public double actual(int row) {
    return actual[row];
  }

  /**
   * The fold in which a row was predicted.
   *
   * @param row the 0-based input row
   * @return from 0 to {@code folds() - 1}
   */
  public int fold(int row) {
    return fold[row];
  }

  /**
   * The input rows in the order Weka's evaluation predicts them (fold by fold).
   *
   * @return 0-based input rows
   */
  public int[] evaluationOrder() {
    return order.clone();
  }

  /**
   * The input rows whose class is known, ascending.
   *
   * @return 0-based input rows
   */
  public int[] rowsWithClass() {
    return java.util.stream.IntStream.range(0, actual.length)
        .filter(r -> !Double.isNaN(actual[r]))
        .toArray();
  }

  /**
   * The class-probability predictions of the rows whose class is known, as the core reads them;
   * position i is input row {@code rowsWithClass()[i]}.
   *
   * @return the predictions
   * @throws IllegalArgumentException if the class is numeric, or no row has a known class
   */
  public ClassPredictions classPredictions() {
    if (!isNominal()) {
      throw new IllegalArgumentException(
          "the class '"
              + header.classAttribute().name()
              + "' is numeric; class probabilities, calibration and prediction sets need a nominal"
              + " class");
    }
    int[] rows = rowsWithClass();
    if (rows.length == 0) {
      throw new UserInputException("no row has a known class");
    }
    double[][] p = new double[rows.length][];
    int[] y = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      p[i] = distributions[rows[i]];
      y[i] = (int) actual[rows[i]];
    }
    return new ClassPredictions(labels(header), p, y);
  }

  /**
   * The labels of a nominal class.
   *
   * @param header the data's header, with the class set
   * @return the labels in index order
   */
  public static List<String> labels(Instances header) {
    List<String> labels = new ArrayList<>();
    for (int v = 0; v < header.classAttribute().numValues(); v++) {
      labels.add(header.classAttribute().value(v));
    }
    return labels;
  }

  /** A dense instance that remembers its input row through Weka's copies. */
  private static final class TaggedInstance extends DenseInstance {

    private static final long serialVersionUID = 1L;

    private final int row;

    TaggedInstance(Instance source, int row) {
      super(source);
      this.row = row;
    }

    @Override
    public Object copy() {
      TaggedInstance copy = new TaggedInstance(this, row);
      copy.m_Dataset = m_Dataset;
      return copy;
    }
  }
}
