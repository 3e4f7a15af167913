package org.glasswing.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Feature;
import org.glasswing.core.explain.Explanation;
import org.junit.jupiter.api.Test;

class ExplanationCsvWriterTest {

  private static final List<Feature> FEATURES =
      List.of(
          Feature.nominal("savings", List.of("<100", "no known, savings")), Feature.numeric("age"));

  @Test
  void writesOneQuotedLinePerFeatureWithRowNumbersMappedBack() {
    Explanation exact =
        new Explanation(
            0,
            1,
            "good",
            0.7,
            0.9,
            FEATURES,
            new double[] {1, Double.NaN},
            new double[] {0.25, -0.05},
            null,
            "exact-shapley",
            Map.of());
    Explanation estimated =
        new Explanation(
            1,
            0,
            "bad \"x\"",
            0.3,
            0.1,
            FEATURES,
            new double[] {0, 42.5},
            new double[] {-0.1, -0.1},
            new double[] {0.01, Double.NaN},
            "sampling-shapley",
            Map.of());
    StringWriter out = new StringWriter();

    new ExplanationCsvWriter(i -> new int[] {3, 15}[i]).write(List.of(exact, estimated), out);

    assertThat(out.toString().split("\n"))
        .containsExactly(
            "row,target,base_value,prediction,feature,value,attribution,std_error",
            "3,good,0.7,0.9,savings,\"no known, savings\",0.25,",
            "3,good,0.7,0.9,age,?,-0.05,",
            "15,\"bad \"\"x\"\"\",0.3,0.1,savings,<100,-0.1,0.01",
            "15,\"bad \"\"x\"\"\",0.3,0.1,age,42.5,-0.1,");
  }

  @Test
  void jsonEscapesTextAndWritesNullForMissingNumbers() {
    Explanation e =
        new Explanation(
            0,
            0,
            "a\"b",
            0.5,
            0.5,
            FEATURES,
            new double[] {0, 1},
            new double[] {0, 0},
            new double[] {Double.NaN, 0.5},
            "sampling-shapley",
            Map.of("budget", "10"));
    StringWriter out = new StringWriter();
    new ExplanationJsonWriter(i -> i + 1).write(List.of(e), out);
    assertThat(out.toString())
        .startsWith("[\n  {\"row\": 1, \"target\": \"a\\\"b\"")
        .contains("\"settings\": {\"budget\": \"10\"}")
        .contains(
            "{\"feature\": \"savings\", \"value\": \"<100\", \"attribution\": 0.0, \"std_error\": null}")
        .contains("\"std_error\": 0.5}")
        .endsWith("]\n");
  }

  @Test
  void extrasBecomeColumnsInFirstMetOrderAndStayEmptyWhereMissing() {
    Explanation plain =
        new Explanation(
            0,
            0,
            "good",
            0.5,
            0.6,
            FEATURES,
            new double[] {0, 30},
            new double[] {0.1, 0},
            null,
            "lime",
            Map.of());
    Explanation withFit =
        plain.withExtras(new java.util.LinkedHashMap<>(Map.of("fidelity", 0.75))); // one extra
    Explanation withBoth =
        plain.withExtras(orderedExtras("intercept", 0.25, "fidelity", 0.5)); // order as given
    StringWriter out = new StringWriter();

    new ExplanationCsvWriter(i -> i + 1).write(List.of(plain, withBoth, withFit), out);

    assertThat(out.toString().split("\n"))
        .containsExactly(
            "row,target,base_value,prediction,feature,value,attribution,std_error,intercept,fidelity",
            "1,good,0.5,0.6,savings,<100,0.1,,,",
            "1,good,0.5,0.6,age,30,0.0,,,",
            "1,good,0.5,0.6,savings,<100,0.1,,0.25,0.5",
            "1,good,0.5,0.6,age,30,0.0,,0.25,0.5",
            "1,good,0.5,0.6,savings,<100,0.1,,,0.75",
            "1,good,0.5,0.6,age,30,0.0,,,0.75");
    assertThat(plain.extras()).isEmpty();
    assertThat(withBoth.attributions()).containsExactly(0.1, 0);

    StringWriter json = new StringWriter();
    new ExplanationJsonWriter(i -> i + 1).write(List.of(withBoth), json);
    assertThat(json.toString())
        .contains("\"settings\": {}, \"intercept\": 0.25, \"fidelity\": 0.5,");
  }

  @Test
  void extraNamesMustBeColumnFriendly() {
    Explanation e =
        new Explanation(
            0, 0, "good", 0, 0, FEATURES, new double[2], new double[2], null, "lime", Map.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> e.withExtras(Map.of("Local fit", 1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Local fit'");
  }

  private static Map<String, Double> orderedExtras(String a, double x, String b, double y) {
    Map<String, Double> map = new java.util.LinkedHashMap<>();
    map.put(a, x);
    map.put(b, y);
    return map;
  }
}
