package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.weka.filters.AddExplanation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.SerializationHelper;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.Reorder;

class ModelHeadersTest {

  @TempDir Path dir;

  private static Instances reordered(Instances data, String order) throws Exception {
    Reorder reorder = new Reorder();
    reorder.setAttributeIndices(order);
    reorder.setInputFormat(data);
    Instances result = Filter.useFilter(data, reorder);
    result.setClassIndex(-1);
    return result;
  }

  @Test
  void reorderedColumnsAreMatchedByNameAndKeepTheRowOrder() throws Exception {
    Instances iris = TestData.iris();
    Instances shuffled = reordered(iris, "5,3,1,4,2");
    List<String> notes = new ArrayList<>();

    Instances matched = ModelHeaders.match(shuffled, iris, "--data x", notes::add);

    assertThat(matched.classIndex()).isEqualTo(4);
    assertThat(matched.equalHeaders(iris)).isTrue();
    for (int r = 0; r < iris.numInstances(); r++) {
      assertThat(matched.instance(r).toDoubleArray())
          .containsExactly(iris.instance(r).toDoubleArray());
    }
    assertThat(notes).singleElement().asString().contains("--data x", "matched by name");
  }

  @Test
  void labelsInAnotherOrderAreRecodedAndAnAllMissingColumnMatchesAnyKind() {
    Instances header =
        TestData.arff("@relation h\n@attribute c {a,b,c}\n@attribute y {n,p}\n@data\n");
    Instances data =
        TestData.arff("@relation d\n@attribute y numeric\n@attribute c {c,a}\n@data\n?,c\n?,a\n");
    Instances matched = ModelHeaders.match(data, header, "--data x", note -> {});
    assertThat(matched.instance(0).stringValue(0)).isEqualTo("c");
    assertThat(matched.instance(1).stringValue(0)).isEqualTo("a");
    assertThat(matched.instance(0).isMissing(1)).isTrue();
  }

  @Test
  void anUnusedUnknownLabelIsAcceptedAUsedOneIsNot() {
    Instances header =
        TestData.arff("@relation h\n@attribute c {a,b}\n@attribute y {n,p}\n@data\n");
    Instances unused =
        TestData.arff("@relation d\n@attribute c {a,b,z}\n@attribute y {n,p}\n@data\na,n\n");
    assertThat(ModelHeaders.match(unused, header, "x", note -> {}).numInstances()).isEqualTo(1);
    Instances used =
        TestData.arff("@relation d\n@attribute c {a,b,z}\n@attribute y {n,p}\n@data\nz,n\n");
    assertThatThrownBy(() -> ModelHeaders.match(used, header, "x", note -> {}))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("'z'")
        .hasMessageContaining("{a, b, z}")
        .hasMessageContaining("{a, b}");
  }

  @Test
  void theDifferenceNamesMissingAndExtraColumnsOrSuggestsReorder() throws Exception {
    Instances iris = TestData.iris();
    assertThat(ModelHeaders.difference(iris, reordered(iris, "2,1,3-5")))
        .contains("another order", "weka.filters.unsupervised.attribute.Reorder");
    Instances renamed = new Instances(iris, 0);
    renamed.renameAttribute(0, "sl");
    assertThat(ModelHeaders.difference(iris, renamed))
        .contains("lacks the columns sepallength", "has the columns sl");
  }

  @Test
  void aFilterWithASavedModelSuggestsReorderForReorderedData() throws Exception {
    Instances iris = TestData.iris();
    J48 j48 = new J48();
    j48.buildClassifier(iris);
    File model = dir.resolve("j48.model").toFile();
    SerializationHelper.writeAll(model.getPath(), new Object[] {j48, new Instances(iris, 0)});
    AddExplanation filter = new AddExplanation();
    filter.setSerializedModel(model);
    Instances shuffled = reordered(iris, "2,1,3-5");
    shuffled.setClassIndex(4);
    assertThatThrownBy(
            () -> {
              filter.setInputFormat(shuffled);
              Filter.useFilter(shuffled, filter);
            })
        .hasMessageContaining("does not match the saved model's training header")
        .hasMessageContaining("Reorder");
  }
}
