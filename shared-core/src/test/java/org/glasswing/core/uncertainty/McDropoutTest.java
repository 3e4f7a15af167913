package org.glasswing.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.model.Model;
import org.glasswing.core.testing.Data;
import org.junit.jupiter.api.Test;

class McDropoutTest {

  private static final Schema SCHEMA = Data.numericClassification(1, "a", "b");

  /** Draw s of a row is (1, 0) for even s and (0, 1) for odd s; the row's value is ignored. */
  private static final class Alternating implements StochasticModel {
    @Override
    public double[][][] sample(double[][] rows, int samples, long seed) {
      double[][][] out = new double[rows.length][samples][];
      for (int r = 0; r < rows.length; r++) {
        for (int s = 0; s < samples; s++) {
          out[r][s] = s % 2 == 0 ? new double[] {1, 0} : new double[] {0, 1};
        }
      }
      return out;
    }

    @Override
    public boolean isStochastic() {
      return true;
    }

    @Override
    public Schema schema() {
      return SCHEMA;
    }

    @Override
    public List<String> outputNames() {
      return List.of("a", "b");
    }

    @Override
    public double[][] predict(double[][] rows) {
      return new double[rows.length][];
    }

    @Override
    public boolean isThreadSafe() {
      return true;
    }

    @Override
    public Model copyForThread() {
      return this;
    }
  }

  @Test
  void confidentButContradictoryPassesHaveAllTheirEntropyAsMutualInformation() {
    Dataset rows = new Dataset(SCHEMA, new double[][] {{0.3, 0}});
    McDropout.Score s =
        McDropout.score(new Alternating(), rows, 4, 1, CancellationToken.NONE).get(0);
    // mean (0.5, 0.5): entropy ln 2; each pass is certain (entropy 0), so BALD = ln 2.
    assertThat(s.predictiveEntropy()).isCloseTo(Math.log(2), within(1e-12));
    assertThat(s.scores().mutualInformation()).isCloseTo(Math.log(2), within(1e-12));
    assertThat(s.scores().variance()).isCloseTo(0.25, within(1e-12));
    assertThat(s.scores().meanProbabilities()).containsExactly(0.5, 0.5);
  }

  @Test
  void fewerThanTwoPassesAreRefused() {
    Dataset rows = new Dataset(SCHEMA, new double[][] {{0.3, 0}});
    assertThatThrownBy(() -> McDropout.score(new Alternating(), rows, 1, 1, CancellationToken.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 passes");
  }
}
