package org.glasswing.knime.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glasswing.audit.Audit;
import org.glasswing.audit.AuditInputs;
import org.glasswing.audit.AuditPlan;
import org.glasswing.knime.shapley.WekaPredictorNodeModel;
import org.glasswing.report.HtmlReportWriter;
import org.glasswing.report.Report;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeSettings;
import weka.classifiers.functions.Logistic;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;

/**
 * The Audit Report loop, with a Weka classifier as the user's predictor in the loop body, writes
 * the report the audit service writes directly for the same model, rows, plan and seed: every
 * section but the settings (which hold times and the caller's lines) is the same HTML, and the
 * findings table lists the report's findings and the sections not run.
 */
class AuditLoopTest {

  private static final String[] COLORS = {"red", "green", "blue"};
  private static Instances data;
  private static WekaModel model;

  @TempDir Path dir;

  @BeforeAll
  static void train() throws Exception {
    data = data(90, 4);
    Logistic logistic = new Logistic();
    logistic.buildClassifier(data);
    model = new WekaModel(logistic, new Instances(data, 0));
  }

  /** x0, x1 numeric, color nominal; every label appears first in declared order. */
  private static Instances data(int rows, long seed) {
    ArrayList<Attribute> attributes = new ArrayList<>();
    attributes.add(new Attribute("x0"));
    attributes.add(new Attribute("x1"));
    attributes.add(new Attribute("color", List.of(COLORS)));
    attributes.add(new Attribute("class", List.of("yes", "no")));
    Instances d = new Instances("the audited table (KNIME)", attributes, rows);
    d.setClassIndex(3);
    SplittableRandom random = new SplittableRandom(seed);
    for (int r = 0; r < rows; r++) {
      double x0 = random.nextDouble(-1, 1);
      double x1 = random.nextDouble(-1, 1);
      int color = r < 3 ? r : random.nextInt(3);
      double score = x0 + x1 / 2 + (color == 0 ? 1 : 0) + random.nextDouble(-0.7, 0.7);
      int label = r < 2 ? r : score > 0.5 ? 0 : 1;
      d.add(new DenseInstance(1, new double[] {x0, x1, color, label}));
    }
    return d;
  }

  private static BufferedDataTable table(Instances d) {
    DataTableSpec spec =
        new DataTableSpec(
            new String[] {"x0", "x1", "color", "class"},
            new DataType[] {DoubleCell.TYPE, DoubleCell.TYPE, StringCell.TYPE, StringCell.TYPE});
    List<DataRow> rows = new ArrayList<>();
    for (int r = 0; r < d.numInstances(); r++) {
      rows.add(
          new DefaultRow(
              "Row" + r,
              new DoubleCell(d.instance(r).value(0)),
              new DoubleCell(d.instance(r).value(1)),
              new StringCell(COLORS[(int) d.instance(r).value(2)]),
              new StringCell(d.classAttribute().value((int) d.instance(r).classValue()))));
    }
    return NodeHarness.table(spec, rows);
  }

  /** The plan of both runs: small, one thread, a fixed seed. */
  private static final Map<String, String> PLAN = new LinkedHashMap<>();

  static {
    PLAN.put("seed", "3");
    PLAN.put("threads", "1");
    PLAN.put("importance-rows", "20");
    PLAN.put("background-size", "20");
    PLAN.put("lime-samples", "200");
    PLAN.put("rows", "1-2");
  }

  private AuditLoopStartNodeModel start(Map<String, String> plan, String skip)
      throws InvalidSettingsException {
    AuditLoopStartNodeModel start = new AuditLoopStartNodeModel();
    NodeSettings settings = NodeHarness.settingsOf(start);
    for (Map.Entry<String, String> e : plan.entrySet()) {
      switch (e.getKey()) {
        case "seed", "threads", "importance-rows", "background-size", "lime-samples" ->
            settings.addInt(e.getKey(), Integer.parseInt(e.getValue()));
        default -> settings.addString(e.getKey(), e.getValue());
      }
    }
    settings.addString(AuditSettings.CLASS_COLUMN, "class");
    settings.addString(AuditSettings.SKIP, skip);
    settings.addString(AuditSettings.DIRECTORY, dir.resolve("report").toString());
    NodeHarness.applySettings(start, settings);
    return start;
  }

