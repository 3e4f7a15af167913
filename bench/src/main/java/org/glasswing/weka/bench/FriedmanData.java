package org.glasswing.weka.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.glasswing.core.data.Dataset;
import org.glasswing.weka.DataLoader;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaData;
import weka.core.Attribute;
import weka.core.Instances;

/**
 * The Friedman-1 benchmark task as read from its directory (see {@code
 * bench/data/friedman/README.md}): {@code train.csv} (1000 rows), {@code background.csv} (its first
 * 100 rows) and {@code explain.csv} (100 further rows), each with inputs {@code x0..x9}, the
 * regression target {@code y} and the class {@code label}. The regression task drops {@code label}
 * and predicts {@code y}.
 *
 * @param train the training rows, target {@code y}, without {@code label}
 * @param background the background rows, as a dataset of the same schema
 * @param explain the rows to explain, as a dataset of the same schema
 * @param medianY the median of {@code y} over the training rows, the threshold of {@code label}
 */
public record FriedmanData(Instances train, Dataset background, Dataset explain, double medianY) {

  /** Where the benchmark looks for the data by default, relative to the working directory. */
  public static final String DEFAULT_DIRECTORY = "bench/data/friedman";

  /**
   * Reads the task.
   *
   * @param directory the directory with the three CSV files
   * @return the task
   * @throws UserInputException if a file is missing or lacks the expected columns
   */
  public static FriedmanData load(Path directory) {
    for (String name : new String[] {"train.csv", "background.csv", "explain.csv"}) {
      if (!Files.isRegularFile(directory.resolve(name))) {
        throw new UserInputException(
            "no "
                + name
                + " in "
                + directory
                + "; run from the project's root directory or give --data-dir (the data is in "
                + DEFAULT_DIRECTORY
                + ")");
      }
    }
    Instances train = regression(directory.resolve("train.csv"));
    Instances background = regression(directory.resolve("background.csv"));
    Instances explain = regression(directory.resolve("explain.csv"));
    background = WekaData.conform(background, train, "background.csv");
    explain = WekaData.conform(explain, train, "explain.csv");
    double[] y = train.attributeToDoubleArray(train.classIndex());
    Arrays.sort(y);
    double median =
        y.length % 2 == 1 ? y[y.length / 2] : (y[y.length / 2 - 1] + y[y.length / 2]) / 2;
    return new FriedmanData(train, WekaData.dataset(background), WekaData.dataset(explain), median);
  }

  private static Instances regression(Path file) {
    Instances data = DataLoader.load(file);
    Attribute label = data.attribute("label");
    Attribute y = data.attribute("y");
    if (label == null || y == null || data.attribute("x9") == null) {
      throw new UserInputException(
          file + " is not the Friedman-1 task: it needs columns x0..x9, y and label");
    }
    data.deleteAttributeAt(label.index());
    data.setClass(data.attribute("y"));
    return data;
  }
}
