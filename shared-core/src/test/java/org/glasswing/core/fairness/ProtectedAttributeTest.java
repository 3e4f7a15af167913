package org.glasswing.core.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.junit.jupiter.api.Test;

class ProtectedAttributeTest {

  private static final Dataset DATA =
      new Dataset(
          new Schema(
              List.of(
                  Feature.numeric("age"),
                  Feature.nominal("sex", List.of("f", "m", "x")),
                  Feature.nominal("class", List.of("good", "bad"))),
              2),
          new double[][] {
            {20, 0, 0},
            {30, 1, 0},
            {40, 0, 1},
            {50, 1, 1},
            {60, 0, 0},
            {70, 1, 1},
            {Double.NaN, 1, 0},
            {25, Double.NaN, 1}
          });

  @Test
  void readsNamesAndCutPoints() {
    assertThat(ProtectedAttribute.parseList("sex,age:25,60"))
        .containsExactly(
            new ProtectedAttribute("sex", List.of()),
            new ProtectedAttribute("age", List.of(25.0, 60.0)));
    assertThat(ProtectedAttribute.parseList("age:25,60, sex"))
        .containsExactly(
            new ProtectedAttribute("age", List.of(25.0, 60.0)),
            new ProtectedAttribute("sex", List.of()));
    assertThat(ProtectedAttribute.parseList("age").get(0).toString()).isEqualTo("age");
    assertThat(ProtectedAttribute.parseList("age:25.5,60").get(0).toString())
        .isEqualTo("age:25.5,60");
  }

  @Test
  void refusesBadLists() {
    assertThatThrownBy(() -> ProtectedAttribute.parseList("age:old"))
        .hasMessageContaining("'old' is not a number");
    assertThatThrownBy(() -> ProtectedAttribute.parseList("sex,,age"))
        .hasMessageContaining("empty attribute name");
    assertThatThrownBy(() -> ProtectedAttribute.parseList("sex,sex"))
        .hasMessageContaining("named twice");
  }

  @Test
  void groupsNumericRangesAtCutsKeepingMissingValues() {
    ProtectedGroups g = ProtectedAttribute.parseList("age:25,60").get(0).groups(DATA);
    assertThat(g.labels()).containsExactly("age < 25", "25 <= age < 60", "age >= 60", "missing");
    assertThat(g.numRows()).isEqualTo(8);
    assertThat(new int[] {g.group(0), g.group(1), g.group(4), g.group(6), g.group(7)})
        .containsExactly(0, 1, 2, 3, 1);
  }

  @Test
  void groupsNominalByLabelDroppingEmptyLabels() {
    ProtectedGroups g = ProtectedAttribute.parseList("sex").get(0).groups(DATA);
    assertThat(g.labels()).containsExactly("f", "m", "missing");
    assertThat(g.rows(0)).containsExactly(0, 2, 4);
  }

  @Test
  void groupsNumericWithoutCutsAtQuartiles() {
    ProtectedGroups g = ProtectedAttribute.parseList("age").get(0).groups(DATA);
    // values 20,25,30,40,50,60,70: quartiles 27.5, 40, 55
    assertThat(g.labels())
        .containsExactly(
            "age < 27.5", "27.5 <= age < 40", "40 <= age < 55", "age >= 55", "missing");
  }

  @Test
  void namesTheProblemAndTheFix() {
    assertThatThrownBy(() -> new ProtectedAttribute("income", List.of()).groups(DATA))
        .hasMessageContaining("no attribute 'income'")
        .hasMessageContaining("age, sex");
    assertThatThrownBy(() -> new ProtectedAttribute("class", List.of()).groups(DATA))
        .hasMessageContaining("is the class");
    assertThatThrownBy(() -> new ProtectedAttribute("sex", List.of(1.0)).groups(DATA))
        .hasMessageContaining("nominal");
    assertThatThrownBy(() -> new ProtectedAttribute("age", List.of(60.0, 25.0)).groups(DATA))
        .hasMessageContaining("increasing order");
    assertThatThrownBy(
            () ->
                new ProtectedAttribute("age", List.of(100.0)).groups(DATA.select(new int[] {0, 1})))
        .hasMessageContaining("one group");
  }
}
