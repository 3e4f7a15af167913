package org.glasswing.weka;

import java.io.File;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import weka.attributeSelection.ASEvaluation;
import weka.attributeSelection.AttributeSelection;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.core.CommandlineRunnable;
import weka.core.Utils;
import weka.filters.Filter;

/**
 * Runs a Glasswing Weka scheme from the command line ({@code main} and {@code weka.Run <scheme>})
 * so that a failure ends the program with a non-zero exit code and one line on standard error, such
 * as {@code AddExplanation: error: -method bogus: unknown method; use one of auto, ...}.
 *
 * <p>Weka's own {@code Filter.runFilter}, {@code AbstractClassifier.runClassifier} and {@code
 * ASEvaluation.runEvaluator} catch every exception, print it (often with a stack trace or the whole
 * option list) and return normally, and {@code weka.Run} hands a {@link CommandlineRunnable} scheme
 * to its {@code run} method and also returns normally, so the exit code was always 0. The schemes
 * therefore call the public steps underneath ({@code Filter.filterFile}/{@code batchFilterFile},
 * {@code Evaluation.evaluateModel}, {@code AttributeSelection.SelectAttributes}) through this
 * class, from both {@code main} and their {@code run} override.
 *
 * <p>Exit codes, as for the {@code glasswing} command: 0 success (and {@code -h}); 2 a problem the
 * user can fix (a bad option, a class that cannot be loaded, unsuitable data; one line, no stack
 * trace); 1 an internal error (one line, then the stack trace); 130 interrupted. Inside a running
 * Weka (the Simple CLI runs schemes on its own thread, not the JVM's main thread) the line is
 * printed but the JVM is not ended, so Weka keeps running.
 */
public final class WekaCommandLine {

  /** The exit code for a problem the user can fix. */
  public static final int EXIT_USER_ERROR = 2;

  /** The exit code for an internal error. */
  public static final int EXIT_INTERNAL_ERROR = 1;

  /** The exit code when the run was interrupted. */
  public static final int EXIT_INTERRUPTED = 130;

  private static final List<String> HELP = List.of("-h", "-help");

  private WekaCommandLine() {}

  /** One command-line run of a scheme. */
  @FunctionalInterface
  private interface Work {
    void run() throws Exception;
  }

  /**
   * Filters files as {@code Filter.runFilter} does ({@code -i}, {@code -o}, {@code -c}, batch mode
   * with {@code -b}), reporting a failure instead of swallowing it.
   *
   * @param filter the filter
   * @param args the options
   * @param err where the error line goes
   * @return the exit code
   */
  public static int runFilter(Filter filter, String[] args, PrintStream err) {
    if (wantsHelp(args)) {
      Filter.runFilter(filter, args);
      return 0;
    }
    String[] options = args.clone();
    return run(
        filter,
        err,
        () -> {
          requireFiles(args, "i", "r");
          if (Utils.getFlag('b', options)) {
            Filter.batchFilterFile(filter, options);
          } else {
            Filter.filterFile(filter, options);
          }
        });
  }

  /**
   * Trains and evaluates a classifier as {@code AbstractClassifier.runClassifier} does, reporting a
   * failure instead of swallowing it.
   *
   * @param classifier the classifier
   * @param args the options, such as {@code -t train.arff -x 10}
   * @param err where the error line goes
   * @return the exit code
   */
  public static int runClassifier(Classifier classifier, String[] args, PrintStream err) {
    if (wantsHelp(args)) {
      AbstractClassifier.runClassifier(classifier, args);
      return 0;
    }
    String[] options = args.clone();
    return run(
        classifier,
        err,
        () -> {
          requireFiles(args, "t", "T");
          System.out.println(Evaluation.evaluateModel(classifier, options));
        });
  }

