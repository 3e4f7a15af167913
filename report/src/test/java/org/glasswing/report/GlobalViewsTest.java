package org.glasswing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.global.AleCurve;
import org.glasswing.core.global.Interaction;
import org.glasswing.core.global.Interactions;
import org.glasswing.core.global.PairProfile;
import org.glasswing.core.global.Profile;
import org.glasswing.core.global.SurrogateSummary;
import org.glasswing.core.tree.DecisionTree;
import org.glasswing.core.tree.DecisionTree.Node;
import org.glasswing.core.tree.ReadableTree;
import org.glasswing.core.tree.Split;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report's pictures of the global views: tree diagram, ALE, heatmap, interactions, occlusion.
 */
class GlobalViewsTest {

  static final String HOSTILE = ReportFixtures.HOSTILE;
  static final Feature AGE = Feature.numeric("age");
  static final Feature COLOUR = Feature.nominal("colour", List.of("red", "green", "<0"));
  static final Feature SCRIPT = Feature.numeric(HOSTILE);
  static final Schema SCHEMA =
      new Schema(List.of(AGE, COLOUR, SCRIPT, Feature.nominal("class", List.of("good", "bad"))), 3);

  /** age <= 30.5 ? good : (colour: red -> bad, green -> good, <0 -> HOSTILE < 2 ? good : bad). */
  static ReadableTree smallTree() {
    Node hostile =
        Node.split(
            Split.lessThan(2, 2),
            List.of(Node.leaf(0.7, 0.3), Node.leaf(0.2, 0.8)),
            new double[] {1, 1});
    Node colour =
        Node.split(
            Split.nominal(1, 3),
            List.of(Node.leaf(0.1, 0.9), Node.leaf(0.6, 0.4), hostile),
            new double[] {1, 1, 1});
    DecisionTree tree =
        new DecisionTree(
            Node.split(
                Split.lessOrEqual(0, 30.5),
                List.of(Node.leaf(0.8, 0.2), colour),
                new double[] {2, 3}));
    double[][] rows = {
      {20, 0, 0, 0}, {25, 2, 0, 1}, {40, 0, 0, 1}, {50, 1, 0, 0}, {60, 2, 5, 1}, {70, 2, 1, 1}
    };
    double[] labels = {0, 1, 1, 0, 1, 1};
    return ReadableTree.of(tree, SCHEMA, List.of("good", "bad"), rows, labels);
  }

  /** A chain of splits on age, 6 deep: each split sends young rows to a leaf. */
  static ReadableTree deepTree() {
    Node node =
        Node.split(
            Split.lessOrEqual(0, 70),
            List.of(Node.leaf(1, 0), Node.leaf(0, 1)),
            new double[] {1, 1});
    for (int level = 4; level >= 0; level--) {
      node =
          Node.split(
              Split.lessOrEqual(0, 20 + 10 * level),
              List.of(Node.leaf(1, 0), node),
              new double[] {1, 1});
    }
    return ReadableTree.of(
        new DecisionTree(node),
        SCHEMA,
        List.of("good", "bad"),
        new double[][] {{45, 0, 0, 0}},
        null);
  }

  @Test
  void treeDiagramHasOneBoxPerNodeAndEdgeLabelsWithTheConditions() throws Exception {
    ReadableTree tree = smallTree();

    String svg = TreeDiagram.svg("t", tree);

    Document document = Xml.parse(svg);
    assertThat(document.getDocumentElement().getAttribute("id")).isEqualTo("chart-t");
    assertThat(byClass(document, "g", "split")).hasSize(3);
    assertThat(byClass(document, "g", "leaf")).hasSize(5);
    assertThat(elements(document, "rect").size()).isEqualTo(8 + 2); // boxes + 2 legend swatches
    List<String> branches = texts(byClass(document, "text", "branch"));
    assertThat(branches)
        .containsExactly("≤ 30.5", "> 30.5", "= red", "= green", "= <0", "< 2", "≥ 2");
    List<String> splitHeadings = new ArrayList<>();
    for (Element g : byClass(document, "g", "split")) {
      splitHeadings.add(ownText(children(g, "text").get(0)));
    }
    // a long name is shortened in the box, and given whole as its tooltip
    assertThat(splitHeadings).containsExactly("age", "colour", HOSTILE.substring(0, 18) + "…");
    Element hostile = byClass(document, "g", "split").get(2);
    assertThat(children(hostile, "title").get(0).getTextContent()).isEqualTo(HOSTILE);
    List<String> leafLines = new ArrayList<>();
    for (Element g : byClass(document, "g", "leaf")) {
      List<Element> lines = children(g, "text");
      leafLines.add(lines.get(0).getTextContent() + " | " + lines.get(1).getTextContent());
    }
    // rows: age <= 30.5: rows 1 and 2 (labels good, bad); red: row 3; green: row 4; <0: rows 5, 6
    assertThat(leafLines)
        .containsExactly(
            "good | 2 rows · 50% match",
            "bad | 1 row · 100% match",
            "good | 1 row · 100% match",
            "good | 1 row · 0% match",
            "bad | 1 row · 100% match");
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
  }

