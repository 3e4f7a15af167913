package org.glasswing.core.global;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.model.Model;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;

class InteractionStrengthTest {

  private static final Schema SCHEMA = Data.numericRegression(4);
  private static final Dataset SAMPLE = Data.random(SCHEMA, 80, 21);

  @Test
  void anAdditiveModelHasNoInteraction() {
    Model model = FunctionModel.regression(SCHEMA, r -> 3 * r[0] + r[1] * r[1] + Math.sin(r[2]));

    Interactions result =
        new InteractionStrength(3)
            .compute(model, SAMPLE, new int[] {0, 1, 2, 3}, 0, Synthetic.engine(2));

    assertThat(result.pairs()).hasSize(3);
    for (Interaction pair : result.pairs()) {
      assertThat(pair.h2()).isCloseTo(0, within(1e-12));
    }
    assertThat(result.ranked().get(0).name()).isEqualTo("x0");
    assertThat(result.ranked().get(3).name()).isEqualTo("x3");
    assertThat(result.spread().get(3)).isEqualTo(0.0);
  }

  @Test
  void aProductTermIsAClearInteraction() {
    Model model = FunctionModel.regression(SCHEMA, r -> 2 * r[0] * r[1] + 0.5 * r[2]);

    Interactions result =
        new InteractionStrength(3)
            .compute(model, SAMPLE, new int[] {0, 1, 2, 3}, 0, Synthetic.engine(1));

    Interaction strongest = result.pairs().get(0);
    assertThat(java.util.Set.of(strongest.first().name(), strongest.second().name()))
        .containsExactlyInAnyOrder("x0", "x1");
    // With independent centred inputs a pure product has almost no main effect: H² near 1.
    assertThat(strongest.h2()).isGreaterThan(0.8);
    assertThat(strongest.h()).isCloseTo(Math.sqrt(strongest.h2()), within(1e-12));
    for (Interaction other : result.pairs().subList(1, result.pairs().size())) {
      assertThat(other.h2()).isLessThan(0.05);
    }
  }

  @Test
  void h2IsTheShareOfTheJointEffectLeftOverBySingleEffects() {
    assertThat(InteractionStrength.h2(new double[] {1, -1}, new double[] {1, -1}, new double[2]))
        .isZero();
    assertThat(InteractionStrength.h2(new double[] {1, -1}, new double[2], new double[2]))
        .isEqualTo(1.0);
    assertThat(InteractionStrength.h2(new double[2], new double[2], new double[2])).isZero();
    assertThatThrownBy(() -> new InteractionStrength(1)).hasMessageContaining("at least 2");
  }
}
