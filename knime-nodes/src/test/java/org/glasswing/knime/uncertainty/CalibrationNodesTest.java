package org.glasswing.knime.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.glasswing.knime.uncertainty.PredictionTables.configured;
import static org.glasswing.knime.uncertainty.PredictionTables.rows;
import static org.glasswing.knime.uncertainty.PredictionTables.value;

import java.util.List;
import org.glasswing.core.uncertainty.CalibrationMap;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.ReliabilityBin;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.SimplePortObjects;

/** Calibration Scorer, Calibrator Learner and Predictor give the core's results. */
class CalibrationNodesTest {

  private static final String[] METRICS = {
    "accuracy", "ECE", "ECE (equal mass)", "MCE", "class-wise ECE", "Brier", "NLL"
  };

  @Test
  void theScorerGivesTheCoresMetricsAndReliabilityBins() throws Exception {
    double[][] p = PredictionTables.probabilities(300, 3);
    int[] y = PredictionTables.actual(p, 3);
    NodeHarness harness = new NodeHarness();
    BufferedDataTable[] out =
        harness.execute(
            configured(new CalibrationScorerNodeModel(), "classColumn", "class", "bins", "int:10"),
            PredictionTables.table(p, y));
    CalibrationMetrics m =
        CalibrationMetrics.of(new ClassPredictions(PredictionTables.LABELS, p, y), 10);
    DataRow row = rows(out[0]).get(0);
    DataTableSpec spec = out[0].getDataTableSpec();
    double[] expected = {
      m.accuracy(), m.ece(), m.eceEqualMass(), m.mce(), m.classwiseEce(), m.brier(), m.nll()
    };
    for (int i = 0; i < METRICS.length; i++) {
      assertThat(value(row, spec, METRICS[i])).as(METRICS[i]).isEqualTo(expected[i]);
    }
    assertThat(value(row, spec, "rows")).isEqualTo(300);
    assertThat(m.ece()).isGreaterThan(0.02);
    List<DataRow> bins = rows(out[1]);
    assertThat(bins).hasSize(10);
    DataTableSpec binSpec = out[1].getDataTableSpec();
    for (int b = 0; b < 10; b++) {
      ReliabilityBin bin = m.reliability().get(b);
      assertThat(value(bins.get(b), binSpec, "rows")).isEqualTo(bin.count());
      assertThat(value(bins.get(b), binSpec, "mean confidence"))
          .isEqualTo(bin.meanConfidence(), within(0.0));
      assertThat(value(bins.get(b), binSpec, "accuracy")).isEqualTo(bin.accuracy(), within(0.0));
    }
    assertThat(bins.get(0).getCell(3).isMissing()).isTrue(); // no top-label confidence below 1/3
    assertThat(harness.progress()).contains(1.0);
  }

  @Test
  void badPredictionTablesAreRefusedNamingTheColumnOrRow() throws Exception {
    BufferedDataTable table = PredictionTables.table(20, 1);
    DataTableSpec spec = table.getDataTableSpec();
    assertThatThrownBy(() -> NodeHarness.configure(new CalibrationScorerNodeModel(), spec))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("no class column");
    assertThatThrownBy(
            () ->
                NodeHarness.configure(
                    configured(new CalibrationScorerNodeModel(), "classColumn", "label"), spec))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("class column 'label' is not in the input table");
    assertThatThrownBy(
            () ->
                NodeHarness.configure(
                    configured(
                        new CalibrationScorerNodeModel(),
                        "classColumn",
                        "class",
                        "probabilityColumns",
                        "P (class=a), P (class=z)"),
                    spec))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("probability column 'P (class=z)' is not in the input table");
    double[][] p = PredictionTables.probabilities(5, 2);
    p[3] = new double[] {1.5, -0.5, 0};
    assertThatThrownBy(
            () ->
                new NodeHarness()
                    .execute(
                        configured(new CalibrationScorerNodeModel(), "classColumn", "class"),
                        PredictionTables.table(p, new int[5])))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'P (class=a)' holds 1.5 in row 'row10'")
        .hasMessageContaining("[0, 1]");
    double[][] q = PredictionTables.probabilities(5, 2);
    q[1] = new double[] {0.2, 0.2, 0.2};
    assertThatThrownBy(
            () ->
                new NodeHarness()
                    .execute(
                        configured(new CalibrationScorerNodeModel(), "classColumn", "class"),
                        PredictionTables.table(q, new int[5])))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("row 'row4' sum to 0.6");
  }

