package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.model.Model;
import org.glasswing.core.sanity.Attributions;
import org.glasswing.core.sanity.CheckResult;
import org.glasswing.core.sanity.DeletionCurveResult;
import org.glasswing.core.sanity.DeletionCurves;
import org.glasswing.core.sanity.Verdict;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.testing.Data;
import org.glasswing.core.testing.FunctionModel;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SanitySectionsTest {

  @Test
  void sanitySectionShowsBarsBadgesAndEscapedReasons() throws Exception {
    List<CheckResult> results =
        List.of(
            new CheckResult(
                "exact-shapley",
                "data-randomization",
                "spearman-abs",
                0.12,
                Verdict.PASS,
                "changed <clearly>"),
            new CheckResult(
                "exact-shapley", "data-randomization", "cosine", 0.5, Verdict.WARN, "partly"),
            new CheckResult(
                "input-magnitude",
                "data-randomization",
                "spearman-abs",
                1.0,
                Verdict.FAIL,
                "barely"));

    SanityCheckSection section = new SanityCheckSection(results);
    String html = section.bodyHtml();

    assertThat(html).contains("changed &lt;clearly&gt;");
    assertThat(html).contains("exact-shapley <span class=\"verdict verdict-warn\"");
    assertThat(html)
        .contains(
            "input-magnitude (control, expected to fail) <span class=\"verdict verdict-fail\"");
    assertThat(section.findings())
        .extracting(Finding::text)
        .anyMatch(t -> t.contains("failed the sanity checks, as expected"));
    assertThat(html).contains("id='chart-sanity-checks'");
    // two spearman-abs bars, the control beside the real method
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
    Document chart = Xml.parse(svg);
    assertThat(chart.getDocumentElement().getTextContent())
        .contains("exact-shapley · data-randomization")
        .contains("input-magnitude (control) · data-randomization");
    assertThat(html.split("<tr>", -1)).hasSize(1 + 1 + 3); // header row and three results
    assertThatThrownBy(() -> new SanityCheckSection(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deletionSectionDrawsTheThreeCurvesAndTheAreas() throws Exception {
    Schema schema = Data.numericClassification(4, "no", "yes");
    Model model = FunctionModel.softmax(schema, x -> new double[] {0, 4 * x[0] + x[1]});
    Background background = Background.uniform(Data.random(schema, 10, 1));
    Dataset rows = Data.random(schema, 5, 2);
    EvaluationEngine engine = EvaluationEngine.defaults().withThreads(1);
    List<Explanation> explanations =
        Attributions.explanations(
            new ExactShapley(background),
            model,
            rows,
            Attributions.predictedTargets(model, rows),
            engine);
    DeletionCurveResult result =
        new DeletionCurves(background, 5, 1).run(explanations, model, rows, engine);

    String html = new DeletionCurveSection(List.of(result), "predicted probability").bodyHtml();

    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
    String text = Xml.parse(svg).getDocumentElement().getTextContent();
    assertThat(text)
        .contains("most important first")
        .contains("least important first")
        .contains("random order");
    assertThat(html).contains(Numbers.signed(result.srg())).contains("verdict-pass");
  }

  @Test
  void lineChartRefusesMismatchedValues() {
    assertThatThrownBy(() -> new SvgCharts.Line("a", new double[] {0, 1}, new double[] {1}, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
