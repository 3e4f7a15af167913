package org.glasswing.core.resample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainingSetTest {

  @Test
  void aSubsetKeepsItsLabelsAndARelabelledSetTrainsOnEveryRow() {
    int[] rows = {3, 1, 1};
    TrainingSet subset = TrainingSet.of(2, rows);
    rows[0] = 9;
    assertThat(subset.index()).isEqualTo(2);
    assertThat(subset.rows()).containsExactly(3, 1, 1);
    assertThat(subset.labels()).isEmpty();

    TrainingSet relabelled = TrainingSet.relabelled(0, new double[] {1, 0, 1});
    assertThat(relabelled.rows()).containsExactly(0, 1, 2);
    assertThat(relabelled.labels()).hasValueSatisfying(l -> assertThat(l).containsExactly(1, 0, 1));
  }
}
