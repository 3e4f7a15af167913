package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The options of {@code bench} and {@code methods} that the {@link OptionEffects} comparison cannot
 * check: a benchmark's timings differ on every run, so any two runs differ. Here {@code --digits}
 * rounds the timings of {@code bench deep}, and {@code -q} is taken by every command that reads no
 * data (it has no progress to hide there).
 */
class BenchOptionsTest {

  @Test
  void benchDeepRoundsItsTimingsToTheDigitsAsked() {
    CliRun run =
        CliRun.of("bench", "deep", "--images", "1", "--epochs", "1", "--digits", "2", "-q");
    assertThat(run.code()).as(run.err()).isZero();
    List<String> lines = run.lines();
    assertThat(lines.get(0)).isEqualTo("task,ms_per_item,items,threads");
    assertThat(lines).hasSizeGreaterThan(1);
    for (String line : lines.subList(1, lines.size())) {
      String ms = line.split(",")[1];
      double value = Double.parseDouble(ms);
      assertThat(value).as(line).isPositive();
      assertThat(
              Double.parseDouble(
                  new java.math.BigDecimal(value).round(new java.math.MathContext(2)).toString()))
          .as(line + " has two significant digits")
          .isEqualTo(value);
    }
    assertThat(CliRun.of("bench", "deep", "--digits", "0").err())
        .isEqualTo("glasswing: error: --digits must be 1 to 17, got 0\n");
  }

  @Test
  void methodsAndBenchShapleyTakeQuietAndWriteTheSame() {
    assertThat(CliRun.of("methods", "-q", "--family", "shapley").out())
        .isEqualTo(CliRun.of("methods", "--family", "shapley").out())
        .isNotBlank();
    CliRun bench = CliRun.of("bench", "shapley", "-q", "--data-dir", "no-such-folder");
    assertThat(bench.code()).isEqualTo(2);
    assertThat(bench.err()).doesNotContain("Unknown option");
  }
}