  @Test
  void aDeepTreeIsCutAtTheDrawnDepthWithADashedBoxSayingWhatIsHidden() throws Exception {
    ReadableTree tree = deepTree();
    assertThat(tree.tree().maxDepth()).isEqualTo(6);

    Document document = Xml.parse(TreeDiagram.svg("deep", tree, 4));

    // levels 0..3 are drawn splits, each with its leaf; the split at level 4 stands for the rest
    assertThat(byClass(document, "g", "split")).hasSize(5);
    assertThat(byClass(document, "g", "leaf")).hasSize(4);
    List<Element> cut = byClass(document, "g", "cut");
    assertThat(cut).hasSize(1);
    assertThat(cut.get(0).getTextContent()).contains("+2 levels");
    assertThat(children(cut.get(0), "rect").get(0).getAttribute("stroke-dasharray")).isNotEmpty();
    assertThat(TreeDiagram.isCut(tree, 4)).isTrue();
    assertThat(TreeDiagram.isCut(tree, 6)).isFalse();
    assertThat(byClass(Xml.parse(TreeDiagram.svg("all", tree, 6)), "g", "leaf")).hasSize(7);
    assertThatThrownBy(() -> TreeDiagram.svg("x", tree, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void surrogateSectionDrawsTheTreeAndKeepsTheTextInDetails() throws Exception {
    SurrogateSummary summary =
        new SurrogateSummary(
            "weka.classifiers.trees.REPTree -L 3",
            "age <= 30.5 : good",
            2,
            5,
            "agreement",
            0.9,
            6,
            3,
            List.of(new SurrogateSummary.DepthRow(1, 1, 2, 0.8)),
            deepTree());

    String html = new SurrogateSection(summary).bodyHtml();

    assertThat(html)
        .contains("<div class=\"tree-picture\"><svg")
        .contains(
            "<details><summary>The tree as text</summary>\n<pre class=\"tree\">age &lt;= 30.5")
        .contains("The tree has depth 6; the picture stops at depth 4");
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
    assertThat(byClass(Xml.parse(svg), "g", "cut")).hasSize(1);
  }

  @Test
  void heatmapShowsEveryCategoryLabelWholeOnBothAxes() throws Exception {
    List<String> purposes =
        List.of(
            "new car",
            "used car",
            "furniture/equipment",
            "radio/tv",
            "domestic appliance",
            "repairs",
            "education",
            "vacation",
            "retraining",
            "business",
            "other");
    List<String> history =
        List.of(
            "no credits/all paid",
            "all paid",
            "existing paid",
            "delayed previously",
            "critical/other existing credit");
    Feature purpose = Feature.nominal("purpose", purposes);
    Feature credit = Feature.nominal("credit_history", history);
    double[] xs = new double[purposes.size()];
    double[] ys = new double[history.size()];
    double[][] values = new double[xs.length][ys.length];
    for (int a = 0; a < xs.length; a++) {
      xs[a] = a;
      for (int b = 0; b < ys.length; b++) {
        ys[b] = b;
        values[a][b] = 0.1 * a + 0.05 * b;
      }
    }
    String svg =
        Heatmap.pairPdp(
            "hn", new PairProfile(purpose, credit, "good", xs, ys, values), "probability");

    List<String> texts = texts(elements(Xml.parse(svg), "text"));
    assertThat(texts).containsAll(purposes).containsAll(history);
  }

  @Test
  void heatmapHasACellPerGridPairAndALegendFromLowToHigh() throws Exception {
    PairProfile pair =
        new PairProfile(
            AGE,
            COLOUR,
            "good",
            new double[] {20, 30, 40, 50},
            new double[] {0, 1, 2},
            new double[][] {{0.1, 0.2, 0.3}, {0.2, 0.3, 0.4}, {0.3, 0.4, 0.5}, {0.4, 0.5, 0.9}});

    String svg = Heatmap.pairPdp("h", pair, "predicted probability of 'good'");

    Document document = Xml.parse(svg);
    List<Element> cells = byClass(document, "rect", "cell");
    assertThat(cells).hasSize(12);
    // the lowest value gets the lightest colour, the highest the darkest
    assertThat(cells.get(0).getAttribute("fill")).isEqualTo("#ffffd9");
    assertThat(cells.get(11).getAttribute("fill")).isEqualTo("#081d58");
    assertThat(cells.get(11).getTextContent()).isEqualTo("age = 50, colour = <0: 0.9");
    String texts = String.join("\n", texts(elements(document, "text")));
    assertThat(texts).contains("0.9", "0.5", "0.1", "red", "<0", "20", "50");
    assertThat(byClass(document, "rect", "legend")).hasSize(1);
    assertThat(svg).contains("url(#h-scale)").contains("id=\"h-scale\"");
    assertThat(Heatmap.colour(0.5)).isEqualTo("#41b6c4");
  }

  @Test
  void interactionSectionPutsTheStrongestPairFirstAndSaysHowToReadH() throws Exception {
    Interactions interactions =
        new Interactions(
            "good",
            List.of(AGE, COLOUR, SCRIPT),
            List.of(0.3, 0.2, 0.1),
            List.of(
                new Interaction(AGE, COLOUR, 0.04),
                new Interaction(COLOUR, SCRIPT, 0.49),
                new Interaction(AGE, SCRIPT, 0.16)));
    PairProfile surface =
        new PairProfile(
            COLOUR,
            SCRIPT,
            "good",
            new double[] {0, 1, 2},
            new double[] {1, 2},
            new double[][] {{0, 1}, {1, 0}, {0.5, 0.5}});

    InteractionSection section =
        new InteractionSection(interactions, surface, OutputKind.CLASS_PROBABILITY);
    String html = section.bodyHtml();

    assertThat(html)
        .contains("<strong>0 = no interaction</strong>")
        .contains("<strong>1 = the effect is all interaction</strong>")
        .doesNotContain("<script>");
    String bars = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
    List<String> labels = texts(elements(Xml.parse(bars), "text"));
    int strongest = labels.indexOf("colour × " + HOSTILE);
    int middle = labels.indexOf("age × " + HOSTILE);
    int weakest = labels.indexOf("age × colour");
    assertThat(strongest).isNotNegative().isLessThan(middle);
    assertThat(middle).isLessThan(weakest);
    assertThat(html.indexOf("<th scope=\"row\">colour × &lt;script"))
        .isPositive()
        .isLessThan(html.indexOf("<th scope=\"row\">age × colour"));
    assertThat(html).contains("<td class=\"num\">0.7</td><td class=\"num\">0.49</td>");
    String heat = html.substring(html.lastIndexOf("<svg"), html.lastIndexOf("</svg>") + 6);
    assertThat(byClass(Xml.parse(heat), "rect", "cell")).hasSize(6);
    assertThat(new InteractionSection(interactions, OutputKind.CLASS_PROBABILITY).bodyHtml())
        .doesNotContain("class=\"heatmap\"");
    Interactions none = new Interactions("good", List.of(AGE), List.of(0.1), List.of());
    assertThatThrownBy(() -> new InteractionSection(none, OutputKind.CLASS_PROBABILITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void profileSectionAddsAnAleChartUnderANumericFeatureWithACurve() throws Exception {
    Profile age =
        new Profile(
            AGE,
            "good",
            new double[] {20, 40},
            new double[][] {{0.1, 0.3}},
            new double[] {0.1, 0.3},
            new double[] {30});
    Profile colour =
        new Profile(
            COLOUR,
            "good",
            new double[] {0, 1, 2},
            new double[][] {{0.1, 0.2, 0.3}},
            new double[] {0.1, 0.2, 0.3},
            new double[] {1});
    AleCurve ale =
        new AleCurve(
            AGE, "good", new double[] {20, 30, 40}, new double[] {-0.1, 0, 0.1}, new int[] {5, 5});
    AleCurve otherOutput =
        new AleCurve(AGE, "bad", new double[] {20, 40}, new double[] {0.1, -0.1}, new int[] {10});

    String html =
        new ProfileSection(List.of(age, colour), List.of(ale), OutputKind.CLASS_PROBABILITY)
            .bodyHtml();

    assertThat(html).contains("id='chart-ale-1'").doesNotContain("chart-ale-2");
    assertThat(html).contains("accumulated local effect (ALE)").contains("over 2 intervals");
    String svg = html.substring(html.indexOf("<svg id='chart-ale-1'"));
    svg = svg.substring(0, svg.indexOf("</svg>") + 6);
    Document document = Xml.parse(svg);
    assertThat(texts(elements(document, "text"))).contains("age");
    assertThat(
            new ProfileSection(List.of(age), List.of(otherOutput), OutputKind.CLASS_PROBABILITY)
                .bodyHtml())
        .doesNotContain("chart-ale")
        .doesNotContain("(ALE)");
    assertThatThrownBy(
            () -> new ProfileSection(List.of(age), List.of(ale, ale), OutputKind.CLASS_PROBABILITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two ALE curves for feature 'age'");
  }

  @Test
  void occlusionSectionSpeaksOfDropsAndSetsTheirSumAgainstTheGap() throws Exception {
    Explanation explanation =
        new Explanation(
            4,
            0,
            "good",
            0.5,
            0.8,
            List.of(AGE, COLOUR, SCRIPT),
            new double[] {30, 2, 1},
            new double[] {0.05, 0.2, -0.1},
            null,
            "occlusion",
            Map.of("background_size", "10"));

    OcclusionSection section =
        new OcclusionSection(List.of(explanation), r -> r + 1, OutputKind.CLASS_PROBABILITY);
    String html = section.bodyHtml();

    assertThat(section.id()).isEqualTo("occlusion");
    assertThat(html)
        .contains("replaced by background values")
        .doesNotContain("Shapley value of")
        .contains("Row 5: predicted probability of &#39;good&#39; is 0.8 against a background")
        .contains("The drops add up to +0.15; the prediction is +0.3 from the background")
        .contains("the remaining +0.15 comes from features acting together")
        .doesNotContain("<script>");
    String svg = html.substring(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
    List<String> labels = texts(elements(Xml.parse(svg), "text"));
    assertThat(labels.indexOf("colour = <0"))
        .isNotNegative()
        .isLessThan(labels.indexOf(HOSTILE + " = 1"));
    assertThat(labels.indexOf(HOSTILE + " = 1")).isLessThan(labels.indexOf("age = 30"));
    Explanation shapley =
        new Explanation(
            0,
            0,
            "good",
            0.5,
            0.8,
            List.of(AGE),
            new double[] {30},
            new double[] {0.3},
            null,
            "exact-shapley",
            Map.of());
    assertThatThrownBy(
            () -> new OcclusionSection(List.of(shapley), r -> r, OutputKind.CLASS_PROBABILITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'exact-shapley'");
  }

  static List<Element> elements(Document document, String name) {
    return list(document.getElementsByTagNameNS("*", name));
  }

  static List<Element> children(Element parent, String name) {
    return list(parent.getElementsByTagNameNS("*", name));
  }

  static List<Element> byClass(Document document, String name, String cssClass) {
    List<Element> found = new ArrayList<>();
    for (Element e : elements(document, name)) {
      if (List.of(e.getAttribute("class").split(" ")).contains(cssClass)) {
        found.add(e);
      }
    }
    return found;
  }

  static List<String> texts(List<Element> elements) {
    List<String> texts = new ArrayList<>();
    for (Element e : elements) {
      texts.add(ownText(e));
    }
    return texts;
  }

  /** The element's text without that of a {@code <title>} child (a tooltip). */
  static String ownText(Element e) {
    StringBuilder text = new StringBuilder();
    NodeList nodes = e.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
        text.append(nodes.item(i).getTextContent());
      }
    }
    return text.toString();
  }

  private static List<Element> list(NodeList nodes) {
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }
}
