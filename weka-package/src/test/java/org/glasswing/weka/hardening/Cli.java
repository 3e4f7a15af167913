package org.glasswing.weka.hardening;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.glasswing.weka.TestData;
import org.glasswing.weka.cli.GlasswingCommand;
import picocli.CommandLine;

/**
 * One in-process run of the {@code glasswing} command line, and the small dataset the input tests
 * write in several forms.
 *
 * @param code the exit code
 * @param out standard output
 * @param err standard error
 */
record Cli(int code, String out, String err) {

  /** Runs the command line with the arguments, capturing its output. */
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = GlasswingCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** Standard error, line by line. */
  List<String> errLines() {
    return err.lines().toList();
  }

  /** The rows of {@link TestData#smallArff()} as comma-separated lines, header first. */
  static List<String> smallCsvLines() {
    String arff = TestData.smallArff();
    String data = arff.substring(arff.indexOf("@data\n") + "@data\n".length());
    List<String> lines = new java.util.ArrayList<>();
    lines.add("age,income,colour,buys");
    data.lines().forEach(lines::add);
    return lines;
  }
}
