package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapCommandTest {

  @TempDir Path dir;
  private Path small;

  @BeforeEach
  void writeData() throws Exception {
    small = dir.resolve("small.arff");
    Files.writeString(small, TestData.smallArff());
  }

  @Test
  void mapsEveryRowWithItsClassAndPrediction() {
    for (String method : List.of("pca", "mds", "tsne")) {
      List<String> args =
          new java.util.ArrayList<>(
              List.of(
                  "map",
                  "--train",
                  small.toString(),
                  "--classifier",
                  "weka.classifiers.trees.J48",
                  "--method",
                  method,
                  "--neighbours",
                  "3"));
      if (method.equals("tsne")) {
        args.addAll(List.of("--perplexity", "5", "--iterations", "300"));
      }
      CliRun run = CliRun.of(args.toArray(String[]::new));

      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.err()).startsWith("glasswing: note: " + method).contains("trustworthiness");
      List<String> lines = run.out().lines().toList();
      assertThat(lines.get(0)).isEqualTo(MapCommand.HEADER);
      assertThat(lines).hasSize(31);
      for (int i = 1; i <= 30; i++) {
        String[] cells = lines.get(i).split(",", -1);
        assertThat(cells[0]).isEqualTo(Integer.toString(i));
        assertThat(Double.parseDouble(cells[1])).isFinite();
        assertThat(cells[3]).isIn("yes", "no");
        assertThat(cells[6]).isEqualTo(Boolean.toString(cells[3].equals(cells[4])));
      }
    }
  }

  @Test
  void optionsOfAnotherMethodAreRefused() {
    CliRun run = CliRun.of("map", "--train", small.toString(), "--perplexity", "5");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("glasswing: error: --perplexity applies to --method tsne only");
  }
}
