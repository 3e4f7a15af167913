package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glasswing.weka.TestData;
import org.glasswing.weka.TextTestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an analyst reads: {@code --format} on a command that writes CSV only is one line of ours,
 * {@code profile}'s grid values follow {@code --digits}, and text explanations honour {@code
 * --ignore}.
 */
class OutputFormsTest {

  private static final String TEXT_J48 =
      "weka.classifiers.meta.FilteredClassifier"
          + " -F weka.filters.unsupervised.attribute.StringToWordVector"
          + " -W weka.classifiers.trees.J48";

  @TempDir Path dir;

  @Test
  void formatOnACsvOnlyCommandNamesTheFormatItWrites() {
    for (String command : List.of("importance", "uncertainty", "profile", "surrogate", "audit")) {
      CliRun run = CliRun.of(command, "--format", "json");
      assertThat(run.code()).as(command).isEqualTo(GlasswingCommand.EXIT_USER_ERROR);
      assertThat(run.err().lines().toList())
          .as(command)
          .singleElement()
          .satisfies(
              line ->
                  assertThat(line)
                      .startsWith("glasswing: error: glasswing " + command + " has no --format")
                      .contains(command.equals("audit") ? "HTML report" : "CSV only")
                      .contains("--format json")
                      .doesNotContain("Unknown option"));
    }
    assertThat(CliRun.of("importance", "--frmat", "json").err()).contains("Unknown option");
  }

  @Test
  void profileGridValuesAreRoundedToTheDigitsAskedAndWekaStyleOtherwise() throws Exception {
    Path small = dir.resolve("small.arff");
    Files.writeString(small, TestData.smallArff());
    List<String> args =
        List.of(
            "profile",
            "-q",
            "--train",
            small.toString(),
            "--classifier",
            "weka.classifiers.bayes.NaiveBayes",
            "--features",
            "income",
            "--no-ice");
    CliRun full = CliRun.of(args.toArray(String[]::new));
    List<String> withDigits = new java.util.ArrayList<>(args);
    withDigits.addAll(List.of("--digits", "2"));
    CliRun rounded = CliRun.of(withDigits.toArray(String[]::new));
    assertThat(full.code()).as(full.err()).isZero();
    assertThat(rounded.code()).as(rounded.err()).isZero();
    List<String> fullValues = column(full.out(), 2);
    List<String> roundedValues = column(rounded.out(), 2);
    assertThat(fullValues).contains("11.526316"); // as Weka prints it
    assertThat(roundedValues).hasSameSizeAs(fullValues).contains("12").doesNotContain("11.526316");
    for (int i = 0; i < fullValues.size(); i++) {
      double value = Double.parseDouble(fullValues.get(i));
      assertThat(Double.parseDouble(roundedValues.get(i)))
          .isEqualTo(
              new java.math.BigDecimal(value).round(new java.math.MathContext(2)).doubleValue());
    }
  }

  private static List<String> column(String csv, int index) {
    return csv.lines().skip(1).map(line -> line.split(",", -1)[index]).toList();
  }

  @Test
  void textExplanationsDropIgnoredAttributesFirst() throws Exception {
    String plain = TextTestData.reviewsArff(40);
    Path reviews = dir.resolve("reviews.arff");
    Files.writeString(reviews, plain);
    StringBuilder withId = new StringBuilder();
    int row = 0;
    boolean data = false;
    for (String line : plain.lines().toList()) {
      if (line.startsWith("@attribute review")) {
        withId.append("@attribute id numeric\n");
      }
      withId.append(data ? (++row) + "," + line : line).append('\n');
      data |= line.equals("@data");
    }
    Path identified = dir.resolve("identified.arff");
    Files.writeString(identified, withId.toString());
    List<String> common =
        List.of("explain", "-q", "--classifier", TEXT_J48, "--method", "occlusion", "--text");

    CliRun refused = run(common, "--train", identified.toString());
    CliRun ignored = run(common, "--train", identified.toString(), "--ignore", "id");
    CliRun reference = run(common, "--train", reviews.toString());

    assertThat(refused.code()).isEqualTo(GlasswingCommand.EXIT_USER_ERROR);
    assertThat(ignored.code()).as(ignored.err()).isZero();
    assertThat(ignored.out()).isNotBlank().isEqualTo(reference.out());
  }

  private static CliRun run(List<String> common, String... extra) {
    List<String> args = new java.util.ArrayList<>(common);
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }
}
