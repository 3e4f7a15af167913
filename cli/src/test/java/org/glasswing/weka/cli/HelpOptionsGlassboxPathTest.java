package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every option {@code glasswing glassbox-path --help} shows changes what the command writes (the
 * path CSV, the plot or the chosen coefficients), checked as {@link HelpOptionsTest} does.
 */
class HelpOptionsGlassboxPathTest {

  @TempDir Path dir;
  private HelpData data;

  @BeforeEach
  void writeData() {
    data = HelpData.in(dir);
  }

  @Test
  void everyGlassboxPathOptionChangesItsOutputOrIsADocumentedNoOp() throws Exception {
    OptionEffects.of(data.out(), "glassbox-path", "--train", data.iris().toString())
        .tries("--train", "--train", data.irisOther().toString())
        .within(List.of("--train", data.small().toString()), "--class", "--class", "colour")
        .tries("--seed", "--seed", "5")
        .tries("--output", "--output", data.output("path.csv"))
        .tries("--digits", "--digits", "2")
        .tries("--ignore", "--ignore", "petallength")
        .tries("--alpha", "--alpha", "0.3")
        .tries("--min-ratio", "--min-ratio", "0.5")
        .tries("--rule", "--rule", "min")
        .tries("--path-length", "--path-length", "6")
        .tries("--cv-folds", "--cv-folds", "3")
        .within(
            List.of("--coefficients", data.output("coefficients.csv")),
            "--stability-runs",
            "--stability-runs",
            "4")
        .tries("--plot", "--plot", data.output("path.svg"))
        .tries("--coefficients", "--coefficients", data.output("coefficients.csv"))
        .check();
  }

  @Test
  void theSharedOptionsHelpSaysWhatTheyDoForThePath() {
    CliRun help = CliRun.of("glassbox-path", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out().replaceAll("\\s+", " "))
        .contains("cross-validation folds that choose lambda")
        .contains("It must be nominal.")
        .doesNotContain("background sample")
        .doesNotContain("--model");
    // the general texts stay where they are true
    assertThat(CliRun.of("explain", "--help").out().replaceAll("\\s+", " "))
        .contains("background sample");
  }
}
