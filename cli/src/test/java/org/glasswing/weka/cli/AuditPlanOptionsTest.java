package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glasswing.audit.Audit;
import org.glasswing.audit.AuditInputs;
import org.glasswing.audit.AuditPlan;
import org.glasswing.audit.AuditSection;
import org.glasswing.report.HtmlReportWriter;
import org.glasswing.weka.ClassifierFactory;
import org.glasswing.weka.TestData;
import org.glasswing.weka.Training;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;

class AuditPlanOptionsTest {

  private static final String J48_SPEC = "weka.classifiers.trees.J48";

  @TempDir static Path dir;
  private static Path iris;
  private static Path saved;
  private static CliRun savingRun;

  @BeforeAll
  static void auditOnceSavingThePlan() throws Exception {
    iris = Files.writeString(dir.resolve("iris.arff"), TestData.iris().toString());
    saved = dir.resolve("plan.json");
    savingRun =
        CliRun.of(
            "audit",
            "--train",
            iris.toString(),
            "--classifier",
            J48_SPEC,
            "--budget",
            "64",
            "--rows",
            "2,5",
            "--output",
            dir.resolve("first").toString(),
            "--save-plan",
            saved.toString(),
            "-q");
  }

  @Test
  void savePlanWritesThePlanTheOptionsMade() throws Exception {
    assertThat(savingRun.code()).as(savingRun.err()).isZero();
    AuditPlan plan = AuditPlan.read(saved);
    assertThat(plan).isEqualTo(AuditPlan.defaults().with("budget", "64").with("rows", "2,5"));
  }

  @Test
  void theCommandLinesReportEqualsTheServicesForTheSamePlan() throws Exception {
    Instances train = TestData.arff(Files.readString(iris));
    WekaModel model =
        new WekaModel(
            Training.train(ClassifierFactory.create(J48_SPEC), train, "this data"),
            new Instances(train, 0));
    AuditInputs inputs =
        AuditInputs.builder(model).training(train, "--train " + iris).learnerSpec(J48_SPEC).build();
    Path service = dir.resolve("service.html");
    new HtmlReportWriter().write(Audit.run(AuditPlan.read(saved), inputs), service);

    String fromCli = withoutTimes(Files.readString(dir.resolve("first").resolve("report.html")));
    assertThat(fromCli).isEqualTo(withoutTimes(Files.readString(service)));
  }

  @Test
  void planRunsASavedPlanAndTheOptionsGivenOverrideIt() throws Exception {
    Path plan = dir.resolve("no-lime.json");
    AuditPlan.read(saved).withSection(AuditSection.LIME, false).write(plan);
    Path out = dir.resolve("second");

    CliRun run =
        CliRun.of(
            "audit",
            "--train",
            iris.toString(),
            "--classifier",
            J48_SPEC,
            "--plan",
            plan.toString(),
            "--rows",
            "7",
            "--output",
            out.toString(),
            "-q");

    assertThat(run.code()).as(run.err()).isZero();
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html)
        .doesNotContain("<section id=\"lime\"")
        .contains("not run: turned off in the audit plan")
        .contains("Row 7:")
        .doesNotContain("Row 2:")
        .contains("&quot;budget&quot;: 64", "audit plan file");
  }

  @Test
  void aBadPlanIsOneLineNamingTheFileAndTheKey() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"version\": 1, \"folds\": 1}");

    CliRun run =
        CliRun.of(
            "audit",
            "--train",
            iris.toString(),
            "--plan",
            bad.toString(),
            "--output",
            dir.resolve("never").toString());

    assertThat(run.code()).isEqualTo(GlasswingCommand.EXIT_USER_ERROR);
    assertThat(run.err().strip())
        .isEqualTo(
            "glasswing: error: --plan: audit plan " + bad + ": \"folds\" 1: must be at least 2");
  }

  private static String withoutTimes(String html) {
    return html.replaceAll("<tr><th scope=\"row\">time: [^<]*</th><td>[^<]*</td></tr>", "");
  }
}
