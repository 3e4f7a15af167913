package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.glasswing.core.sanity.Agreement;
import org.junit.jupiter.api.Test;

class AgreementSectionTest {

  @Test
  void everyPairGetsABarAndARowWithItsFourMeasures() throws Exception {
    double[][] a = {{3, -2, 1, 0}, {0, 1, 2, 3}};
    double[][] b = {{3, -2, 1, 0}, {3, 2, 1, 0}};
    List<Agreement> pairs =
        Agreement.matrix(List.of("shap<1>", "lime", "occlusion"), List.of(a, b, a), 2);
    String html = new AgreementSection(pairs, 2, 2).bodyHtml();

    assertThat(pairs).hasSize(3);
    assertThat(html).contains("top 2 features").contains("averaged over 2 rows");
    assertThat(html).contains("shap&lt;1&gt; · lime").doesNotContain("shap<1>");
    // shap and occlusion are the same attributions: complete agreement on every measure.
    assertThat(html).contains("shap&lt;1&gt; · occlusion</th><td class=\"num\">1</td>");
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
    assertThat(Xml.parse(svg).getDocumentElement().getTagName()).isEqualTo("svg");
  }

  @Test
  void noPairIsRefused() {
    assertThatThrownBy(() -> new AgreementSection(List.of(), 5, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
