package org.glasswing.weka.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code glasswing bench}: the benchmarks, one subcommand each. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Run a benchmark on a fixed task and print its figures.",
    subcommands = {ShapleyBenchCommand.class, DeepBenchCommand.class})
public final class BenchCommand implements Runnable {

  @Spec private CommandSpec spec;

  /** Creates the command. */
  public BenchCommand() {}

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "missing a benchmark; try 'glasswing bench shapley'");
  }
}
