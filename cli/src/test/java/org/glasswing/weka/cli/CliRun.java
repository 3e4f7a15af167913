package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * The outcome of one in-process run of the {@code glasswing} command line.
 *
 * @param code the exit code
 * @param out what it wrote to standard output
 * @param err what it wrote to standard error
 */
public record CliRun(int code, String out, String err) {

  /**
   * Runs the command line with the arguments, capturing its output.
   *
   * @param args the arguments
   * @return the exit code and what was written
   */
  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = GlasswingCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /**
   * Runs the command line with standard output going to the given writer; {@link #out()} is then
   * empty.
   *
   * @param stdout standard output
   * @param args the arguments
   * @return the exit code and what was written to standard error
   */
  public static CliRun writingTo(PrintWriter stdout, String... args) {
    StringWriter err = new StringWriter();
    CommandLine commandLine = GlasswingCommand.commandLine();
    commandLine.setOut(stdout);
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new CliRun(code, "", err.toString());
  }

  /**
   * Standard output, line by line.
   *
   * @return the lines
   */
  public java.util.List<String> lines() {
    return out.lines().toList();
  }
}
