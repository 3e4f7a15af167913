package org.glasswing.knime.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.glasswing.knime.uncertainty.PredictionTables.configured;
import static org.glasswing.knime.uncertainty.PredictionTables.rows;
import static org.glasswing.knime.uncertainty.PredictionTables.value;

import java.util.ArrayList;
import java.util.List;
import org.glasswing.core.uncertainty.ClassPredictions;
import org.glasswing.core.uncertainty.ConformalScore;
import org.glasswing.core.uncertainty.EnsembleDisagreement;
import org.glasswing.core.uncertainty.PredictionSet;
import org.glasswing.core.uncertainty.PredictiveScores;
import org.glasswing.core.uncertainty.SplitConformalClassifier;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.port.SimplePortObjects;

/** Conformal Calibrator and Predictor, and the Uncertainty Scorer, give the core's results. */
class ConformalAndUncertaintyNodesTest {

  @Test
  void conformalSetsAndPValuesAreTheCoresWithAndWithoutMondrian() throws Exception {
    double[][] calibration = PredictionTables.probabilities(300, 11);
    int[] y = PredictionTables.actual(calibration, 11);
    double[][] test = PredictionTables.probabilities(40, 12);
    BufferedDataTable testTable = PredictionTables.table(test, PredictionTables.actual(test, 12));
    ClassPredictions rows = new ClassPredictions(PredictionTables.LABELS, calibration, y);
    for (String score : List.of("lac", "aps")) {
      for (boolean mondrian : new boolean[] {false, true}) {
        ConformalCalibratorNodeModel calibrator =
            configured(
                new ConformalCalibratorNodeModel(),
                "classColumn",
                "class",
                "alpha",
                "double:0.2",
                "score",
                score,
                "mondrian",
                "boolean:" + mondrian);
        ConformalPortObject model =
            (ConformalPortObject)
                new NodeHarness()
                    .executePorts(calibrator, PredictionTables.table(calibration, y))[0];
        SplitConformalClassifier expected =
            SplitConformalClassifier.calibrate(
                rows,
                SplitConformalClassifier.Settings.of(0.2, ConformalScore.parse(score), mondrian));
        for (ConformalPortObject port : List.of(model, SimplePortObjects.roundTrip(model))) {
          BufferedDataTable out =
              (BufferedDataTable)
                  new NodeHarness()
                      .executePorts(new ConformalPredictorNodeModel(), port, testTable)[0];
          DataTableSpec spec = out.getDataTableSpec();
          List<DataRow> result = rows(out);
          assertThat(result).hasSize(40);
          for (int r = 0; r < 40; r++) {
            PredictionSet set = expected.predict(test[r]);
            DataRow row = result.get(r);
            assertThat(row.getKey().getString()).isEqualTo("row" + (3 * r + 1));
            assertThat(row.getCell(spec.findColumnIndex("prediction set")).toString())
                .as("%s %s row %d", score, mondrian, r)
                .isEqualTo(set.format(PredictionTables.LABELS));
            assertThat(value(row, spec, "set size")).isEqualTo(set.size());
            for (int c = 0; c < 3; c++) {
              assertThat(value(row, spec, "p-value (" + PredictionTables.LABELS.get(c) + ")"))
                  .isEqualTo(set.pValues().get(c));
            }
          }
        }
        assertThat(model.getSummary()).contains(score).contains("300 rows");
      }
    }
  }

  @Test
  void conformalErrorsNameTheSettingOrClass() throws Exception {
    assertThatThrownBy(
            () ->
                configured(
                    new ConformalCalibratorNodeModel(),
                    "classColumn",
                    "class",
                    "alpha",
                    "double:0"))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("alpha");
    assertThatThrownBy(
            () ->
                configured(
                    new ConformalCalibratorNodeModel(), "classColumn", "class", "score", "x"))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("'score' x");
    double[][] p = PredictionTables.probabilities(30, 13);
    assertThatThrownBy(
            () ->
                new NodeHarness()
                    .executePorts(
                        configured(
                            new ConformalCalibratorNodeModel(),
                            "classColumn",
                            "class",
                            "alpha",
                            "double:0.05",
                            "mondrian",
                            "boolean:true"),
                        PredictionTables.table(p, PredictionTables.actual(p, 13))))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("class '");
  }