  private static AuditPlan plan(String skip) {
    AuditPlan plan = AuditPlan.defaults();
    for (Map.Entry<String, String> e : PLAN.entrySet()) {
      plan = plan.with(e.getKey(), e.getValue());
    }
    for (String key : skip.split(",")) {
      if (!key.isBlank()) {
        plan = plan.withSection(org.glasswing.audit.AuditSection.ofKey(key), false);
      }
    }
    return plan;
  }

  private static Map<String, String> sections(String html) {
    Map<String, String> sections = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile("<section id=\"([^\"]+)\">(.*?)</section>", Pattern.DOTALL).matcher(html);
    while (m.find()) {
      sections.put(m.group(1), m.group(2));
    }
    return sections;
  }

  @Test
  void theLoopWritesTheReportTheAuditServiceWritesForTheSameModelAndSeed() throws Exception {
    String skip = "counterfactuals";
    NodeHarness harness = new NodeHarness();
    AuditLoopEndNodeModel end = new AuditLoopEndNodeModel();
    NodeHarness.LoopResult result =
        harness.runLoop(
            start(PLAN, skip),
            new BufferedDataTable[] {table(data)},
            new WekaPredictorNodeModel(model),
            end);
    Path page = dir.resolve("report").resolve(AuditSettings.REPORT_FILE);
    assertThat(page).exists();
    String viaLoop = Files.readString(page);

    Instances rows = new Instances(data);
    Report report =
        Audit.run(
            plan(skip),
            AuditInputs.builder(new WekaModel(model.classifier(), rows))
                .training(rows, "the audited table")
                .build());
    // The one deliberate difference: the report names the model it was given, here the Weka
    // classifier itself, there the KNIME predictor the loop reaches.
    String direct =
        new HtmlReportWriter()
            .render(report)
            .replace(
                org.glasswing.weka.WekaValidation.describe(model.classifier()), "KnimePredictor");

    Map<String, String> loopSections = sections(viaLoop);
    Map<String, String> directSections = sections(direct);
    assertThat(loopSections.keySet()).isEqualTo(directSections.keySet());
    assertThat(loopSections).containsKeys("dataset", "performance", "global-importance");
    for (String id : directSections.keySet()) {
      if (!id.equals("settings")) {
        assertThat(loopSections.get(id)).as("section %s", id).isEqualTo(directSections.get(id));
      }
    }
    String settings = loopSections.get("settings");
    assertThat(settings)
        .contains("not run: this audit has a trained model but no learner")
        .contains("not run: turned off in the audit plan")
        .contains("KNIME (Audit Report loop)");

    BufferedDataTable findings = result.outputs()[0];
    List<String> tones = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (DataRow row : findings) {
      tones.add(((StringCell) row.getCell(2)).getStringValue());
      texts.add(((StringCell) row.getCell(3)).getStringValue());
    }
    List<String> expected = new ArrayList<>();
    report.sections().forEach(s -> s.findings().forEach(f -> expected.add(f.text())));
    assertThat(texts).containsSubsequence(expected).hasSizeGreaterThan(expected.size());
    assertThat(tones).contains(AuditFindings.NOT_RUN);
    assertThat(viaLoop).contains(expected.get(0).substring(0, 10));
    assertThat(result.iterations()).isGreaterThan(1);
    assertThat(end.findings().page()).isEqualTo(page);
  }

