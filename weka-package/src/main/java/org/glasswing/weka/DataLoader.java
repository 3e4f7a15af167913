package org.glasswing.weka;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.glasswing.weka.input.CsvInstances;
import org.glasswing.weka.input.CsvTable;
import org.glasswing.weka.input.DataReading;
import org.glasswing.weka.input.TextDecoder;
import org.glasswing.weka.input.ValueChecks;
import weka.core.Instances;
import weka.core.converters.ArffLoader;

/**
 * Reads datasets: ARFF ({@code .arff}, {@code .arff.gz}) and CSV ({@code .csv}, {@code .csv.gz}),
 * plus the {@code credit-g} dataset that ships inside Weka's jar, and picks the class attribute.
 *
 * <p>The text is decoded strictly in the {@link DataReading}'s character set (UTF-8 by default),
 * without a byte-order mark; a CSV file's delimiter is detected (see {@link CsvTable}) and its
 * columns typed as Weka's CSVLoader does (see {@link CsvInstances}). Infinite numbers are refused.
 */
public final class DataLoader {

  /** The name of the embedded default dataset. */
  public static final String CREDIT_G = "credit-g";

  private static final String CREDIT_G_RESOURCE = "weka/gui/knowledgeflow/templates/credit-g.arff";

  private DataLoader() {}

  /**
   * Reads a data file as strict UTF-8, choosing the reader by the file name; notes are dropped.
   *
   * @param file an ARFF or CSV file, or a folder of PNG images (see {@link ImageFolder})
   * @return the data, without a class index
   * @throws UserInputException if the file is missing, of an unknown type, or unreadable
   */
  public static Instances load(Path file) {
    return load(file, null, DataReading.DEFAULT);
  }

  /**
   * Reads a data file, choosing the reader by the file name.
   *
   * @param file an ARFF or CSV file, or a folder of PNG images (see {@link ImageFolder})
   * @param option the option that named the file, such as {@code --data}, for messages; or null
   * @param reading the character set, and where notes and warnings go
   * @return the data, without a class index
   * @throws UserInputException if the file is missing, of an unknown type, unreadable, not valid in
   *     the character set, or holds an infinite number
   */
  public static Instances load(Path file, String option, DataReading reading) {
    if (!Files.exists(file)) {
      throw new UserInputException(
          "no such file: "
              + file
              + (option == null ? "" : " (given with " + option + "); check the path"));
    }
    if (Files.isDirectory(file)) {
      return ImageFolder.load(file); // a folder of PNG images, one subfolder per class
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new UserInputException("cannot read " + file + ": not a readable file");
    }
    String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean arff = lower.endsWith(".arff") || lower.endsWith(".arff.gz");
    if (!arff && !lower.endsWith(".csv") && !lower.endsWith(".csv.gz")) {
      throw new UserInputException(
          "cannot read "
              + file
              + ": the name must end in .arff, .arff.gz, .csv or .csv.gz"
              + (option == null ? "" : " (" + option + ")"));
    }
    String name = file.toString();
    List<String> notes = new ArrayList<>(); // shown only when the file reads without error
    DataReading held = new DataReading(reading.charset(), notes::add, reading.warnings());
    String text = TextDecoder.read(file, held);
    Instances data = arff ? arff(text, name) : csv(text, name, held);
    data.setClassIndex(-1);
    ValueChecks.requireFinite(data, name);
    notes.forEach(reading.notes());
    return data;
  }

  private static Instances arff(String text, String name) {
    try {
      ArffLoader.ArffReader reader = new ArffLoader.ArffReader(new StringReader(text));
      return reader.getData();
    } catch (IOException | RuntimeException e) {
      throw new UserInputException("cannot read " + name + ": " + firstLine(e), e);
    }
  }

  private static Instances csv(String text, String name, DataReading reading) {
    CsvTable table = CsvTable.parse(text, name);
    if (table.delimiter() != ',') {
      reading.note("reading " + name + " as " + CsvTable.describe(table.delimiter()));
    }
    return CsvInstances.build(table, name, reading);
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
