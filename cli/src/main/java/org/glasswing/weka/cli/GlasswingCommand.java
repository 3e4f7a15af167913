package org.glasswing.weka.cli;

import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.nio.channels.ClosedByInterruptException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.model.ModelEvaluationException;
import org.glasswing.weka.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code glasswing} command line: the entry point and the error handling every subcommand
 * shares. Exit codes: 0 on success; 2 for a problem the user can fix, such as bad input or an
 * output that cannot be written (one line on standard error); 1 for an internal error only; 130
 * when interrupted; 141, quietly, when standard output is a pipe whose reader has gone away (as
 * with {@code | head}). Outputs are checked before any work ({@link OutputPreflight}), files are
 * written whole or not at all ({@link OutputFiles}), and standard output is checked after the
 * command ({@link StandardOutput}).
 *
 * <p>A new subcommand is a picocli command class that mixes in {@link CommonOptions}, builds an
 * {@link ExplainSetup}, and is listed in {@code subcommands} below (or added with {@link
 * CommandLine#addSubcommand}).
 */
@Command(
    name = "glasswing",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    versionProvider = GlasswingCommand.Version.class,
    description = "Explain Weka classifiers: which attributes drive each prediction.",
    subcommands = {
      ExplainCommand.class,
      MethodsCommand.class,
      AuditCommand.class,
      ExamplesCommand.class,
      CounterfactualCommand.class,
      InfluenceCommand.class,
      MapCommand.class,
      UncertaintyCommand.class,
      CalibrationCommand.class,
      ConformalCommand.class,
      FairnessCommand.class,
      GlassboxCommand.class,
      GlassboxPathCommand.class,
      BenchCommand.class,
      SanityCommand.class,
      FaithfulnessCommand.class,
      AgreementCommand.class,
      ImportanceCommand.class,
      ProfileCommand.class,
      InteractionsCommand.class,
      SurrogateCommand.class
    })
public final class GlasswingCommand implements Runnable {

  /** The exit code for bad input. */
  public static final int EXIT_USER_ERROR = 2;

  /** The exit code for an internal error. */
  public static final int EXIT_INTERNAL_ERROR = 1;

  /** The exit code when the run was interrupted. */
  public static final int EXIT_CANCELLED = 130;

  /**
   * The exit code when standard output is a pipe whose reader has gone away: 128 plus SIGPIPE's
   * number, as for a Unix tool killed by that signal. Nothing is printed.
   */
  public static final int EXIT_PIPE_CLOSED = 141;

  /** Held so that the level set in {@link #quietWeka()} is not lost to garbage collection. */
  private static final Logger NETLIB_LOGGER = Logger.getLogger("com.github.fommil");

  @Spec private CommandSpec spec;

  @CommandLine.Option(
      names = {"-v", "--verbose"},
      scope = CommandLine.ScopeType.INHERIT,
      description = "On an error, also print the full stack trace.")
  private boolean verbose;

  /** Creates the command; picocli fills in the options. */
  public GlasswingCommand() {}

  /**
   * Runs the command line and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    org.glasswing.weka.serial.UntrustedModels.install();
    quietWeka();
    Thread main = Thread.currentThread();
    AtomicBoolean finished = new AtomicBoolean();
    AtomicBoolean interrupted = new AtomicBoolean();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (!finished.get()) {
                    interrupted.set(true);
                    main.interrupt();
                    try {
                      main.join(5000);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                  }
                },
                "glasswing-interrupt"));
    StandardOutput.install();
    int code = commandLine().execute(args);
    finished.set(true);
    if (!interrupted.get()) {
      System.exit(code);
    }
  }

  /**
   * Keeps standard error clean of the warnings that Weka's matrix library (netlib-java) logs when
   * it falls back from native code to its pure Java implementation; they are harmless. Errors are
   * still logged.
   */
  static void quietWeka() {
    NETLIB_LOGGER.setLevel(Level.SEVERE);
  }

  /**
   * A configured command line, writing to the process's standard output and error. Tests may
   * redirect them with {@link CommandLine#setOut} and {@link CommandLine#setErr}.
   *
   * @return the command line
   */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new GlasswingCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(new ParameterErrors());
    commandLine.setExecutionExceptionHandler(new ExecutionErrors());
    commandLine.setExecutionStrategy(new CheckedExecution());
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      if (sub.getCommand() instanceof CatalogueDriven driven) {
        CatalogueOptions.addTo(sub.getCommandSpec(), driven.catalogueMethods());
      }
      SharedOptionHelp.apply(sub.getCommandSpec());
    }
    return commandLine;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing a command; try 'glasswing explain'");
  }

  /** One line for a command line that cannot be parsed. */
  private static final class ParameterErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine cl = e.getCommandLine();
      String help = "see '" + cl.getCommandSpec().qualifiedName() + " --help'";
      String message = FormatRefusal.of(e).orElseGet(() -> oneLine(e.getMessage()));
      cl.getErr().println("glasswing: error: " + message + " (" + help + ")");
      cl.getErr().flush();
      return EXIT_USER_ERROR;
    }
  }

  /** One line for an error raised while running: exit 2 for bad input, 1 for a bug. */
  private static final class ExecutionErrors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
      PrintWriter err = cl.getErr();
      int code;
      if (e instanceof UserInputException || e instanceof IllegalArgumentException) {
        err.println("glasswing: error: " + oneLine(e.getMessage()));
        code = EXIT_USER_ERROR;
      } else if (e instanceof CancelledException || causedByInterrupt(e)) {
        err.println("glasswing: cancelled");
        code = EXIT_CANCELLED;
      } else if (e instanceof ModelEvaluationException) {
        err.println("glasswing: error: " + oneLine(e.getMessage()));
        code = EXIT_INTERNAL_ERROR;
      } else {
        err.println(
            "glasswing: internal error: "
                + e.getClass().getName()
                + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()))
                + (verbose(parsed) ? "" : " (run with --verbose for details)"));
        code = EXIT_INTERNAL_ERROR;
      }
      if (verbose(parsed)) {
        e.printStackTrace(err);
      }
      err.flush();
      return code;
    }

    private static boolean causedByInterrupt(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof InterruptedException
            || t instanceof InterruptedIOException
            || t instanceof ClosedByInterruptException) {
          return true;
        }
      }
      return false;
    }

    private static boolean verbose(ParseResult parsed) {
      List<String> args = parsed.originalArgs();
      return args.contains("-v") || args.contains("--verbose");
    }
  }

  private static String oneLine(String message) {
    if (message == null || message.isBlank()) {
      return "unknown error";
    }
    return String.join(" ", message.strip().split("\\s*\\R\\s*"));
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = GlasswingCommand.class.getPackage().getImplementationVersion();
      return new String[] {"glasswing " + (version == null ? "(development build)" : version)};
    }
  }
}
