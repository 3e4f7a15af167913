package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.glasswing.core.io.Rounding;
import org.glasswing.weka.input.DataReading;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every Glasswing subcommand shares, in Weka's style: where the training data and the
 * rows to explain come from, which classifier (or saved model) to use, which rows to explain, and
 * the seed, threads and output. Add it to a subcommand with {@code @Mixin CommonOptions common;}
 * and hand it to {@link ExplainSetup#load(CommonOptions)}.
 */
public final class CommonOptions {

  /** The classifier trained when neither {@code --classifier} nor {@code --model} is given. */
  public static final String DEFAULT_CLASSIFIER = "weka.classifiers.trees.RandomForest";

  /** The rows explained when {@code --rows} is not given, cut to the data's length. */
  public static final String DEFAULT_ROWS = "1-10";

  /** The number of rows {@link #DEFAULT_ROWS} selects at most. */
  public static final int DEFAULT_ROW_COUNT = 10;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--train",
      paramLabel = "FILE",
      description =
          "Training data, an ARFF or CSV file. Default: the credit-g dataset that ships with Weka.")
  private Path train;

  @Option(
      names = "--data",
      paramLabel = "FILE",
      description =
          "The rows to explain, an ARFF or CSV file with the training attributes."
              + " Default: the training data.")
  private Path data;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      defaultValue = "UTF-8",
      description =
          "The character set of the data files, such as UTF-8, ISO-8859-1 (Latin-1) or"
              + " windows-1252. Bytes invalid in it are refused; a byte-order mark overrides it.")
  private String encoding;

  @Option(
      names = "--class",
      paramLabel = "NAME|first|last",
      defaultValue = "last",
      description =
          "The class attribute: its name, or first or last. With --model, the class saved with"
              + " the model is used.")
  private String classAttribute;

  @Option(
      names = "--classifier",
      paramLabel = "SPEC",
      defaultValue = DEFAULT_CLASSIFIER,
      description =
          "The Weka classifier to train, with its options, as Weka writes it, such as"
              + " \"weka.classifiers.trees.J48 -C 0.25\".")
  private String classifier;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description =
          "A saved Weka model (.model or .model.gz) to explain instead of training one. Without"
              + " --train, background rows are drawn from --data.")
  private Path model;

  @Option(
      names = "--rows",
      paramLabel = "SPEC",
      defaultValue = DEFAULT_ROWS,
      description =
          "The rows of --data to explain, 1-based as in Weka: such as 1-10,15 or first-last. The"
              + " default is cut to the data when it has fewer rows.")
  private String rows;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "The seed of the background sample and of sampling-shapley; when given, also the"
              + " classifier's training seed.")
  private long seed;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads for model evaluations; the default is the number of cores.")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--output",
      paramLabel = "PATH",
      description =
          "Where to write the result: a file for table output (default: standard output), a"
              + " directory for audit (default: glasswing-report).")
  private Path output;

  @Option(
      names = "--format",
      paramLabel = "csv|json",
      defaultValue = "csv",
      description = "The output format: csv or json.")
  private OutputFormat format;

  @Option(
      names = {"-q", "--quiet"},
      description =
          "Do not show progress lines and notes on standard error; warnings and errors still show.")
  private boolean quiet;

  @Option(
      names = "--digits",
      paramLabel = "N",
      description =
          "Significant digits of the numbers written, 1 to 17. Default: 4 on a terminal; full"
              + " precision in files and pipes, which tools read.")
  private Integer digits;

  @Option(
      names = "--ignore",
      paramLabel = "A,B",
      split = ",",
      showDefaultValue = Visibility.NEVER,
      description =
          "Attributes to drop by name before anything else, such as an identifier or a column"
              + " that leaks the class. Default: none.")
  private List<String> ignore = new ArrayList<>();

  /** Creates the options with their defaults; picocli fills them in. */
  public CommonOptions() {}

  /**
   * Whether progress lines and notes are kept off standard error ({@code -q}).
   *
   * @return true for quiet
   */
  public boolean quiet() {
    return quiet;
  }

  /**
   * The attributes to drop by name ({@code --ignore}).
   *
   * @return the names as given, stripped; empty for none
   */
  public List<String> ignored() {
    return ignore.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
  }

  /**
   * How the numbers of the command's output are written: {@code --digits} significant digits when
   * given; otherwise four on an interactive terminal and full precision into a file or a pipe.
   *
   * @return the rounding
   * @throws org.glasswing.weka.UserInputException for a digit count out of range
   */
  public Rounding rounding() {
    return DigitsChoice.of(digits, output != null);
  }

  /**
   * The training data file.
   *
   * @return the file, or {@code null} for the embedded credit-g dataset
   */
  public Path train() {
    return train;
  }

  /**
   * The file with the rows to explain.
   *
   * @return the file, or {@code null} to use the training data
   */
  public Path data() {
    return data;
  }

  /**
   * How to read data files: the {@code --encoding} character set, notes to standard error unless
   * {@code -q} was given, warnings to standard error.
   *
   * @return the reading settings
   * @throws org.glasswing.weka.UserInputException if {@code --encoding} names no known character
   *     set
   */
  public DataReading reading() {
    Charset charset = DataReading.charset(encoding);
    if (mixee == null || mixee.commandLine() == null) {
      return new DataReading(charset, line -> {}, line -> {});
    }
    PrintWriter err = mixee.commandLine().getErr();
    Consumer<String> warnings =
        line -> {
          err.println(line);
          err.flush();
        };
    return new DataReading(charset, quiet ? line -> {} : warnings, warnings);
  }

  /**
   * The class attribute: a name, {@code first} or {@code last}.
   *
   * @return the class spec
   */
  public String classAttribute() {
    return classAttribute;
  }

  /**
   * The classifier spec to train.
   *
   * @return the class name and options
   */
  public String classifier() {
    return classifier;
  }

  /**
   * The saved model file.
   *
   * @return the file, or {@code null} to train {@link #classifier()}
   */
  public Path model() {
    return model;
  }

  /**
   * The row range to explain.
   *
   * @return the spec, such as {@code 1-10}
   */
  public String rows() {
    return rows == null ? DEFAULT_ROWS : rows; // null when the command has no --rows
  }

  /**
   * Whether the user gave {@code --rows}; the default range is cut to the data, an explicit one is
   * checked against it.
   *
   * @return true when {@code --rows} was on the command line
   */
  public boolean rowsGiven() {
    return given("--rows");
  }

  /**
   * Whether the user gave {@code --classifier} on the command line.
   *
   * @return true when given
   */
  public boolean classifierGiven() {
    return given("--classifier");
  }

  /**
   * The seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * The number of worker threads.
   *
   * @return at least 1
   * @throws org.glasswing.weka.UserInputException if the user asked for fewer than one
   */
  public int threads() {
    if (threads < 1) {
      throw new org.glasswing.weka.UserInputException(
          "--threads must be at least 1, got " + threads);
    }
    return threads;
  }

  /**
   * The output file.
   *
   * @return the file, or {@code null} for standard output
   */
  public Path output() {
    return output;
  }

  /**
   * The output format.
   *
   * @return csv or json
   */
  public OutputFormat format() {
    return format == null ? OutputFormat.csv : format; // null when the command has no --format
  }

  /**
   * Whether an option of the command these options are mixed into was on the command line.
   *
   * @param name the option's name, such as {@code --rows}
   * @return true when given
   */
  public boolean given(String name) {
    return mixee != null
        && mixee.commandLine() != null
        && mixee.commandLine().getParseResult() != null
        && mixee.commandLine().getParseResult().hasMatchedOption(name);
  }
}
