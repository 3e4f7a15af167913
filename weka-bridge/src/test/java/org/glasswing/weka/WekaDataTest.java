package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.FeatureKind;
import org.glasswing.core.data.Schema;
import org.junit.jupiter.api.Test;
import weka.core.Attribute;
import weka.core.Instance;
import weka.core.Instances;

class WekaDataTest {

  @Test
  void irisRoundTripsThroughTheCoreDataset() {
    roundTrip(TestData.iris());
  }

  @Test
  void creditGRoundTripsThroughTheCoreDataset() {
    roundTrip(TestData.creditG());
  }

  private static void roundTrip(Instances data) {
    Dataset dataset = WekaData.dataset(data);
    Schema schema = dataset.schema();
    assertThat(schema.size()).isEqualTo(data.numAttributes());
    assertThat(schema.targetIndex()).isEqualTo(data.classIndex());
    assertThat(dataset.numRows()).isEqualTo(data.numInstances());
    for (int a = 0; a < data.numAttributes(); a++) {
      Attribute attribute = data.attribute(a);
      assertThat(schema.feature(a).name()).isEqualTo(attribute.name());
      assertThat(schema.feature(a).kind())
          .isEqualTo(attribute.isNominal() ? FeatureKind.NOMINAL : FeatureKind.NUMERIC);
      for (int v = 0; v < attribute.numValues(); v++) {
        assertThat(schema.feature(a).labels().get(v)).isEqualTo(attribute.value(v));
      }
    }
    Instances header = new Instances(data, 0);
    for (int r = 0; r < data.numInstances(); r++) {
      Instance back = WekaData.instance(dataset.row(r), header);
      assertThat(back.toString()).isEqualTo(data.instance(r).toString());
      for (int a = 0; a < data.numAttributes(); a++) {
        if (data.attribute(a).isNominal()) {
          assertThat(schema.feature(a).format(dataset.value(r, a)))
              .isEqualTo(data.instance(r).stringValue(a));
        }
      }
    }
  }

  @Test
  void missingValuesBecomeNaN() {
    Instances data = TestData.arff(TestData.smallArff());
    Dataset dataset = WekaData.dataset(data);
    assertThat(data.instance(4).isMissing(0)).isTrue();
    assertThat(dataset.value(4, 0)).isNaN();
    assertThat(WekaData.instance(dataset.row(4), data).isMissing(0)).isTrue();
  }

  @Test
  void aStringAttributeIsRefusedByName() {
    Instances data =
        TestData.arff("@relation s\n@attribute comment string\n@attribute c {a,b}\n@data\n'x',a\n");
    assertThatThrownBy(() -> WekaData.dataset(data))
        .isInstanceOf(UserInputException.class)
        .hasMessage(
            "attribute 'comment' is a string attribute; Glasswing handles numeric and nominal"
                + " attributes only");
  }

  @Test
  void aDateAttributeIsRefusedByName() {
    Instances data =
        TestData.arff(
            "@relation s\n@attribute when date yyyy-MM-dd\n@attribute c {a,b}\n@data\n"
                + "2020-01-01,a\n");
    assertThatThrownBy(() -> WekaData.schema(data))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("attribute 'when' is a date attribute");
  }

  @Test
  void anEmptyDatasetIsRefused() {
    Instances data = TestData.arff("@relation empty\n@attribute x numeric\n@data\n");
    assertThatThrownBy(() -> WekaData.dataset(data))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("has no rows");
  }

  @Test
  void conformRecodesNominalValuesByLabel() {
    Instances header = TestData.arff("@relation h\n@attribute c {a,b,c}\n@data\n");
    Instances data = TestData.arff("@relation d\n@attribute c {c,a}\n@data\nc\na\n");
    Instances conformed = WekaData.conform(data, header, "--data d");
    assertThat(conformed.instance(0).stringValue(0)).isEqualTo("c");
    assertThat(conformed.instance(0).value(0)).isEqualTo(2.0);
    assertThat(conformed.instance(1).value(0)).isEqualTo(0.0);
  }

  @Test
  void conformNamesAnUnknownLabelAndAWrongName() {
    Instances header = TestData.arff("@relation h\n@attribute c {a,b}\n@data\n");
    Instances unknown = TestData.arff("@relation d\n@attribute c {a,z}\n@data\nz\n");
    assertThatThrownBy(() -> WekaData.conform(unknown, header, "--data d"))
        .hasMessageContaining("attribute 'c' has the value 'z'");
    Instances renamed = TestData.arff("@relation d\n@attribute k {a,b}\n@data\na\n");
    assertThatThrownBy(() -> WekaData.conform(renamed, header, "--data d"))
        .hasMessageContaining("attribute 1 is 'k' here but 'c'");
  }
}
