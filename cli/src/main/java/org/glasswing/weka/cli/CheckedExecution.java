package org.glasswing.weka.cli;

import java.util.List;
import org.glasswing.weka.UserInputException;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Runs the chosen subcommand between two checks: before it, that its outputs can be written ({@link
 * OutputPreflight}); after it, that standard output took everything ({@link StandardOutput}).
 * Errors go to the command line's execution exception handler, as any other.
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
    int code = delegate.execute(parseResult);
    return StandardOutput.check(last, code);
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
