package org.glasswing.weka.gui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.core.global.ImportanceResult;
import org.glasswing.core.global.ImportanceScore;
import org.glasswing.core.global.SurrogateSummary;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.report.Numbers;
import org.glasswing.report.SvgCharts;
import org.glasswing.weka.WekaModel;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartMouseEvent;
import org.jfree.chart.ChartMouseListener;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import weka.core.Instances;

/**
 * The charts of the catalogue view, each under a title that says how to read it: it computes the
 * chosen method (the same core call as the command line) and shows the result: the surrogate tree's
 * fidelity by depth with the tree itself, importance bars, the map of the rows (coloured by class,
 * prediction or confidence; clicking a point selects that instance in the Explain tab), the
 * instance tables, and the global ({@link GlobalCharts}), sanity ({@link SanityCharts}),
 * calibration ({@link CalibrationCharts}), example ({@link ExampleTables}) and fairness ({@link
 * FairnessTables}) views.
 */
final class CatalogueCharts {

  private static final String[] COLOURINGS = {"class", "prediction", "confidence"};

  private final JPanel area;
  private final JLabel title;
  private final IntConsumer select;
  private final JComboBox<String> colouring = new JComboBox<>(COLOURINGS);
  private final GlobalCharts global;
  private final SanityCharts sanity;
  private Shown last;

  /** A computed result with what the chart needs besides it. */
  private record Shown(Object result, Instances data) {}

  CatalogueCharts(JPanel area, JLabel title, IntConsumer select) {
    this.area = area;
    this.title = title;
    this.select = select;
    this.global = new GlobalCharts(area, title);
    this.sanity = new SanityCharts(area, title);
    colouring.setName("glasswing.map.colouring");
    colouring.addActionListener(
        e -> {
          if (last != null && last.result() instanceof CatalogueAnalyses.DataMap) {
            show(last);
          }
        });
  }

  /** Computes the chosen method, on the calling thread. */
  static Object compute(
      MethodSpec spec,
      ParameterValues values,
      WekaModel model,
      Instances data,
      long seed,
      int row,
      ProgressListener progress,
      CancellationToken cancel)
      throws Exception {
    Object result =
        switch (spec.name()) {
          case "surrogate" -> CatalogueAnalyses.surrogate(spec, values, model, data, seed);
          case "map" -> CatalogueAnalyses.map(spec, values, model, data, seed, progress, cancel);
          case "examples" ->
              CatalogueAnalyses.examples(spec, values, model, data, row, progress, cancel);
          case "ood" -> CatalogueAnalyses.ood(spec, values, data, row, progress, cancel);
          case "profile" ->
              GlobalAnalyses.profile(spec, values, model, data, seed, progress, cancel);
          case "interactions" ->
              GlobalAnalyses.interactions(spec, values, model, data, seed, progress, cancel);
          case "loco" ->
              GlobalAnalyses.loco(spec, values, model.classifier(), data, progress, cancel);
          case "calibration" ->
              CalibrationAnalysis.compare(
                  spec, values, model.classifier(), data, seed, progress, cancel);
          case "prototypes" ->
              ExampleAnalyses.prototypes(spec, values, data, seed, progress, cancel);
          case "influence" ->
              ExampleAnalyses.influence(spec, values, model, data, row, seed, progress, cancel);
          case "ensemble" ->
              EnsembleAnalysis.score(spec, values, model.classifier(), data, row, progress, cancel);
          case "conformal-regression" ->
              ConformalRegressionAnalysis.predict(spec, values, model.classifier(), data, row);
          case "fairness" ->
              FairnessAnalysis.audit(
                  spec, values, model.classifier(), data, seed, progress, cancel);
          case "permutation" ->
              ImportanceAnalysis.permutation(
                  spec, values, model.classifier(), data, progress, cancel);
          case "conformal" ->
              ConformalAnalysis.predict(spec, values, model.classifier(), data, row);
          case "counterfactual" ->
              CounterfactualAnalysis.search(spec, values, model, data, row, progress, cancel);
          default -> {
            if (!SanityChecks.CHECKS.contains(spec.name())) {
              throw new IllegalArgumentException(OtherPlaces.of(spec));
            }
            yield SanityChecks.run(
                SanityAnalysis.offered(spec), values, model, data, seed, progress, cancel);
          }
        };
    return new Shown(result, data);
  }

  /** The result inside what {@link #compute} gives. */
  static Object result(Object computed) {
    return ((Shown) computed).result();
  }

