package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.trees.J48;
import weka.core.Instance;
import weka.core.Instances;

class CounterfactualCommandTest {

  private static final String J48_SPEC = "weka.classifiers.trees.J48";

  @TempDir Path dir;
  private Path small;

  @BeforeEach
  void writeData() throws Exception {
    small = dir.resolve("small.arff");
    Files.writeString(small, TestData.smallArff());
  }

  @Test
  void everyCounterfactualWrittenIsPredictedAsTheDesiredClassAndKeepsFrozenAttributes()
      throws Exception {
    CliRun run =
        CliRun.of(
            "counterfactual",
            "--train",
            small.toString(),
            "--classifier",
            J48_SPEC,
            "--rows",
            "1-6",
            "--freeze",
            "colour");

    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(CounterfactualCommand.HEADER);
    Instances data = TestData.arff(TestData.smallArff());
    J48 j48 = new J48();
    j48.buildClassifier(data);
    // rebuild each counterfactual from its lines and ask the classifier
    String key = null;
    Instance rebuilt = null;
    String desired = null;
    int checked = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertThat(cells[9]).isNotEqualTo("colour");
      String thisKey = cells[0] + "/" + cells[1];
      if (!thisKey.equals(key)) {
        checked += check(j48, rebuilt, desired);
        key = thisKey;
        rebuilt = (Instance) data.instance(Integer.parseInt(cells[0]) - 1).copy();
        desired = cells[3];
      }
      if (!cells[9].isEmpty()) {
        int attribute = data.attribute(cells[9]).index();
        if (data.attribute(attribute).isNominal()) {
          rebuilt.setValue(attribute, cells[11]);
        } else {
          rebuilt.setValue(attribute, Double.parseDouble(cells[11]));
        }
      }
    }
    checked += check(j48, rebuilt, desired);
    assertThat(checked).isGreaterThanOrEqualTo(6);
  }

  private static int check(J48 j48, Instance rebuilt, String desired) throws Exception {
    if (rebuilt == null) {
      return 0;
    }
    int predicted = (int) j48.classifyInstance(rebuilt);
    assertThat(rebuilt.classAttribute().value(predicted)).isEqualTo(desired);
    return 1;
  }

  @Test
  void refusesTheCurrentClassUnknownAttributesAndAFullyFrozenRow() {
    CliRun same =
        CliRun.of(
            "counterfactual",
            "--train",
            small.toString(),
            "--classifier",
            J48_SPEC,
            "--rows",
            "1",
            "--desired",
            "yes",
            "--freeze",
            "age");
    CliRun other =
        CliRun.of(
            "counterfactual",
            "--train",
            small.toString(),
            "--classifier",
            J48_SPEC,
            "--rows",
            "1",
            "--desired",
            "no");
    // row 1 is predicted as one of the two; asking for that one is an error, the other is fine
    CliRun refused = same.code() == 2 ? same : other;
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("row 1 is already predicted as").hasLineCount(1);

    CliRun unknown = CliRun.of("counterfactual", "--train", small.toString(), "--freeze", "height");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err().strip())
        .isEqualTo("glasswing: error: --freeze: no attribute is called 'height'");

    CliRun frozen =
        CliRun.of(
            "counterfactual",
            "--train",
            small.toString(),
            "--classifier",
            J48_SPEC,
            "--freeze",
            "age,income,colour");
    assertThat(frozen.code()).isEqualTo(2);
    assertThat(frozen.err()).contains("every attribute is frozen");

    CliRun nominalRange =
        CliRun.of("counterfactual", "--train", small.toString(), "--range", "colour=0:1");
    assertThat(nominalRange.code()).isEqualTo(2);
    assertThat(nominalRange.err()).contains("'colour' is nominal");
  }

  @Test
  void protectedAttributesNeverChangeAndAnUnknownOneIsNamed() {
    CliRun run =
        CliRun.of(
            "counterfactual",
            "--train",
            small.toString(),
            "--classifier",
            J48_SPEC,
            "--protected",
            "colour",
            "--rows",
            "1-30",
            "-q");
    assertThat(run.code()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.subList(1, lines.size()))
        .allSatisfy(line -> assertThat(line.split(",", -1)[9]).isNotEqualTo("colour"))
        .anySatisfy(line -> assertThat(line.split(",", -1)[9]).isNotEmpty());

    CliRun unknown =
        CliRun.of("counterfactual", "--train", small.toString(), "--protected", "sex", "-q");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err().strip())
        .isEqualTo("glasswing: error: --protected: no attribute is called 'sex'");
  }

  @Test
  void aCounterfactualCloserToTheBoundaryThanTheMarginIsWarnedAbout() {
    // A heavily regularised logistic model keeps its probabilities near one half, so no change
    // within the data's range lies 0.45 past the boundary.
    CliRun run =
        CliRun.of(
            "counterfactual",
            "--train",
            small.toString(),
            "--classifier",
            "weka.classifiers.functions.Logistic -R 10",
            "--rows",
            "1",
            "--margin",
            "0.45",
            "--budget",
            "500",
            "-q");
    assertThat(run.code()).isZero();
    assertThat(run.err().lines())
        .singleElement()
        .satisfies(
            line ->
                assertThat(line)
                    .startsWith("glasswing: warning: row 1: no change found lies --margin 0.45")
                    .contains("past the decision boundary"));

    CliRun clear =
        CliRun.of(
            "counterfactual",
            "--train",
            small.toString(),
            "--classifier",
            "weka.classifiers.functions.Logistic -R 10",
            "--rows",
            "1",
            "--margin",
            "0",
            "--budget",
            "500",
            "-q");
    assertThat(clear.err()).isEmpty();
  }
}