  @Test
  void theUncertaintyScorerGivesTheCoresScoresForOneModelAndAnEnsemble() throws Exception {
    double[][] a = PredictionTables.probabilities(25, 21);
    double[][] b = PredictionTables.probabilities(25, 22);
    DataTableSpec spec =
        new DataTableSpec(
            new String[] {
              "P (class=a)", "P (class=b)", "P (class=c)", "P (m2=a)", "P (m2=b)", "P (m2=c)"
            },
            new DataType[] {
              DoubleCell.TYPE,
              DoubleCell.TYPE,
              DoubleCell.TYPE,
              DoubleCell.TYPE,
              DoubleCell.TYPE,
              DoubleCell.TYPE
            });
    List<DataRow> input = new ArrayList<>();
    for (int r = 0; r < 25; r++) {
      List<DataCell> cells = new ArrayList<>();
      for (double v : a[r]) {
        cells.add(new DoubleCell(v));
      }
      for (double v : b[r]) {
        cells.add(new DoubleCell(v));
      }
      input.add(new DefaultRow(new RowKey("k" + r), cells));
    }
    BufferedDataTable table = NodeHarness.table(spec, input);
    String first = "P (class=a), P (class=b), P (class=c)";
    BufferedDataTable single =
        new NodeHarness()
            .execute(
                configured(new UncertaintyScorerNodeModel(), "probabilityColumns", first), table)[
            0];
    BufferedDataTable ensemble =
        new NodeHarness()
            .execute(
                configured(
                    new UncertaintyScorerNodeModel(),
                    "probabilityColumns",
                    first + "; P (m2=a), P (m2=b), P (m2=c)"),
                table)[0];
    List<DataRow> one = rows(single);
    List<DataRow> two = rows(ensemble);
    DataTableSpec oneSpec = single.getDataTableSpec();
    DataTableSpec twoSpec = ensemble.getDataTableSpec();
    assertThat(oneSpec.containsName("variance")).isFalse();
    for (int r = 0; r < 25; r++) {
      PredictiveScores s = PredictiveScores.of(a[r]);
      assertThat(one.get(r).getKey().getString()).isEqualTo("k" + r);
      assertThat(one.get(r).getCell(oneSpec.findColumnIndex("predicted class")).toString())
          .isEqualTo(PredictionTables.LABELS.get(s.predicted()));
      assertThat(value(one.get(r), oneSpec, "max probability")).isEqualTo(s.maxProbability());
      assertThat(value(one.get(r), oneSpec, "margin")).isEqualTo(s.margin());
      assertThat(value(one.get(r), oneSpec, "entropy")).isEqualTo(s.entropy());
      EnsembleDisagreement.Scores e = EnsembleDisagreement.of(new double[][] {a[r], b[r]});
      PredictiveScores mean =
          PredictiveScores.of(
              e.meanProbabilities().stream().mapToDouble(Double::doubleValue).toArray());
      assertThat(value(two.get(r), twoSpec, "entropy")).isCloseTo(mean.entropy(), within(1e-15));
      assertThat(value(two.get(r), twoSpec, "variance")).isEqualTo(e.variance());
      assertThat(value(two.get(r), twoSpec, "disagreement")).isEqualTo(e.disagreement());
      assertThat(value(two.get(r), twoSpec, "mutual information")).isEqualTo(e.mutualInformation());
    }
    assertThatThrownBy(
            () ->
                NodeHarness.configure(
                    configured(
                        new UncertaintyScorerNodeModel(),
                        "probabilityColumns",
                        first + "; P (m2=b), P (m2=a), P (m2=c)"),
                    spec))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("group 2");
    assertThatThrownBy(() -> NodeHarness.configure(new UncertaintyScorerNodeModel(), spec))
        .isInstanceOf(InvalidSettingsException.class)
        .hasMessageContaining("two probability columns stand for the class 'a'");
  }
}
