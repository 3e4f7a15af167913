package org.glasswing.weka;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import weka.core.Instances;
import weka.core.converters.AbstractFileLoader;
import weka.core.converters.ArffLoader;
import weka.core.converters.CSVLoader;

/**
 * Reads datasets with Weka's converters: ARFF ({@code .arff}, {@code .arff.gz}) and CSV ({@code
 * .csv}), plus the {@code credit-g} dataset that ships inside Weka's jar, and picks the class
 * attribute.
 */
public final class DataLoader {

  /** The name of the embedded default dataset. */
  public static final String CREDIT_G = "credit-g";

  private static final String CREDIT_G_RESOURCE = "weka/gui/knowledgeflow/templates/credit-g.arff";

  private DataLoader() {}

  /**
   * Reads a data file, choosing the reader by the file name.
   *
   * @param file an ARFF or CSV file, or a folder of PNG images (see {@link ImageFolder})
   * @return the data, without a class index
   * @throws UserInputException if the file is missing, of an unknown type, or unreadable
   */
  public static Instances load(Path file) {
    if (!Files.exists(file)) {
      throw new UserInputException("no such file: " + file);
    }
    if (Files.isDirectory(file)) {
      return ImageFolder.load(file); // a folder of PNG images, one subfolder per class
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new UserInputException("cannot read " + file + ": not a readable file");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    AbstractFileLoader loader;
    if (name.endsWith(".arff") || name.endsWith(".arff.gz")) {
      loader = new ArffLoader();
    } else if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
      loader = new CSVLoader();
    } else {
      throw new UserInputException(
          "cannot read " + file + ": the name must end in .arff, .arff.gz or .csv");
    }
    try {
      loader.setFile(file.toFile());
      Instances data = loader.getDataSet();
      data.setClassIndex(-1);
      return data;
    } catch (IOException | RuntimeException e) {
      throw new UserInputException("cannot read " + file + ": " + firstLine(e), e);
    }
  }

  /**
   * Reads the {@code credit-g} dataset (German credit, 1000 rows, 20 attributes and a nominal
   * class) that ships inside Weka's jar.
   *
   * @return the data, without a class index
   */
  public static Instances creditG() {
    try (InputStream in =
        DataLoader.class.getClassLoader().getResourceAsStream(CREDIT_G_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Weka's jar has no " + CREDIT_G_RESOURCE);
      }
      ArffLoader loader = new ArffLoader();
      loader.setSource(in);
      Instances data = loader.getDataSet();
      data.setClassIndex(-1);
      return data;
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the embedded " + CREDIT_G + " dataset", e);
    }
  }

  /**
   * Sets the class attribute.
   *
   * @param data the data; its class index is changed
   * @param spec an attribute name, {@code first} or {@code last}
   * @param what how to name the data in messages, such as a file name
   * @return {@code data}, for chaining
   * @throws UserInputException listing the attribute names when no attribute has that name
   */
  public static Instances selectClass(Instances data, String spec, String what) {
    if (data.numAttributes() == 0) {
      throw new UserInputException(what + " has no attributes");
    }
    int index;
    if (data.attribute(spec) != null) {
      index = data.attribute(spec).index();
    } else if ("first".equals(spec)) {
      index = 0;
    } else if ("last".equals(spec)) {
      index = data.numAttributes() - 1;
    } else {
      List<String> names = new ArrayList<>();
      for (int a = 0; a < data.numAttributes(); a++) {
        names.add(data.attribute(a).name());
      }
      throw new UserInputException(
          "--class "
              + spec
              + ": "
              + what
              + " has no attribute of that name; its attributes are "
              + String.join(", ", names));
    }
    data.setClassIndex(index);
    return data;
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return message.strip().lines().findFirst().orElse(message);
  }
}