  /** Shows a computed result, on the Swing thread. */
  void show(Object computed) {
    Shown shown = (Shown) computed;
    last = shown;
    if (shown.result() instanceof SurrogateSummary summary) {
      showSurrogate(summary);
    } else if (shown.result() instanceof ImportanceResult importance) {
      showImportance(importance);
    } else if (shown.result() instanceof GlobalAnalyses.Profiles profiles) {
      global.showProfiles(profiles);
    } else if (shown.result() instanceof org.glasswing.core.global.Interactions pairs) {
      global.showInteractions(pairs);
    } else if (shown.result() instanceof SanityChecks.Verdicts verdicts) {
      sanity.showVerdicts(verdicts);
    } else if (shown.result() instanceof SanityChecks.Curves curves) {
      sanity.showCurves(curves);
    } else if (shown.result() instanceof SanityChecks.Agreements agreements) {
      sanity.showAgreement(agreements);
    } else if (shown.result() instanceof CalibrationAnalysis.Compared compared) {
      CalibrationCharts.show(area, title, compared);
    } else if (shown.result() instanceof ExampleAnalyses.Prototypes p) {
      showTable(ExampleTables.prototypesTitle(p), ExampleTables.prototypes(p, shown.data()));
    } else if (shown.result() instanceof ExampleAnalyses.Influence f) {
      showTable(
          ExampleTables.influenceTitle(f, shown.data()), ExampleTables.influence(f, shown.data()));
    } else if (shown.result() instanceof EnsembleAnalysis.Found ensemble) {
      showTable(
          EnsembleAnalysis.title(ensemble, shown.data()),
          EnsembleAnalysis.table(ensemble, shown.data()));
    } else if (shown.result() instanceof ConformalRegressionAnalysis.Found interval) {
      showTable(
          ConformalRegressionAnalysis.title(interval, shown.data()),
          ConformalRegressionAnalysis.table(interval));
    } else if (shown.result() instanceof FairnessAnalysis.Audited audited) {
      showTable(FairnessTables.title(audited), FairnessTables.tables(audited));
    } else if (shown.result() instanceof CatalogueAnalyses.DataMap map) {
      showMap(map, shown.data());
    } else if (shown.result() instanceof CatalogueAnalyses.Examples examples) {
      showTable(
          InstanceTables.examplesTitle(examples), InstanceTables.examples(examples, shown.data()));
    } else if (shown.result() instanceof CounterfactualAnalysis.Found found) {
      showTable(
          InstanceTables.counterfactualsTitle(found, shown.data()),
          InstanceTables.counterfactuals(found, shown.data()));
    } else if (shown.result() instanceof ConformalAnalysis.Found set) {
      showTable(
          InstanceTables.conformalTitle(set, shown.data()),
          InstanceTables.conformal(set, shown.data()));
    } else if (shown.result() instanceof CatalogueAnalyses.Unusual unusual) {
      showTable(InstanceTables.oodTitle(unusual), InstanceTables.ood(unusual));
    }
  }

