package org.glasswing.knime.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.fairness.FairnessAudit;
import org.glasswing.core.fairness.FairnessResult;
import org.glasswing.core.fairness.ProtectedAttribute;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.CrossFitting;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.StringValue;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeSettings;

/**
 * The Fairness Scorer gives a hand-computed confusion table per group, and row for row the core's
 * {@link FairnessAudit} called directly on the same predictions, groups and seed.
 */
class FairnessScorerNodeTest {

  /** sex, actual class, P(yes): m is right on 2 of 4 rows, f on all 4. */
  private static final Object[][] PATTERN = {
    {"m", "yes", 0.9}, {"m", "yes", 0.4}, {"m", "no", 0.2}, {"m", "no", 0.7},
    {"f", "yes", 0.8}, {"f", "no", 0.3}, {"f", "no", 0.1}, {"f", "yes", 0.6},
  };

  private static final int COPIES = 5;

  private static BufferedDataTable table() {
    DataTableSpec spec =
        new DataTableSpec(
            new String[] {"sex", "class", "P (class=yes)", "P (class=no)"},
            new DataType[] {StringCell.TYPE, StringCell.TYPE, DoubleCell.TYPE, DoubleCell.TYPE});
    List<DataRow> rows = new ArrayList<>();
    for (int c = 0; c < COPIES; c++) {
      for (Object[] p : PATTERN) {
        double yes = (Double) p[2];
        rows.add(
            new DefaultRow(
                "r" + rows.size(),
                new StringCell((String) p[0]),
                new StringCell((String) p[1]),
                new DoubleCell(yes),
                new DoubleCell(1 - yes)));
      }
    }
    return NodeHarness.table(spec, rows);
  }

  private static FairnessScorerNodeModel node(int replicates) throws InvalidSettingsException {
    FairnessScorerNodeModel node = new FairnessScorerNodeModel();
    NodeSettings s = NodeHarness.settingsOf(node);
    s.addString("classColumn", "class");
    s.addString("protected", "sex");
    s.addString("positive", "yes");
    s.addInt("replicates", replicates);
    s.addInt("folds", 4);
    s.addInt("seed", 7);
    NodeHarness.applySettings(node, s);
    return node;
  }

  private static Map<String, double[]> rows(BufferedDataTable out) {
    Map<String, double[]> byKey = new LinkedHashMap<>();
    for (DataRow row : out) {
      String key = text(row.getCell(1)) + "|" + text(row.getCell(2)) + "|" + text(row.getCell(3));
      byKey.put(
          key,
          new double[] {
            row.getCell(4).isMissing() ? -1 : ((IntValue) row.getCell(4)).getIntValue(),
            number(row.getCell(5)),
            number(row.getCell(6)),
            number(row.getCell(7))
          });
    }
    return byKey;
  }

  private static String text(DataCell cell) {
    return cell.isMissing() ? "" : ((StringValue) cell).getStringValue();
  }

  private static double number(DataCell cell) {
    return cell.isMissing() ? Double.NaN : ((DoubleValue) cell).getDoubleValue();
  }

  @Test
  void theGroupRatesAreTheHandComputedConfusionTables() throws Exception {
    BufferedDataTable out = new NodeHarness().execute(node(0), table())[0];
    assertThat(out.getDataTableSpec().getColumnNames())
        .containsExactly(
            "attribute", "metric", "group", "compared_with", "rows", "value", "lower", "upper");
    Map<String, double[]> rows = rows(out);
    // m: TP 1, FN 1, TN 1, FP 1; f: TP 2, FN 0, TN 2, FP 0 (positive class yes, cut 0.5)
    assertThat(rows.get("accuracy|m|")[1]).isCloseTo(0.5, within(1e-12));
    assertThat(rows.get("accuracy|f|")[1]).isCloseTo(1.0, within(1e-12));
    assertThat(rows.get("accuracy|m|")[0]).isEqualTo(4 * COPIES);
    assertThat(rows.get("selection rate|m|")[1]).isCloseTo(0.5, within(1e-12));
    assertThat(rows.get("selection rate|f|")[1]).isCloseTo(0.5, within(1e-12));
    assertThat(rows.get("true positive rate|m|")[1]).isCloseTo(0.5, within(1e-12));
    assertThat(rows.get("true positive rate|f|")[1]).isCloseTo(1.0, within(1e-12));
    assertThat(rows.get("false positive rate|m|")[1]).isCloseTo(0.5, within(1e-12));
    assertThat(rows.get("false positive rate|f|")[1]).isCloseTo(0.0, within(1e-12));
    assertThat(rows.get("equal opportunity difference|f|m")[1]).isCloseTo(0.5, within(1e-12));
    assertThat(rows.get("equal opportunity difference|f|m")[0]).isEqualTo(-1);
    assertThat(rows.get("expected calibration error by chance|m|")).isNotNull();
    assertThat(rows.get("accuracy|m|")[2]).isNaN(); // no resamples: no interval
  }

