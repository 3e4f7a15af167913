package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;

class DataLoaderTest {

  @TempDir Path dir;

  @Test
  void theEmbeddedCreditGHasAThousandRows() {
    Instances data = DataLoader.creditG();
    assertThat(data.numInstances()).isEqualTo(1000);
    assertThat(data.numAttributes()).isEqualTo(21);
    assertThat(data.classIndex()).isEqualTo(-1);
  }

  @Test
  void readsArffAndCsv() throws Exception {
    Path arff = dir.resolve("small.arff");
    Files.writeString(arff, TestData.smallArff());
    Instances fromArff = DataLoader.load(arff);
    assertThat(fromArff.numInstances()).isEqualTo(30);
    Path csv = dir.resolve("small.csv");
    Files.writeString(csv, "a,b,c\n1,x,yes\n2,y,no\n");
    Instances fromCsv = DataLoader.load(csv);
    assertThat(fromCsv.numInstances()).isEqualTo(2);
    assertThat(fromCsv.attribute("b").isNominal()).isTrue();
  }

  @Test
  void aMissingOrUnreadableFileIsNamed() throws Exception {
    Path missing = dir.resolve("foo.arff");
    assertThatThrownBy(() -> DataLoader.load(missing))
        .isInstanceOf(UserInputException.class)
        .hasMessage("no such file: " + missing);
    Path broken = dir.resolve("broken.arff");
    Files.writeString(broken, "@relation r\n@attribute x numeric\n@data\nnot-a-number\n");
    assertThatThrownBy(() -> DataLoader.load(broken))
        .isInstanceOf(UserInputException.class)
        .hasMessageStartingWith("cannot read " + broken + ": ");
    Path other = dir.resolve("data.xlsx");
    Files.writeString(other, "x");
    assertThatThrownBy(() -> DataLoader.load(other)).hasMessageContaining(".arff");
  }

  @Test
  void selectsTheClassByNameFirstOrLast() {
    Instances data = TestData.arff(TestData.smallArff());
    assertThat(DataLoader.selectClass(data, "first", "x").classIndex()).isEqualTo(0);
    assertThat(DataLoader.selectClass(data, "last", "x").classIndex()).isEqualTo(3);
    assertThat(DataLoader.selectClass(data, "colour", "x").classIndex()).isEqualTo(2);
    assertThatThrownBy(() -> DataLoader.selectClass(data, "nope", "small.arff"))
        .isInstanceOf(UserInputException.class)
        .hasMessage(
            "--class nope: small.arff has no attribute of that name; its attributes are age,"
                + " income, colour, buys");
  }
}
