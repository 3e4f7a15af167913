package org.glasswing.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.glasswing.core.data.Feature;
import org.glasswing.core.global.AleCurve;
import org.glasswing.core.global.ImportanceResult;
import org.glasswing.core.global.ImportanceScore;
import org.glasswing.core.global.Interaction;
import org.glasswing.core.global.Interactions;
import org.glasswing.core.global.PairProfile;
import org.glasswing.core.global.Profile;
import org.junit.jupiter.api.Test;

class GlobalCsvWriterTest {

  private static final Feature AGE = Feature.numeric("age");
  private static final Feature COLOUR = Feature.nominal("colour, hue", List.of("red", "blue"));

  @Test
  void importanceIsSortedMostImportantFirst() {
    ImportanceResult result =
        new ImportanceResult(
            "permutation",
            "drop in accuracy",
            0.8,
            List.of(
                new ImportanceScore(AGE, 0.01, 0.02, -0.005, 0.025),
                new ImportanceScore(COLOUR, 0.2, 0.1, 0.1, 0.3)));
    StringWriter out = new StringWriter();

    GlobalCsvWriter.importance(result, out);

    assertThat(out.toString())
        .isEqualTo(
            "feature,importance,std,ci_low,ci_high\n"
                + "\"colour, hue\",0.2,0.1,0.1,0.3\n"
                + "age,0.01,0.02,-0.005,0.025\n");
  }

  @Test
  void curvesShareOneHeaderAndMapIceRowsToUserRowNumbers() {
    Profile profile =
        new Profile(
            COLOUR,
            "yes",
            new double[] {0, 1},
            new double[][] {{0.1, 0.3}, {0.5, 0.7}},
            new double[] {0.3, 0.5},
            new double[] {0, 1});
    AleCurve ale =
        new AleCurve(AGE, "yes", new double[] {20, 30.5}, new double[] {-0.1, 0.1}, new int[] {4});
    PairProfile pair =
        new PairProfile(
            AGE, COLOUR, "yes", new double[] {20}, new double[] {0, 1}, new double[][] {{1, 2}});
    StringWriter out = new StringWriter();

    GlobalCsvWriter.curveHeader(out);
    GlobalCsvWriter.profile(profile, true, i -> 10 * (i + 1), out);
    GlobalCsvWriter.ale(ale, out);
    GlobalCsvWriter.pair(pair, out);

    assertThat(out.toString())
        .isEqualTo(
            "curve,feature,value,feature2,value2,row,output,prediction\n"
                + "pdp,\"colour, hue\",red,,,,yes,0.3\n"
                + "pdp,\"colour, hue\",blue,,,,yes,0.5\n"
                + "ice,\"colour, hue\",red,,,10,yes,0.1\n"
                + "ice,\"colour, hue\",blue,,,10,yes,0.3\n"
                + "ice,\"colour, hue\",red,,,20,yes,0.5\n"
                + "ice,\"colour, hue\",blue,,,20,yes,0.7\n"
                + "ale,age,20,,,,yes,-0.1\n"
                + "ale,age,30.5,,,,yes,0.1\n"
                + "pdp2,age,20,\"colour, hue\",red,,yes,1.0\n"
                + "pdp2,age,20,\"colour, hue\",blue,,yes,2.0\n");
  }

  @Test
  void interactionsListPairsWithHSquaredAndH() {
    Interactions result =
        new Interactions(
            "y",
            List.of(AGE, COLOUR),
            List.of(1.0, 0.5),
            List.of(new Interaction(AGE, COLOUR, 0.25)));
    StringWriter out = new StringWriter();

    GlobalCsvWriter.interactions(result, out);

    assertThat(out.toString()).isEqualTo("feature1,feature2,h2,h\nage,\"colour, hue\",0.25,0.5\n");
  }
}