  @Test
  void aLearnerRunsTheRetrainingSections() throws Exception {
    AuditLoopStartNodeModel start = start(PLAN, "counterfactuals,sanity-checks");
    NodeSettings settings = NodeHarness.settingsOf(start);
    settings.addString(AuditSettings.LEARNER, "weka.classifiers.functions.Logistic");
    NodeHarness.applySettings(start, settings);
    new NodeHarness()
        .runLoop(
            start,
            new BufferedDataTable[] {table(data)},
            new WekaPredictorNodeModel(model),
            new AuditLoopEndNodeModel());
    String html = Files.readString(dir.resolve("report").resolve(AuditSettings.REPORT_FILE));
    assertThat(sections(html)).containsKeys("prediction-uncertainty", "conformal");
    assertThat(html).doesNotContain("no learner to retrain");
  }

  @Test
  void badSettingsAndColumnsAreNamed() throws Exception {
    AuditLoopStartNodeModel start = start(PLAN, "");
    NodeSettings bad = NodeHarness.settingsOf(start);
    bad.addString(AuditSettings.LEARNER, "weka.classifiers.NoSuchThing");
    assertThatThrownBy(() -> NodeHarness.applySettings(new AuditLoopStartNodeModel(), bad))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'learner'");
    NodeSettings section = NodeHarness.settingsOf(start);
    section.addString(AuditSettings.SKIP, "dataset,magic");
    assertThatThrownBy(() -> NodeHarness.applySettings(new AuditLoopStartNodeModel(), section))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("unknown section 'magic'");
    NodeSettings folds = NodeHarness.settingsOf(start);
    folds.addInt("folds", 1);
    assertThatThrownBy(() -> NodeHarness.applySettings(new AuditLoopStartNodeModel(), folds))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'folds'");
    NodeSettings column = NodeHarness.settingsOf(start);
    column.addString(AuditSettings.CLASS_COLUMN, "label");
    AuditLoopStartNodeModel other = new AuditLoopStartNodeModel();
    NodeHarness.applySettings(other, column);
    assertThatThrownBy(() -> NodeHarness.configure(other, table(data).getDataTableSpec()))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("no column 'label'");
  }

  @Test
  void aPredictorWithoutProbabilityColumnsIsRefusedAndTheAuditStops() throws Exception {
    AuditLoopStartNodeModel start = start(PLAN, "");
    AuditLoopEndNodeModel end = new AuditLoopEndNodeModel();
    NodeHarness.link(start, end);
    NodeHarness harness = new NodeHarness();
    BufferedDataTable[] sent = harness.execute(start, table(data));
    assertThat(sent[0].getDataTableSpec().getColumnNames()).containsExactly("x0", "x1", "color");
    assertThatThrownBy(() -> NodeHarness.configure(end, sent[0].getDataTableSpec()))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("P (");
    assertThatThrownBy(() -> harness.executeAlone(end, sent[0]))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("P (");
    assertThat(start.terminateLoop()).isTrue();
  }

  @Test
  void cancellingTheLoopEndStopsTheAuditAndAResetLoopRunsAgain() throws Exception {
    AuditLoopStartNodeModel start = start(PLAN, "");
    AuditLoopEndNodeModel end = new AuditLoopEndNodeModel();
    NodeHarness.link(start, end);
    NodeHarness harness = new NodeHarness();
    BufferedDataTable[] sent = harness.execute(start, table(data));
    BufferedDataTable[] predicted = harness.execute(new WekaPredictorNodeModel(model), sent[0]);
    harness.cancel();
    assertThatThrownBy(() -> harness.execute(end, predicted[0]))
        .isInstanceOf(CanceledExecutionException.class);
    NodeHarness.reset(start); // as KNIME resets a cancelled loop; waits for the audit's thread
    NodeHarness.reset(end);
    assertThat(start.terminateLoop()).isFalse();
    assertThat(dir.resolve("report").resolve(AuditSettings.REPORT_FILE)).doesNotExist();
    NodeHarness.LoopResult again =
        new NodeHarness()
            .runLoop(
                start,
                new BufferedDataTable[] {table(data)},
                new WekaPredictorNodeModel(model),
                end);
    assertThat(again.outputs()[0].size()).isPositive();
    assertThat(dir.resolve("report").resolve(AuditSettings.REPORT_FILE)).exists();
    assertThat(end.predicted()[0]).isPositive();
  }
}