  @Test
  void everyRowIsTheCoresDirectCallForTheSamePredictionsAndSeed() throws Exception {
    BufferedDataTable out = new NodeHarness().execute(node(200), table())[0];
    List<double[]> probabilities = new ArrayList<>();
    List<Integer> actual = new ArrayList<>();
    List<double[]> sex = new ArrayList<>();
    for (int c = 0; c < COPIES; c++) {
      for (Object[] p : PATTERN) {
        double yes = (Double) p[2];
        probabilities.add(new double[] {yes, 1 - yes});
        actual.add(p[1].equals("yes") ? 0 : 1);
        sex.add(new double[] {p[0].equals("m") ? 0 : 1});
      }
    }
    ClassPredictions predictions =
        new ClassPredictions(
            List.of("yes", "no"),
            probabilities.toArray(new double[0][]),
            actual.stream().mapToInt(Integer::intValue).toArray());
    Dataset groups =
        new Dataset(
            new Schema(List.of(Feature.nominal("sex", List.of("m", "f"))), Schema.NO_TARGET),
            sex.toArray(new double[0][]));
    double alpha = 0.1;
    FairnessAudit audit =
        new FairnessAudit(
            predictions,
            CrossFitting.predictionSets(
                predictions,
                SplitConformalClassifier.Settings.of(alpha, ConformalScore.LAC, false),
                4,
                7),
            alpha,
            new FairnessAudit.Settings(0, 10, 200, 0.95, 7));
    FairnessResult direct =
        audit.audit(
            new ProtectedAttribute("sex", List.of()).groups(groups), CancellationToken.NONE);
    Map<String, double[]> rows = rows(out);
    int expected = 0;
    for (var e : direct.table()) {
      double[] row = rows.get(e.metric().label() + "|" + e.group() + "|");
      assertThat(row).as("%s %s", e.metric(), e.group()).isNotNull();
      assertThat(row[0]).isEqualTo(e.rows());
      assertThat(row[1]).isEqualTo((Double) e.estimate().value());
      assertThat(row[2]).isEqualTo((Double) e.estimate().lower());
      assertThat(row[3]).isEqualTo((Double) e.estimate().upper());
      expected++;
    }
    for (var g : direct.gaps()) {
      double[] row = rows.get(g.metric().label() + "|" + g.highest() + "|" + g.lowest());
      assertThat(row).as("%s", g.metric()).isNotNull();
      assertThat(row[1]).isEqualTo((Double) g.estimate().value());
      assertThat(row[2]).isEqualTo((Double) g.estimate().lower());
      expected++;
    }
    assertThat(rows).hasSize(expected + direct.groups().size()); // + "by chance" per group
  }

  @Test
  void missingProtectedColumnsAndBadPositivesAreNamed() throws Exception {
    FairnessScorerNodeModel empty = new FairnessScorerNodeModel();
    NodeSettings classOnly = NodeHarness.settingsOf(empty);
    classOnly.addString("classColumn", "class");
    NodeHarness.applySettings(empty, classOnly);
    assertThatThrownBy(() -> NodeHarness.configure(empty, table().getDataTableSpec()))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'protected' is empty");
    FairnessScorerNodeModel node = node(0);
    NodeSettings s = NodeHarness.settingsOf(node);
    s.addString("protected", "age");
    NodeHarness.applySettings(node, s);
    assertThatThrownBy(() -> NodeHarness.configure(node, table().getDataTableSpec()))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("protected column 'age'");
    FairnessScorerNodeModel positive = node(0);
    NodeSettings p = NodeHarness.settingsOf(positive);
    p.addString("positive", "maybe");
    NodeHarness.applySettings(positive, p);
    assertThatThrownBy(() -> new NodeHarness().execute(positive, table()))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'positive' 'maybe'");
  }
}
