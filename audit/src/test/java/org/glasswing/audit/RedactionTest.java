package org.glasswing.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.report.Numbers;
import org.glasswing.report.Report;
import org.glasswing.report.ReportSection;
import org.glasswing.weka.TestData;
import org.glasswing.weka.Training;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import org.junit.jupiter.api.Test;
import weka.classifiers.trees.J48;
import weka.core.Instances;

class RedactionTest {

  /** 40 rows whose every numeric value is its own, so that a shown value names its row. */
  private static Instances distinctive() {
    StringBuilder arff =
        new StringBuilder(
            "@relation distinct\n@attribute a numeric\n@attribute b numeric\n"
                + "@attribute c {x,y}\n@attribute k {lo,hi}\n@data\n");
    for (int r = 0; r < 40; r++) {
      double a = 100.125 + 7.375 * r;
      double b = 900.875 - 3.625 * ((r * 17) % 40);
      arff.append(a).append(',').append(b).append(',').append(r % 3 == 0 ? "x" : "y");
      arff.append(',').append(a + b / 10 > 330 ? "hi" : "lo").append('\n');
    }
    return TestData.arff(arff.toString());
  }

  private static String others(Report report) {
    StringBuilder html = new StringBuilder();
    for (ReportSection s : report.sections()) {
      if (s.id().startsWith("nearest-examples")
          || s.id().startsWith("counterfactual")
          || s.id().equals("prototypes")) {
        html.append(s.bodyHtml());
      }
    }
    return html.toString();
  }

  /** Every way a report shows another row's numeric value, as a table cell. */
  private static List<String> otherRowsCells(Instances data) {
    Dataset rows = WekaData.dataset(data);
    List<String> cells = new ArrayList<>();
    for (int r = 1; r < rows.numRows(); r++) {
      for (int c = 0; c < 2; c++) {
        Feature f = rows.schema().feature(c);
        double v = rows.value(r, c);
        for (String shown : List.of(f.format(v), Numbers.format(v, 4), Numbers.format(v))) {
          cells.add(">" + shown + "</td>");
        }
      }
    }
    return cells;
  }

  @Test
  void noOtherRowsValueAppearsInTheNeighboursPrototypesOrCounterfactuals() {
    Instances data = distinctive();
    WekaModel model =
        new WekaModel(Training.train(new J48(), data, "distinct"), new Instances(data, 0));
    AuditPlan plan = AuditPlan.defaults().with("rows", "1");
    for (AuditSection section : AuditSection.values()) {
      plan =
          plan.withSection(
              section,
              section == AuditSection.NEAREST_EXAMPLES
                  || section == AuditSection.COUNTERFACTUALS
                  || section == AuditSection.DATA_MAP
                  || section == AuditSection.PROTOTYPES);
    }
    String open = others(Audit.run(plan, AuditInputs.builder(model).training(data, "d").build()));
    Report redactedReport =
        Audit.run(plan, AuditInputs.builder(model).training(data, "d").redact(true).build());
    assertThat(redactedReport.sections())
        .extracting(ReportSection::id)
        .contains("nearest-examples-1", "counterfactual-1", "prototypes");
    String redacted = others(redactedReport);

    List<String> cells = otherRowsCells(data);
    // the test can fail: without redaction other rows' values are there
    assertThat(cells.stream().filter(open::contains)).isNotEmpty();
    assertThat(cells.stream().filter(redacted::contains)).isEmpty();
    assertThat(redacted).contains("left out of this report (redacted)");
    assertThat(redacted).doesNotContain("Show their values beside row");
  }
}
