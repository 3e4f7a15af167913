package org.glasswing.weka.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.LeakageCheck;
import org.glasswing.core.data.Schema;
import org.glasswing.core.io.Rounding;
import org.glasswing.core.shapley.Background;
import org.glasswing.weka.ClassifierFactory;
import org.glasswing.weka.DataLoader;
import org.glasswing.weka.ModelHeaders;
import org.glasswing.weka.RowRange;
import org.glasswing.weka.SavedModel;
import org.glasswing.weka.SavedModelLoader;
import org.glasswing.weka.Training;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.input.DataReading;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.core.Randomizable;

/**
 * Everything a subcommand needs before it runs a method, built from the {@link CommonOptions}: the
 * training data, the rows to explain (all of them and the selected ones), the model (trained on
 * first use, or loaded from {@code --model}), and the data background rows are drawn from.
 *
 * <p>Data is read and checked by {@link #load(CommonOptions)}; the model is trained only when
 * {@link #model()} is first called, so cheap checks can fail fast before a long training run.
 */
public final class ExplainSetup {

  private final CommonOptions options;
  private final SavedModel saved;
  private final Instances header;
  private final Instances train;
  private final Instances data;
  private final Dataset dataRows;
  private final int[] selected;
  private final Dataset backgroundSource;
  private final String backgroundSourceName;
  private final String dataName;
  private final DataReading reading;
  private WekaModel model;

  private ExplainSetup(
      CommonOptions options,
      SavedModel saved,
      Instances header,
      Instances train,
      Instances data,
      String dataName,
      String backgroundSourceName,
      Instances backgroundSource,
      DataReading reading) {
    this.options = options;
    this.reading = reading;
    this.saved = saved;
    this.header = new Instances(header, 0);
    this.train = train;
    this.data = data;
    this.dataName = dataName;
    this.dataRows = WekaData.dataset(data);
    this.selected =
        options.rowsGiven()
            ? RowRange.parse(options.rows(), data.numInstances())
            : RowRange.firstRows(CommonOptions.DEFAULT_ROW_COUNT, data.numInstances());
    this.backgroundSourceName = backgroundSourceName;
    this.backgroundSource = WekaData.dataset(backgroundSource);
  }

  /**
   * Reads the data the options name, sets the class, checks that the files agree, and selects the
   * rows. A saved model is read here too; a classifier is only built, not yet trained.
   *
   * @param options the parsed common options
   * @return the setup
   * @throws UserInputException for anything wrong with the user's files or options
   */
  public static ExplainSetup load(CommonOptions options) {
    if (options.model() != null && options.classifierGiven()) {
      throw new UserInputException("give either --classifier or --model, not both");
    }
    DataReading given = options.reading();
    List<String> notes = new ArrayList<>(); // shown once everything has been read and matched
    DataReading reading = new DataReading(given.charset(), notes::add, given.warnings());
    SavedModel saved = options.model() == null ? null : SavedModelLoader.load(options.model());
    Instances train = null;
    if (options.train() != null) {
      train = DataLoader.load(options.train(), "--train", reading);
    } else if (saved == null || options.data() == null) {
      train = DataLoader.creditG();
    }
    String trainName =
        options.train() != null
            ? "--train " + options.train()
            : "the embedded " + DataLoader.CREDIT_G + " data";
    Instances data =
        options.data() == null ? null : DataLoader.load(options.data(), "--data", reading);
    String dataName = options.data() == null ? trainName : "--data " + options.data();
    List<String> ignored = options.ignored();
    if (!ignored.isEmpty() && saved != null) {
      throw new UserInputException(
          "--ignore drops attributes before training, but --model "
              + options.model()
              + " was trained already; retrain with --classifier and --ignore instead");
    }
    train = IgnoredAttributes.drop(train, ignored, options.classAttribute(), trainName);
    data = IgnoredAttributes.drop(data, ignored, options.classAttribute(), dataName);

    Instances header;
    if (saved != null && saved.header() != null) {
      header = saved.header();
    } else {
      Instances base = train != null ? train : data;
      DataLoader.selectClass(base, options.classAttribute(), base == train ? trainName : dataName);
      WekaData.schema(base); // refuse unsupported attributes before anything else
      header = new Instances(base, 0);
    }
    if (train != null) {
      train = conform(train, header, trainName, saved, reading);
    }
    data = data == null ? train : conform(data, header, dataName, saved, reading);
    if (saved == null && train.numInstances() == 0) {
      throw new UserInputException(trainName + " has no rows to train on");
    }
    if (data.numInstances() == 0) {
      throw new UserInputException(dataName + " has no rows to explain");
    }
    notes.forEach(given.notes());
    if (saved != null && saved.header() == null && options.train() == null) {
      given.warn(
          "--model "
              + options.model()
              + " was saved without its training header, so the columns of "
              + dataName
              + " are matched to the model by position; give --train to match them by name");
    }
    warnLeakage(given, train != null ? train : data, train != null ? trainName : dataName);
    boolean backgroundFromTrain = saved == null || options.train() != null;
    return new ExplainSetup(
        options,
        saved,
        header,
        train,
        data,
        dataName,
        backgroundFromTrain ? trainName : dataName,
        backgroundFromTrain ? train : data,
        given);
  }

