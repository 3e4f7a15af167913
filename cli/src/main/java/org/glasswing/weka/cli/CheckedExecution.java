package org.glasswing.weka.cli;

import java.util.List;
import org.glasswing.core.io.Rounding;
import org.glasswing.weka.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Runs the chosen subcommand between two checks: before it, that its outputs can be written ({@link
 * OutputPreflight}); after it, that standard output took everything ({@link StandardOutput}). The
 * command runs with the {@link Rounding} its {@code --digits} asks for (see {@link
 * CommonOptions#rounding()}), so every number it writes through the core's CSV and JSON writers is
 * rounded alike. Errors go to the command line's execution exception handler, as any other.
 */
final class CheckedExecution implements IExecutionStrategy {

  private final IExecutionStrategy delegate = new CommandLine.RunLast();

  @Override
  public int execute(ParseResult parseResult) {
    List<CommandLine> chain = parseResult.asCommandLineList();
    CommandLine last = chain.get(chain.size() - 1);
    if (!helpRequested(parseResult)) {
      ParseResult command = parseResult;
      while (command.hasSubcommand()) {
        command = command.subcommand();
      }
      try {
        OutputPreflight.check(command);
      } catch (UserInputException e) {
        throw new ExecutionException(last, e.getMessage(), e);
      }
    }
    Rounding rounding = Rounding.FULL;
    CommonOptions common = common(last);
    Object command = last.getCommand();
    if ((common != null || command instanceof DigitsChoice) && !helpRequested(parseResult)) {
      try {
        rounding = common != null ? common.rounding() : ((DigitsChoice) command).rounding();
      } catch (UserInputException e) {
        throw new ExecutionException(last, e.getMessage(), e);
      }
    }
    int code;
    try {
      code = Rounding.within(rounding, () -> delegate.execute(parseResult));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ExecutionException(last, e.getMessage(), e);
    }
    return StandardOutput.check(last, code);
  }

  /** The shared options of a command, when it has them. */
  private static CommonOptions common(CommandLine command) {
    for (CommandSpec mixin : command.getCommandSpec().mixins().values()) {
      if (mixin.userObject() instanceof CommonOptions options) {
        return options;
      }
    }
    return null;
  }

  private static boolean helpRequested(ParseResult parseResult) {
    for (ParseResult p = parseResult; p != null; p = p.hasSubcommand() ? p.subcommand() : null) {
      if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
        return true;
      }
    }
    return false;
  }
}