  /**
   * Selects attributes as {@code ASEvaluation.runEvaluator} does, reporting a failure instead of
   * swallowing it.
   *
   * @param evaluator the attribute evaluator
   * @param args the options, such as {@code -i data.arff -s weka.attributeSelection.Ranker}
   * @param err where the error line goes
   * @return the exit code
   */
  public static int runEvaluator(ASEvaluation evaluator, String[] args, PrintStream err) {
    if (wantsHelp(args)) {
      ASEvaluation.runEvaluator(evaluator, args);
      return 0;
    }
    String[] options = args.clone();
    return run(
        evaluator,
        err,
        () -> {
          requireFiles(args, "i");
          System.out.println(AttributeSelection.SelectAttributes(evaluator, options));
        });
  }

  /**
   * Ends the JVM with the exit code when it is not 0 and the scheme runs as the JVM's program (on
   * its main thread); otherwise returns, so a running Weka is not closed.
   *
   * @param status the exit code of a run
   */
  public static void exit(int status) {
    if (status != 0 && "main".equals(Thread.currentThread().getName())) {
      System.exit(status);
    }
  }

  /**
   * The scheme in {@code run(Object, String[])} of {@link CommandlineRunnable}, checked.
   *
   * @param <T> the scheme's type
   * @param toRun the object {@code weka.Run} passes
   * @param type the scheme's class
   * @return the scheme
   * @throws IllegalArgumentException if the object is not of that class
   */
  public static <T> T scheme(Object toRun, Class<T> type) {
    if (!type.isInstance(toRun)) {
      throw new IllegalArgumentException("the object to run is not a " + type.getSimpleName());
    }
    return type.cast(toRun);
  }

  /**
   * The one-line message of a failure as the error line shows it.
   *
   * @param scheme the scheme, whose class name is dropped from the front of the message
   * @param e the failure
   * @return the first line of its message, without Weka's prefixes
   */
  public static String message(Object scheme, Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    String line =
        message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    for (String prefix :
        List.of("Weka exception:", scheme.getClass().getName() + ":", "java.lang.Exception:")) {
      if (line.startsWith(prefix)) {
        line = line.substring(prefix.length()).strip();
      }
    }
    return line.isEmpty() ? e.getClass().getName() : line;
  }

  /**
   * Whether a failure is a problem the user can fix (bad options or data) rather than a bug.
   *
   * @param e the failure
   * @return true for a checked exception with a message, an illegal argument or bad user input
   */
  public static boolean isUserError(Throwable e) {
    if (e.getMessage() == null || e.getMessage().isBlank()) {
      return false;
    }
    return e instanceof IllegalArgumentException
        || e instanceof UserInputException
        || (e instanceof Exception && !(e instanceof RuntimeException));
  }

  /**
   * Refuses input files that do not exist before Weka reads them (Weka then says only "No source
   * has been specified").
   */
  private static void requireFiles(String[] args, String... flags) throws Exception {
    for (String flag : flags) {
      String file = Utils.getOption(flag, args.clone());
      if (!file.isEmpty() && !file.contains("://") && !new File(file).isFile()) {
        throw new InvalidOptionException(
            flag, file, "no such file", "give the path of an existing ARFF or CSV file");
      }
    }
  }

  private static boolean wantsHelp(String[] args) {
    return Arrays.stream(args).anyMatch(HELP::contains);
  }

  private static int run(Object scheme, PrintStream err, Work work) {
    String name = scheme.getClass().getSimpleName();
    CommandlineRunnable runnable = (CommandlineRunnable) scheme;
    try {
      runnable.preExecution();
      work.run();
      runnable.postExecution();
      return 0;
    } catch (InterruptedException e) {
      err.println(name + ": stopped");
      return EXIT_INTERRUPTED;
    } catch (Exception | LinkageError | OutOfMemoryError e) {
      if (isUserError(e)) {
        err.println(name + ": error: " + message(scheme, e));
        return EXIT_USER_ERROR;
      }
      err.println(name + ": internal error: " + e);
      e.printStackTrace(err);
      return EXIT_INTERNAL_ERROR;
    }
  }
}