  /** One line per attribute that alone predicts the class almost perfectly. */
  private static void warnLeakage(DataReading reading, Instances instances, String name) {
    Dataset rows = WekaData.dataset(instances);
    for (LeakageCheck.Suspect s : LeakageCheck.suspects(rows)) {
      reading.warn(
          "'"
              + s.name()
              + "' alone predicts the class '"
              + rows.schema().target().name()
              + "' for "
              + Rounding.TERMINAL.format(100 * s.accuracy())
              + "% of the rows of "
              + name
              + " (the majority class: "
              + Rounding.TERMINAL.format(100 * s.baseline())
              + "%): likely leakage; drop it with --ignore "
              + s.name());
    }
  }

  private static Instances conform(
      Instances instances, Instances header, String name, SavedModel saved, DataReading reading) {
    WekaData.schema(instances);
    Instances conformed = ModelHeaders.match(instances, header, name, reading::note);
    if (saved != null) {
      ModelHeaders.checkHeader(saved, conformed, name);
    }
    return conformed;
  }

  /**
   * The schema the model reads, the class as its target.
   *
   * @return the schema
   */
  public Schema schema() {
    return dataRows.schema();
  }

  /**
   * The header of the model's data, without rows.
   *
   * @return a copy of the header
   */
  public Instances header() {
    return new Instances(header, 0);
  }

  /**
   * The training data, following {@link #header()}.
   *
   * @return the training data, or {@code null} when a saved model is used without {@code --train}
   */
  public Instances trainingData() {
    return train == null ? null : new Instances(train);
  }

  /**
   * All rows of {@code --data} (or of the training data when it is not given), as Weka reads them.
   *
   * @return a copy of the rows, following {@link #header()}
   */
  public Instances dataInstances() {
    return new Instances(data);
  }

  /**
   * How to name {@link #data()} in messages and reports.
   *
   * @return such as {@code --data test.arff} or {@code the embedded credit-g data}
   */
  public String dataName() {
    return dataName;
  }

  /**
   * All rows of {@code --data} (or of the training data when it is not given).
   *
   * @return the rows, following {@link #schema()}
   */
  public Dataset data() {
    return dataRows;
  }

  /**
   * The selected rows' indices into {@link #data()}.
   *
   * @return 0-based indices, ascending
   */
  public int[] selectedRows() {
    return selected.clone();
  }

  /**
   * The selected rows, in order.
   *
   * @return a dataset of the selected rows
   */
  public Dataset selectedData() {
    return dataRows.select(selected);
  }