  private void showSurrogate(SurrogateSummary s) {
    title.setText(
        ChartAreas.twoLines(
            "Which small tree mimics the model: fidelity "
                + Numbers.format(s.fidelity())
                + " ("
                + s.measure()
                + " on "
                + s.heldOutRows()
                + " held-out instances), depth "
                + s.depth()
                + ", "
                + s.leaves()
                + " leaves",
            "Fidelity is how often the tree agrees with the model on instances it did not learn"
                + " from; read the tree only where fidelity is high. The curve shows what a"
                + " shallower tree would lose."));
    XYSeries curve = new XYSeries("fidelity");
    for (SurrogateSummary.DepthRow row : s.byDepth()) {
      curve.add(row.maxDepth(), row.fidelity());
    }
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            null,
            "depth limit",
            "fidelity (" + s.measure() + ")",
            new XYSeriesCollection(curve),
            PlotOrientation.VERTICAL,
            false,
            true,
            false);
    JTextArea tree = new JTextArea(s.treeText());
    tree.setName("glasswing.surrogate.tree");
    tree.setEditable(false);
    tree.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
    JPanel chartArea = new JPanel(new BorderLayout());
    chartArea.add(new ChartPanel(chart), BorderLayout.CENTER);
    JPanel treeArea = new JPanel(new BorderLayout());
    ChartAreas.showComponent(treeArea, tree);
    JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, chartArea, treeArea);
    split.setResizeWeight(0.5);
    area.removeAll();
    area.add(split, BorderLayout.CENTER);
    area.revalidate();
    area.repaint();
  }

  private void showMap(CatalogueAnalyses.DataMap map, Instances data) {
    String by = (String) colouring.getSelectedItem();
    title.setText(
        ChartAreas.twoLines(
            "Where each instance sits among the others (" + map.embedding().method() + ")",
            "Nearby points are similar instances; colour: "
                + by
                + ". A point of one colour among another is worth a look; click it to select"
                + " that instance."));
    Map<String, XYSeries> series = new LinkedHashMap<>();
    Map<String, List<Integer>> rows = new LinkedHashMap<>();
    double[][] points = map.embedding().coordinates();
    for (int i = 0; i < points.length; i++) {
      String group = group(by, data, i, map.outputs()[i]);
      series.computeIfAbsent(group, g -> new XYSeries(g, false)).add(points[i][0], points[i][1]);
      rows.computeIfAbsent(group, g -> new ArrayList<>()).add(i);
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    series.values().forEach(dataset::addSeries);
    JFreeChart chart =
        ChartFactory.createScatterPlot(
            null,
            "dimension 1",
            "dimension 2",
            dataset,
            PlotOrientation.VERTICAL,
            true,
            true,
            false);
    JPanel chartArea = new JPanel(new BorderLayout());
    ChartPanel panel = ChartAreas.showChart(chartArea, chart, 16, ChartAreas.BAR_ROW);
    List<List<Integer>> bySeries = new ArrayList<>(rows.values());
    panel.addChartMouseListener(
        new ChartMouseListener() {
          @Override
          public void chartMouseClicked(ChartMouseEvent event) {
            if (event.getEntity() instanceof XYItemEntity item) {
              select.accept(bySeries.get(item.getSeriesIndex()).get(item.getItem()) + 1);
            }
          }

          @Override
          public void chartMouseMoved(ChartMouseEvent event) {
            // nothing on hover beyond the chart's own tool tips
          }
        });
    JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
    top.add(new JLabel("Colour by"));
    top.add(colouring);
    area.removeAll();
    area.add(top, BorderLayout.NORTH);
    area.add(chartArea, BorderLayout.CENTER);
    area.revalidate();
    area.repaint();
  }

  private void showImportance(ImportanceResult r) {
    boolean loco = r.method().equals("loco");
    title.setText(
        ChartAreas.twoLines(
            "How much worse the model gets when "
                + (loco ? "retrained without one attribute (" : "one attribute is shuffled (")
                + r.measure()
                + ", intact model "
                + Numbers.format(r.reference())
                + ")",
            loco
                ? "Longer bars: the model loses more without that attribute, even after"
                    + " relearning from the others; whiskers are one bootstrap standard deviation."
                    + " Near zero: the other attributes carry the same information."
                : "Longer bars: the model relies more on that attribute; whiskers are one"
                    + " standard deviation over folds and shuffles. Near zero or negative: the"
                    + " model does not need it."));
    List<SvgCharts.Bar> bars = new ArrayList<>();
    for (ImportanceScore score : r.sorted()) {
      if (bars.size() < ExplainViews.MAX_BARS) {
        bars.add(new SvgCharts.Bar(score.feature().name(), score.importance(), score.std()));
      }
    }
    ChartAreas.showChart(
            area, SvgCharts.horizontalBarsChart(bars, r.measure()), bars.size(), ChartAreas.BAR_ROW)
        .setName("glasswing." + r.method());
  }

  private void showTable(String heading, String html) {
    title.setText(heading);
    JLabel table = new JLabel(html);
    table.setName("glasswing.catalogue.table");
    table.setVerticalAlignment(javax.swing.SwingConstants.TOP);
    table.setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 8, 4, 8));
    ChartAreas.showComponent(area, table);
  }

  /** The colour group of one instance. */
  static String group(String by, Instances data, int row, double[] outputs) {
    if (!data.classAttribute().isNominal()) {
      return "all instances";
    }
    int best = 0;
    for (int k = 1; k < outputs.length; k++) {
      best = outputs[k] > outputs[best] ? k : best;
    }
    return switch (by) {
      case "class" ->
          data.instance(row).classIsMissing()
              ? "class missing"
              : data.classAttribute().value((int) data.instance(row).classValue());
      case "prediction" -> "predicted " + data.classAttribute().value(best);
      default ->
          outputs[best] >= 0.8
              ? "confident (>= 0.8)"
              : outputs[best] >= 0.6 ? "unsure (0.6 to 0.8)" : "doubtful (< 0.6)";
    };
  }
}
