package org.glasswing.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureTest {

  @Test
  void formatsValuesAsWekaPrintsThem() {
    Feature age = Feature.numeric("age");
    assertThat(age.format(24)).isEqualTo("24");
    assertThat(age.format(0.1 + 0.2)).isEqualTo("0.3");
    assertThat(age.format(-1.23456789)).isEqualTo("-1.234568");
    assertThat(age.format(-0.0000001)).isEqualTo("0");
    assertThat(age.format(Double.NaN)).isEqualTo("?");
    Feature colour = Feature.nominal("colour", List.of("red", "green"));
    assertThat(colour.format(1)).isEqualTo("green");
    assertThatThrownBy(() -> colour.format(2)).hasMessageContaining("colour");
  }

  @Test
  void schemaNamesTheFirstMismatchingColumn() {
    Schema a =
        new Schema(
            List.of(Feature.numeric("age"), Feature.nominal("class", List.of("no", "yes"))), 1);
    Schema renamed =
        new Schema(
            List.of(Feature.numeric("years"), Feature.nominal("class", List.of("no", "yes"))), 1);
    Schema relabelled =
        new Schema(
            List.of(Feature.numeric("age"), Feature.nominal("class", List.of("yes", "no"))), 1);
    Schema retyped =
        new Schema(List.of(Feature.nominal("age", List.of("young")), Feature.numeric("class")), 1);
    assertThat(a.firstMismatch(a)).isEmpty();
    assertThat(a.firstMismatch(renamed)).contains("column 1 is 'age' here but 'years' there");
    assertThat(a.firstMismatch(relabelled).orElseThrow()).contains("'class'").contains("labels");
    assertThat(a.firstMismatch(retyped).orElseThrow()).contains("numeric here but nominal there");
    assertThat(a.inputIndices()).containsExactly(0);
    assertThatThrownBy(() -> new Schema(List.of(Feature.numeric("a"), Feature.numeric("a")), 0))
        .hasMessageContaining("duplicate column name 'a'");
  }

  @Test
  void datasetRejectsRowsOfTheWrongWidthAndLabelIndicesOutOfRange() {
    Schema schema =
        new Schema(List.of(Feature.numeric("x"), Feature.nominal("c", List.of("a", "b"))), 1);
    assertThatThrownBy(() -> new Dataset(schema, new double[][] {{1}}))
        .hasMessageContaining("row 1 has 1 values");
    assertThatThrownBy(() -> new Dataset(schema, new double[][] {{1, 0}, {1, 2}}))
        .hasMessageContaining("row 2")
        .hasMessageContaining("'c'");
    double[][] rows = {{1, 0}};
    Dataset data = new Dataset(schema, rows);
    rows[0][0] = 99;
    assertThat(data.value(0, 0)).isEqualTo(1);
  }
}