  /**
   * The row number a user sees for a selected row: its 1-based position in {@code --data}.
   *
   * @param indexInSelection the position in {@link #selectedData()}
   * @return the 1-based row number in the data file
   */
  public int rowNumber(int indexInSelection) {
    return selected[indexInSelection] + 1;
  }

  /**
   * The rows a background is drawn from: the training data, or {@code --data} when a saved model is
   * used without {@code --train}.
   *
   * @return the rows
   */
  public Dataset backgroundSource() {
    return backgroundSource;
  }

  /**
   * How to name {@link #backgroundSource()} in messages.
   *
   * @return such as {@code --train file.arff}
   */
  public String backgroundSourceName() {
    return backgroundSourceName;
  }

  /**
   * A background of up to {@code size} rows sampled from {@link #backgroundSource()}, every row
   * when there are fewer.
   *
   * @param size the number of rows, at least 1
   * @param seed the seed of the draw
   * @return the background
   */
  public Background sampleBackground(int size, long seed) {
    if (size < 1) {
      throw new UserInputException("--background-size must be at least 1, got " + size);
    }
    return Background.sample(backgroundSource, size, seed);
  }

  /**
   * A background of every row of a file, equally weighted; the file must have the model's
   * attributes.
   *
   * @param file an ARFF or CSV file
   * @return the background
   * @throws UserInputException if the file is unreadable or its attributes differ
   */
  public Background backgroundFromFile(Path file) {
    Instances rows = loadLikeModel(file, "--background-data");
    if (rows.numInstances() == 0) {
      throw new UserInputException(
          "--background-data "
              + file
              + " has no rows; a background needs at least one row (or leave out --background-data"
              + " to sample the training data)");
    }
    return Background.uniform(WekaData.dataset(rows));
  }

  /**
   * Reads a file given with some option and makes it follow the model's header.
   *
   * @param file an ARFF or CSV file
   * @param option the option that named it, for messages, such as {@code --test}
   * @return the rows, following {@link #header()}
   * @throws UserInputException if the file is unreadable or its attributes differ
   */
  public Instances loadLikeModel(Path file, String option) {
    return conform(
        DataLoader.load(file, option, reading), header, option + " " + file, saved, reading);
  }

  /**
   * The model: the saved one, or the classifier trained on the training data on first call.
   *
   * @return the model
   * @throws UserInputException if the classifier spec is invalid or the classifier cannot be
   *     trained on this data
   */
  public synchronized WekaModel model() {
    if (model == null) {
      model = saved != null ? new WekaModel(saved.classifier(), header) : train();
    }
    return model;
  }

  /**
   * A new, untrained classifier as {@code --classifier} describes it, with {@code --seed} as its
   * training seed when given.
   *
   * @return the classifier
   * @throws UserInputException if the classifier spec is invalid
   */
  public Classifier newClassifier() {
    return newClassifier(options);
  }

  /**
   * A new, untrained classifier as {@code --classifier} describes it, with {@code --seed} as its
   * training seed when given and the classifier takes one in its configuration.
   *
   * @param options the parsed common options
   * @return the classifier
   * @throws UserInputException if the classifier spec is invalid
   */
  static Classifier newClassifier(CommonOptions options) {
    Classifier classifier = ClassifierFactory.create(options.classifier());
    if (options.given("--seed") && classifier instanceof Randomizable randomizable) {
      try {
        randomizable.setSeed((int) options.seed());
      } catch (IllegalArgumentException e) {
        // Some classifiers refuse a seed in a configuration that uses none (J48 without
        // reduced-error pruning); --seed then only drives the sampling, folds and splits.
      }
    }
    return classifier;
  }

  /**
   * Whether the model comes from {@code --model} rather than being trained here.
   *
   * @return true for a saved model
   */
  public boolean usesSavedModel() {
    return saved != null;
  }

  private WekaModel train() {
    return new WekaModel(Training.train(newClassifier(), train, "this data"), header);
  }
}
