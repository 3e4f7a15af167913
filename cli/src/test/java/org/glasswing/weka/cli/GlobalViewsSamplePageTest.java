package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.global.AccumulatedLocalEffects;
import org.glasswing.core.global.AleCurve;
import org.glasswing.core.global.Interaction;
import org.glasswing.core.global.InteractionStrength;
import org.glasswing.core.global.Interactions;
import org.glasswing.core.global.PairProfile;
import org.glasswing.core.global.PartialDependence;
import org.glasswing.core.global.Profile;
import org.glasswing.core.occlusion.Occlusion;
import org.glasswing.core.shapley.Background;
import org.glasswing.report.HtmlReportWriter;
import org.glasswing.report.InteractionSection;
import org.glasswing.report.OcclusionSection;
import org.glasswing.report.OutputKind;
import org.glasswing.report.ProfileSection;
import org.glasswing.report.Report;
import org.glasswing.report.ReportSection;
import org.glasswing.report.SurrogateSection;
import org.glasswing.weka.SurrogateTree;
import org.glasswing.weka.TestData;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import weka.classifiers.trees.RandomForest;
import weka.core.Instances;

/**
 * Renders the global-view sections on the German credit data to {@code
 * target/global-views-sample.html} (and a deep surrogate to {@code
 * target/global-views-deep-tree.html}), to look at in a browser. Off by default; run with {@code
 * mvn -o test -pl weka-package -Dtest=GlobalViewsSamplePageTest -Dglasswing.samplePage=true}.
 */
@EnabledIfSystemProperty(named = "glasswing.samplePage", matches = "true")
class GlobalViewsSamplePageTest {

  @Test
  void rendersTheSamplePage() throws Exception {
    Instances data = TestData.creditG();
    RandomForest forest = new RandomForest();
    forest.setNumIterations(50);
    forest.setSeed(1);
    forest.buildClassifier(data);
    WekaModel model = new WekaModel(forest, new Instances(data, 0));
    Dataset all = WekaData.dataset(data);
    Schema schema = all.schema();
    EvaluationEngine engine = EvaluationEngine.defaults();
    Dataset rows = all.select(sample(all.numRows(), 150, 1));
    int good = 0;

    PartialDependence pdp = new PartialDependence(20);
    AccumulatedLocalEffects ale = new AccumulatedLocalEffects(20);
    List<Profile> profiles = new ArrayList<>();
    List<AleCurve> curves = new ArrayList<>();
    for (String name : List.of("checking_status", "duration", "credit_amount")) {
      int column = schema.indexOf(name).orElseThrow();
      profiles.add(pdp.profile(model, rows, column, good, engine));
      if (!schema.feature(column).isNominal()) {
        curves.add(ale.curve(model, all, column, good, engine));
      }
    }
    int[] candidates =
        List.of("checking_status", "duration", "credit_amount", "age", "purpose").stream()
            .mapToInt(n -> schema.indexOf(n).orElseThrow())
            .toArray();
    Interactions interactions =
        new InteractionStrength(4)
            .compute(model, all.select(sample(all.numRows(), 60, 2)), candidates, good, engine);
    Interaction strongest = interactions.pairs().get(0);
    PairProfile surface =
        new PartialDependence(12)
            .pair(
                model,
                rows,
                schema.indexOf(strongest.first().name()).orElseThrow(),
                schema.indexOf(strongest.second().name()).orElseThrow(),
                good,
                engine);
    List<Explanation> occlusion =
        new Occlusion(Background.sample(all, 30, 3))
            .explain(model, all.select(new int[] {0, 1}), TargetSelection.predicted(), engine);

    Instances shuffled = new Instances(data);
    shuffled.randomize(new Random(4));
    Instances heldOut = new Instances(shuffled, 0, 300);
    Instances fit = new Instances(shuffled, 300, 700);

    List<ReportSection> sections = new ArrayList<>();
    sections.add(new ProfileSection(profiles, curves, OutputKind.CLASS_PROBABILITY));
    sections.add(new InteractionSection(interactions, surface, OutputKind.CLASS_PROBABILITY));
    sections.add(new SurrogateSection(SurrogateTree.fit(model, fit, heldOut, 3, 5)));
    sections.add(new OcclusionSection(occlusion, r -> r + 1, OutputKind.CLASS_PROBABILITY));
    Path page = Path.of("target", "global-views-sample.html");
    new HtmlReportWriter()
        .write(
            new Report("Global views sample", "credit-g, RandomForest", Map.of(), sections), page);
    Path deep = Path.of("target", "global-views-deep-tree.html");
    new HtmlReportWriter()
        .write(
            new Report(
                "Deep surrogate sample",
                "credit-g, RandomForest, unlimited J48 surrogate",
                Map.of(),
                List.of(new SurrogateSection(SurrogateTree.fit(model, fit, heldOut, 0, 5)))),
            deep);

    assertThat(Files.readString(page)).contains("tree-picture").contains("class=\"heatmap\"");
  }

  private static int[] sample(int n, int size, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, new Random(seed));
    return order.subList(0, Math.min(size, n)).stream()
        .mapToInt(Integer::intValue)
        .sorted()
        .toArray();
  }
}
