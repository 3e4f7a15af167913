package org.glasswing.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.lime.Lime;
import org.glasswing.core.lime.TextLime;
import org.glasswing.core.occlusion.TextOcclusion;
import org.junit.jupiter.api.Test;

class TextExplainersTest {

  private static final String[] FILLER = {"the", "film", "plot", "was", "and", "actors", "long"};

  /** p(pos) is 0.9 when the document has the word "great", 0.2 otherwise. */
  private static final TextModel GREAT =
      new TextModel() {
        @Override
        public List<String> outputNames() {
          return List.of("neg", "pos");
        }

        @Override
        public double[][] predict(List<String> documents) {
          double[][] out = new double[documents.size()][];
          for (int i = 0; i < out.length; i++) {
            boolean great = Document.of(documents.get(i)).words().contains("great");
            double pos = great ? 0.9 : 0.2;
            out[i] = new double[] {1 - pos, pos};
          }
          return out;
        }

        @Override
        public boolean isThreadSafe() {
          return true;
        }

        @Override
        public TextModel copyForThread() {
          return this;
        }
      };

  /** Documents of filler words with "great" somewhere in each, from a fixed seed. */
  private static List<String> corpus() {
    SplittableRandom random = new SplittableRandom(17);
    List<String> documents = new ArrayList<>();
    for (int d = 0; d < 4; d++) {
      List<String> words = new ArrayList<>();
      for (int w = 0; w < 6; w++) {
        words.add(FILLER[random.nextInt(FILLER.length)]);
      }
      words.add(random.nextInt(words.size() + 1), "great");
      documents.add(String.join(" ", words) + ".");
    }
    return documents;
  }

  private static String top(Explanation e) {
    return IntStream.range(0, e.size())
        .boxed()
        .max(Comparator.comparingDouble(f -> Math.abs(e.attribution(f))))
        .map(f -> e.features().get(f).name())
        .orElseThrow();
  }

  @Test
  void documentsSplitIntoDistinctWordsAndDropEveryOccurrence() {
    Document document = Document.of("Great film, great_plot; GREAT film!");
    assertThat(document.words()).containsExactly("Great", "film", "great_plot", "GREAT");
    assertThat(document.count(1)).isEqualTo(2);
    assertThat(document.keeping(new boolean[] {true, false, true, true}))
        .isEqualTo("Great , great_plot; GREAT !");
    assertThat(document.wordCounts()).containsExactly(1, 2, 1, 1);
  }

  @Test
  void textOcclusionGivesTheDecisiveWordTheWholeChangeAndOthersNothing() {
    List<String> documents = corpus();

    List<Explanation> explanations =
        new TextOcclusion()
            .explain(GREAT, documents, TargetSelection.named("pos"), EvaluationEngine.defaults());

    assertThat(explanations).hasSize(documents.size());
    for (Explanation e : explanations) {
      assertThat(top(e)).isEqualTo("great");
      for (int f = 0; f < e.size(); f++) {
        double expected = e.features().get(f).name().equals("great") ? 0.7 : 0;
        assertThat(e.attribution(f)).isCloseTo(expected, within(1e-12));
      }
      assertThat(e.baseValue()).isCloseTo(0.2, within(1e-12));
      assertThat(e.prediction()).isCloseTo(0.9, within(1e-12));
    }
  }

  @Test
  void textLimeRanksTheDecisiveWordFirstWithAPerfectFit() {
    List<String> documents = corpus();

    List<Explanation> explanations =
        new TextLime(1000, Double.NaN, 3, 5)
            .explain(GREAT, documents, TargetSelection.predicted(), EvaluationEngine.defaults());

    assertThat(explanations).hasSize(documents.size());
    for (Explanation e : explanations) {
      assertThat(e.target()).isEqualTo("pos");
      assertThat(top(e)).isEqualTo("great");
      int great = e.features().stream().map(f -> f.name()).toList().indexOf("great");
      assertThat(e.attribution(great)).isCloseTo(0.7, within(1e-9));
      assertThat(e.formattedValue(great)).isEqualTo("1");
      assertThat(e.extras().get(Lime.FIDELITY)).isCloseTo(1, within(1e-9));
      assertThat(e.baseValue()).isCloseTo(0.2, within(1e-9));
      assertThat(e.method()).isEqualTo("lime");
    }
  }

  @Test
  void textLimeDoesNotDependOnThreadsAndRefusesAnEmptyDocument() {
    List<String> documents = corpus();
    TextLime lime = new TextLime(200, Double.NaN, 8, 9);
    List<Explanation> one =
        lime.explain(
            GREAT, documents, TargetSelection.all(), EvaluationEngine.defaults().withThreads(1));
    List<Explanation> three =
        lime.explain(
            GREAT,
            documents,
            TargetSelection.all(),
            new EvaluationEngine(3, 16, (f, m) -> {}, () -> false));
    for (int i = 0; i < one.size(); i++) {
      assertThat(three.get(i).attributions()).containsExactly(one.get(i).attributions());
    }
    assertThatThrownBy(
            () ->
                lime.explain(
                    GREAT,
                    List.of("great film", " ... "),
                    TargetSelection.all(),
                    EvaluationEngine.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("document 2 has no words");
  }
}
