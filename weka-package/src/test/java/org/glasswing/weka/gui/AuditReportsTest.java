package org.glasswing.weka.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.glasswing.audit.Audit;
import org.glasswing.audit.AuditInputs;
import org.glasswing.audit.AuditPlan;
import org.glasswing.audit.AuditProgress;
import org.glasswing.audit.AuditSection;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.report.HtmlReportWriter;
import org.glasswing.weka.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class AuditReportsTest {

  private static final Instances DATA = TestData.oneRelevant(150, 3);

  @TempDir Path dir;

  /** A quick plan: a few sections, few folds. */
  private static AuditPlan plan() {
    AuditPlan plan = AuditPlan.defaults().with("folds", "3").with("importance-rows", "30");
    EnumSet<AuditSection> kept =
        EnumSet.of(
            AuditSection.DATASET,
            AuditSection.PERFORMANCE,
            AuditSection.GLOBAL_IMPORTANCE,
            AuditSection.SURROGATE,
            AuditSection.LOCAL_EXPLANATIONS);
    for (AuditSection section : AuditSection.values()) {
      plan = plan.withSection(section, kept.contains(section));
    }
    return plan;
  }

  private static AuditInputs inputs() throws Exception {
    J48 trained = new J48();
    trained.buildClassifier(DATA);
    return AuditReports.inputs(trained, new J48(), DATA, DATA.relationName());
  }

  /** Lines that hold run times differ between two runs; everything else must be equal. */
  private static String withoutTimes(String html) {
    return html.replaceAll("(?m)^.*time: .*$", "").replaceAll("\\d+(\\.\\d+)? s\\b", "T s");
  }

  @Test
  void writesThePageTheAuditServiceMakesForTheSameInputs() throws Exception {
    AuditInputs inputs = inputs();
    Path page =
        AuditReports.write(
            plan(), inputs, dir.resolve("out"), AuditProgress.SILENT, CancellationToken.NONE);
    assertThat(page).isEqualTo(dir.resolve("out").resolve(AuditReports.REPORT_FILE));
    String direct = new HtmlReportWriter().render(Audit.run(plan(), inputs));
    String written = Files.readString(page);
    assertThat(written).contains("id=\"surrogate\"").contains("id=\"global-importance\"");
    assertThat(withoutTimes(written)).isEqualTo(withoutTimes(direct));
    assertThat(written).doesNotContain("id=\"conformal\"");
  }

  @Test
  void aCancelledAuditWritesNothing() throws Exception {
    AuditInputs inputs = inputs();
    Path out = dir.resolve("cancelled");
    assertThatThrownBy(
            () -> AuditReports.write(plan(), inputs, out, AuditProgress.SILENT, () -> true))
        .isInstanceOf(CancelledException.class);
    assertThat(out.resolve(AuditReports.REPORT_FILE)).doesNotExist();
  }

  @Test
  void dataWithoutAClassIsRefusedWithAClearLine() throws Exception {
    Instances noClass = new Instances(DATA);
    noClass.setClassIndex(-1);
    assertThatThrownBy(() -> AuditReports.inputs(new J48(), null, noClass, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no class attribute");
  }
}
