package org.glasswing.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PermutationsTest {

  @Test
  void aPermutationOfEveryIndexTheSameForTheSameSeed() {
    int[] order = Permutations.random(50, 3);
    assertThat(Arrays.stream(order).sorted().toArray())
        .containsExactly(java.util.stream.IntStream.range(0, 50).toArray());
    assertThat(Permutations.random(50, 3)).containsExactly(order);
    assertThat(Permutations.random(50, 4)).isNotEqualTo(order);
    assertThat(Permutations.random(0, 1)).isEmpty();
    assertThatThrownBy(() -> Permutations.random(-1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
