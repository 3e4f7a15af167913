package org.glasswing.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConformalCrossFitTest {

  @Test
  void crossFittedSetsCoverAtTheLevel() {
    ClassPredictions p = Synthetic.overConfident(3000, 3, 2.0, 11);
    SplitConformalClassifier.Settings s =
        SplitConformalClassifier.Settings.of(0.1, ConformalScore.LAC, false);
    List<PredictionSet> sets = CrossFitting.predictionSets(p, s, 5, 3);
    assertThat(sets).hasSize(3000);
    long covered =
        java.util.stream.IntStream.range(0, 3000)
            .filter(i -> sets.get(i).contains(p.actual(i)))
            .count();
    // 1 - alpha = 0.9; 3000 rows give a binomial standard error of about 0.0055
    assertThat(covered / 3000.0).isBetween(0.88, 0.93);
    assertThat(CrossFitting.predictionSets(p, s, 5, 3)).isEqualTo(sets);
  }

  @Test
  void refusesTooManyFolds() {
    ClassPredictions p = Synthetic.overConfident(10, 2, 1.0, 1);
    SplitConformalClassifier.Settings s =
        SplitConformalClassifier.Settings.of(0.1, ConformalScore.LAC, false);
    assertThatThrownBy(() -> CrossFitting.predictionSets(p, s, 11, 1))
        .hasMessageContaining("from 2 to 10 folds");
  }
}
