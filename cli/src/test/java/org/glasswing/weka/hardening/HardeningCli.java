package org.glasswing.weka.hardening;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.glasswing.weka.cli.GlasswingCommand;
import picocli.CommandLine;

/**
 * One in-process run of {@code glasswing explain --model M --data D}.
 *
 * @param code the exit code
 * @param out standard output
 * @param err standard error
 */
record HardeningCli(int code, String out, String err) {

  static HardeningCli explain(Path model, Path data) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = GlasswingCommand.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code =
        commandLine.execute(
            "explain",
            "--model",
            model.toString(),
            "--data",
            data.toString(),
            "--method",
            "exact-shapley",
            "--rows",
            "1");
    return new HardeningCli(code, out.toString(), err.toString());
  }

  /** The error output's only line; fails if there are more. */
  String errorLine() {
    if (err.strip().lines().count() != 1) {
      throw new AssertionError("expected one error line, got: " + err);
    }
    return err.strip();
  }
}
