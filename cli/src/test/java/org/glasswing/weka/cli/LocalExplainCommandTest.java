package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.weka.TestData;
import org.glasswing.weka.TextTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalExplainCommandTest {

  private static final String J48 = "weka.classifiers.trees.J48";
  private static final String TEXT_J48 =
      "weka.classifiers.meta.FilteredClassifier"
          + " -F weka.filters.unsupervised.attribute.StringToWordVector"
          + " -W weka.classifiers.trees.J48";

  @TempDir Path dir;
  private Path small;
  private Path reviews;

  @BeforeEach
  void writeData() throws Exception {
    small = dir.resolve("small.arff");
    Files.writeString(small, TestData.smallArff());
    reviews = dir.resolve("reviews.arff");
    Files.writeString(reviews, TextTestData.reviewsArff(40));
  }

  private CliRun explain(Path train, String classifier, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("explain", "-q", "--train", train.toString(), "--classifier", classifier));
    args.addAll(List.of(extra));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static List<String[]> lines(String csv) {
    return csv.lines().skip(1).map(line -> line.split(",", -1)).toList();
  }

  @Test
  void limeWritesFidelityAndInterceptColumnsForTheSelectedRows() {
    CliRun result =
        explain(
            small, J48, "--method", "lime", "--rows", "2-3", "--samples", "800", "--target", "yes");

    assertThat(result.err()).isEmpty();
    assertThat(result.code()).isZero();
    assertThat(result.out().lines().findFirst())
        .hasValue(
            "row,target,base_value,prediction,feature,value,attribution,std_error,"
                + "fidelity,intercept,local_prediction");
    List<String[]> lines = lines(result.out());
    assertThat(lines).hasSize(6);
    assertThat(lines).extracting(l -> l[0]).containsExactly("2", "2", "2", "3", "3", "3");
    assertThat(lines)
        .extracting(l -> l[4])
        .containsExactly("age", "income", "colour", "age", "income", "colour");
    for (String[] line : lines) {
      assertThat(line).hasSize(11);
      assertThat(line[1]).isEqualTo("yes");
      assertThat(Double.parseDouble(line[8])).isBetween(0.0, 1.0);
      assertThat(line[9]).isEqualTo(line[2]); // the base value is the intercept
      assertThat(line[7]).isEmpty();
    }
  }

  @Test
  void occlusionWritesOneLinePerFeatureOrGroup() {
    CliRun singles = explain(small, J48, "--method", "occlusion", "--rows", "5", "--target", "all");
    CliRun grouped =
        explain(small, J48, "--method", "occlusion", "--rows", "5", "--groups", "age,income");

    assertThat(singles.code()).as(singles.err()).isZero();
    assertThat(singles.out().lines().findFirst())
        .hasValue("row,target,base_value,prediction,feature,value,attribution,std_error");
    assertThat(lines(singles.out())).hasSize(6); // 3 features x 2 classes
    assertThat(lines(singles.out())).extracting(l -> l[5]).contains("?"); // row 5 misses age
    assertThat(grouped.code()).as(grouped.err()).isZero();
    assertThat(lines(grouped.out())).extracting(l -> l[4]).containsExactly("age+income", "colour");
  }

  @Test
  void textLimeAndOcclusionPutTheDecisiveWordFirst() {
    for (String method : List.of("lime", "occlusion")) {
      List<String> args =
          new ArrayList<>(
              List.of("--method", method, "--text", "--rows", "1,3", "--target", "pos"));
      if (method.equals("lime")) {
        args.addAll(List.of("--samples", "600"));
      }
      CliRun result = explain(reviews, TEXT_J48, args.toArray(String[]::new));

      assertThat(result.err()).as(method).isEmpty();
      assertThat(result.code()).isZero();
      Map<String, String> topWord = new LinkedHashMap<>();
      Map<String, Double> topValue = new LinkedHashMap<>();
      for (String[] line : lines(result.out())) {
        double attribution = Math.abs(Double.parseDouble(line[6]));
        if (attribution > topValue.getOrDefault(line[0], -1.0)) {
          topValue.put(line[0], attribution);
          topWord.put(line[0], line[4]);
        }
      }
      assertThat(topWord)
          .as(method)
          .containsEntry("1", "great")
          .containsEntry("3", "great")
          .hasSize(2);
    }
  }

  @Test
  void badInputGivesOneLineAndExitCodeTwo() {
    CliRun tooMany = explain(small, J48, "--method", "lime", "--max-features", "4");
    CliRun noText = explain(small, J48, "--method", "lime", "--text");
    CliRun unknownGroup = explain(small, J48, "--method", "occlusion", "--groups", "age,zz");
    CliRun wrongMethod = explain(small, J48, "--method", "exact-shapley", "--samples", "10");
    CliRun badMode = explain(small, J48, "--method", "lime", "--lime-mode", "binned");

    assertThat(tooMany.err()).contains("max-features is 4 but the data has only 3 attributes");
    assertThat(noText.err()).contains("need a string attribute, but --train");
    assertThat(unknownGroup.err()).contains("no feature 'zz'");
    assertThat(wrongMethod.err()).contains("--samples does not apply to --method exact-shapley");
    assertThat(badMode.err())
        .contains("--lime-mode binned: unknown value; use one of quartile, continuous");
    for (CliRun run : List.of(tooMany, noText, unknownGroup, wrongMethod, badMode)) {
      assertThat(run.code()).as(run.err()).isEqualTo(GlasswingCommand.EXIT_USER_ERROR);
      assertThat(run.err().lines()).hasSize(1);
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void limeIsReproducibleAcrossThreadCounts() {
    CliRun one =
        explain(
            small, J48, "--method", "lime", "--rows", "1-4", "--samples", "300", "--threads", "1");
    CliRun three =
        explain(
            small, J48, "--method", "lime", "--rows", "1-4", "--samples", "300", "--threads", "3");

    assertThat(one.code()).isZero();
    assertThat(three.out()).isEqualTo(one.out());
    assertThat(lines(one.out())).hasSize(12);
  }
}