  @Test
  void everyCalibratorGivesTheCoresProbabilitiesAndSurvivesASaveAndLoad() throws Exception {
    double[][] calibration = PredictionTables.probabilities(400, 5);
    int[] y = PredictionTables.actual(calibration, 5);
    double[][] test = PredictionTables.probabilities(50, 6);
    BufferedDataTable testTable = PredictionTables.table(test, PredictionTables.actual(test, 6));
    ClassPredictions rows = new ClassPredictions(PredictionTables.LABELS, calibration, y);
    for (String method : CalibratorPortObject.METHODS) {
      CalibratorLearnerNodeModel learner =
          configured(
              new CalibratorLearnerNodeModel(), "classColumn", "class", "calibrator", method);
      PortObjectSpec[] learnedSpec =
          NodeHarness.configurePorts(learner, PredictionTables.table(calibration, y).getSpec());
      CalibratorPortObject model =
          (CalibratorPortObject)
              new NodeHarness().executePorts(learner, PredictionTables.table(calibration, y))[0];
      assertThat(((ProbabilityModelSpec) learnedSpec[0]).labels()).containsExactly("a", "b", "c");
      assertThat(model.getSummary()).contains(method).contains("400 rows");
      CalibrationMap expected = CalibratorPortObject.calibrator(method).fit(rows);
      for (CalibratorPortObject port : List.of(model, SimplePortObjects.roundTrip(model))) {
        CalibratorPredictorNodeModel predictor = new CalibratorPredictorNodeModel();
        PortObjectSpec[] outSpec =
            NodeHarness.configurePorts(predictor, port.getSpec(), testTable.getSpec());
        PortObject[] out = new NodeHarness().executePorts(predictor, port, testTable);
        BufferedDataTable table = (BufferedDataTable) out[0];
        assertThat(table.getDataTableSpec()).isEqualTo(outSpec[0]);
        List<DataRow> result = rows(table);
        assertThat(result).hasSize(50);
        for (int r = 0; r < 50; r++) {
          assertThat(result.get(r).getKey().getString()).isEqualTo("row" + (3 * r + 1));
          double[] q = expected.apply(test[r]);
          for (int c = 0; c < 3; c++) {
            String column = "P (class=" + PredictionTables.LABELS.get(c) + ") (calibrated)";
            assertThat(value(result.get(r), table.getDataTableSpec(), column))
                .as("%s row %d class %d", method, r, c)
                .isCloseTo(q[c], within(1e-12));
          }
        }
      }
    }
  }

  @Test
  void calibratorErrorsNameTheProblem() throws Exception {
    double[][] p = PredictionTables.probabilities(30, 8);
    BufferedDataTable oneClass = PredictionTables.table(p, new int[30]);
    assertThatThrownBy(
            () ->
                new NodeHarness()
                    .executePorts(
                        configured(new CalibratorLearnerNodeModel(), "classColumn", "class"),
                        oneClass))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("one class");
    assertThatThrownBy(
            () ->
                configured(
                    new CalibratorLearnerNodeModel(), "classColumn", "class", "calibrator", "beta"))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("the setting 'calibrator' beta: unknown value");
    CalibratorPortObject model =
        (CalibratorPortObject)
            new NodeHarness()
                .executePorts(
                    configured(new CalibratorLearnerNodeModel(), "classColumn", "class"),
                    PredictionTables.table(p, PredictionTables.actual(p, 8)))[0];
    DataTableSpec other =
        new DataTableSpec(
            new String[] {"P (class=a)", "P (class=b)"},
            new org.knime.core.data.DataType[] {
              org.knime.core.data.def.DoubleCell.TYPE, org.knime.core.data.def.DoubleCell.TYPE
            });
    assertThatThrownBy(
            () ->
                NodeHarness.configurePorts(
                    new CalibratorPredictorNodeModel(), model.getSpec(), other))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("probability column 'P (class=c)' is not in the input table");
  }
}
