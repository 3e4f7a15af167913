package org.glasswing.weka.gui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import org.glasswing.core.data.Feature;
import org.glasswing.core.global.AleCurve;
import org.glasswing.core.global.Interaction;
import org.glasswing.core.global.Interactions;
import org.glasswing.core.global.Profile;
import org.glasswing.report.Numbers;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The catalogue view's global charts, each under a title that says how to read it: PDP/ICE with ALE
 * of one attribute at a time (chosen above the chart), and the heat map of Friedman's H-statistic
 * for the pairs of the top attributes. Call on the Swing thread.
 */
final class GlobalCharts {

  private static final Color ALE = new Color(0xd9, 0x5f, 0x02);

  private final JPanel area;
  private final JLabel title;
  private final JComboBox<String> attribute = new JComboBox<>();
  private GlobalAnalyses.Profiles profiles;

  GlobalCharts(JPanel area, JLabel title) {
    this.area = area;
    this.title = title;
    attribute.setName("glasswing.profile.attribute");
    attribute.addActionListener(
        e -> {
          if (profiles != null && attribute.getSelectedIndex() >= 0) {
            drawProfile(attribute.getSelectedIndex());
          }
        });
  }

  /** Shows the curves, starting with the attribute whose partial dependence varies most. */
  void showProfiles(GlobalAnalyses.Profiles shown) {
    profiles = null;
    attribute.removeAllItems();
    int widest = 0;
    List<Profile> list = shown.profiles();
    for (int p = 0; p < list.size(); p++) {
      attribute.addItem(list.get(p).feature().name());
      widest = list.get(p).pdpRange() > list.get(widest).pdpRange() ? p : widest;
    }
    profiles = shown;
    attribute.setSelectedIndex(widest);
    drawProfile(widest);
  }

  /** The ALE curve of a profile's attribute, if one was computed. */
  static AleCurve aleOf(GlobalAnalyses.Profiles shown, Feature feature) {
    return shown.ale().stream()
        .filter(c -> c.feature().name().equals(feature.name()))
        .findFirst()
        .orElse(null);
  }

  private void drawProfile(int index) {
    Profile profile = profiles.profiles().get(index);
    AleCurve ale = aleOf(profiles, profile.feature());
    String what =
        profiles.probability()
            ? "probability of " + profile.output()
            : "predicted " + profile.output();
    title.setText(
        ChartAreas.twoLines(
            "How the " + what + " follows " + profile.feature().name(),
            (profiles.showIce()
                    ? "Thin grey: one instance each (ICE, "
                        + profile.ice().length
                        + " instances); thick blue: their mean (partial dependence). "
                    : "The partial dependence: the mean output as the attribute is set to each"
                        + " value. ")
                + (ale == null
                    ? "Tick 'ale' for the accumulated local effects of a numeric attribute."
                    : "Orange, below: the accumulated local effect (ALE), which only moves the"
                        + " attribute within the instances' own neighbourhoods, so correlated"
                        + " attributes do not create impossible instances; it is centred on 0."
                        + " Curves that disagree point to correlated attributes.")));
    Profile drawn =
        profiles.showIce()
            ? profile
            : new Profile(
                profile.feature(),
                profile.output(),
                profile.grid(),
                new double[0][],
                profile.pdp(),
                profile.observed());
    boolean probability = profiles.probability();
    JFreeChart top = DiagnosticCharts.profileChart(drawn, what, probability);
    JPanel topArea = new JPanel(new BorderLayout());
    ChartAreas.showChart(topArea, top, ale == null ? 12 : 5, ChartAreas.BAR_ROW);
    JPanel chooser = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
    chooser.add(new JLabel("Attribute"));
    chooser.add(attribute);
    area.removeAll();
    area.add(chooser, BorderLayout.NORTH);
    if (ale == null) {
      area.add(topArea, BorderLayout.CENTER);
    } else {
      JPanel bottomArea = new JPanel(new BorderLayout());
      ChartAreas.showChart(bottomArea, aleChart(ale), 3, ChartAreas.BAR_ROW)
          .setName("glasswing.ale");
      JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, topArea, bottomArea);
      split.setResizeWeight(0.6);
      area.add(split, BorderLayout.CENTER);
    }
    area.revalidate();
    area.repaint();
  }

  /** The centred ALE curve against the attribute's interval edges. */
  static JFreeChart aleChart(AleCurve curve) {
    XYSeries line = new XYSeries("accumulated local effect (centred)", false, true);
    double[] edges = curve.edges();
    double[] ale = curve.ale();
    for (int k = 0; k < edges.length; k++) {
      line.add(edges[k], ale[k]);
    }
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
    renderer.setSeriesPaint(0, ALE);
    renderer.setSeriesStroke(0, new BasicStroke(2.5f));
    NumberAxis x = new NumberAxis(curve.feature().name());
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = new NumberAxis("ALE of " + curve.output());
    XYPlot plot = new XYPlot(new XYSeriesCollection(line), x, y, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.PLAIN, 12), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /** Shows the H-statistic of every measured pair as a heat map. */
  void showInteractions(Interactions result) {
    List<Feature> top = topFeatures(result);
    Interaction strongest = result.pairs().isEmpty() ? null : result.pairs().get(0);
    title.setText(
        ChartAreas.twoLines(
            "Which attributes act together rather than alone ("
                + top.size()
                + " attributes with the widest partial dependence"
                + (strongest == null
                    ? ")"
                    : "; strongest: "
                        + strongest.first().name()
                        + " with "
                        + strongest.second().name()
                        + ", H "
                        + Numbers.format(strongest.h())
                        + ")"),
            "Each cell is Friedman's H-statistic of a pair, on the probability of "
                + result.output()
                + ": 0 (white) when the two effects simply add up, towards 1 (dark) when the"
                + " pair's effect is mostly their interaction. A dark cell means: read the two"
                + " attributes' PDPs together, not one at a time."));
    ChartAreas.showChart(area, heatMap(result), 2 * top.size(), 2 * ChartAreas.BAR_ROW)
        .setName("glasswing.interactions");
  }

  /** The measured attributes, in ranked order. */
  static List<Feature> topFeatures(Interactions result) {
    int n = 0;
    while (n < result.ranked().size() && measured(result, result.ranked().get(n))) {
      n++;
    }
    return result.ranked().subList(0, Math.max(n, Math.min(2, result.ranked().size())));
  }

  private static boolean measured(Interactions result, Feature feature) {
    return result.pairs().stream()
        .anyMatch(
            p ->
                p.first().name().equals(feature.name())
                    || p.second().name().equals(feature.name()));
  }

  /** The H value of a pair, or NaN when it was not measured. */
  static double h(Interactions result, Feature a, Feature b) {
    for (Interaction p : result.pairs()) {
      boolean same = p.first().name().equals(a.name()) && p.second().name().equals(b.name());
      boolean swapped = p.first().name().equals(b.name()) && p.second().name().equals(a.name());
      if (same || swapped) {
        return p.h();
      }
    }
    return Double.NaN;
  }

  private static JFreeChart heatMap(Interactions result) {
    List<Feature> top = topFeatures(result);
    int n = top.size();
    double[][] cells = new double[3][n * n];
    XYPlot plot = new XYPlot();
    int c = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double h = i == j ? Double.NaN : h(result, top.get(i), top.get(j));
        cells[0][c] = i;
        cells[1][c] = j;
        cells[2][c++] = h;
        if (!Double.isNaN(h)) {
          XYTextAnnotation label = new XYTextAnnotation(Numbers.format(h), i, j);
          label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
          label.setPaint(h > 0.5 ? Color.WHITE : Color.BLACK);
          plot.addAnnotation(label);
        }
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("H", cells);
    String[] names = top.stream().map(Feature::name).toArray(String[]::new);
    SymbolAxis x = new SymbolAxis(null, names);
    x.setVerticalTickLabels(true);
    SymbolAxis y = new SymbolAxis(null, names);
    y.setInverted(true);
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(new BlueScale());
    plot.setDataset(data);
    plot.setDomainAxis(x);
    plot.setRangeAxis(y);
    plot.setRenderer(renderer);
    plot.setBackgroundPaint(new Color(0xf4, 0xf4, 0xf4));
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.PLAIN, 12), plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /** White at H = 0 to dark blue at H = 1; grey where there is no value. */
  private static final class BlueScale implements PaintScale {

    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return 1;
    }

    @Override
    public Paint getPaint(double value) {
      if (Double.isNaN(value)) {
        return new Color(0xf4, 0xf4, 0xf4);
      }
      double t = Math.max(0, Math.min(1, value));
      return new Color(
          (int) Math.round(255 - t * (255 - 0x08)),
          (int) Math.round(255 - t * (255 - 0x30)),
          (int) Math.round(255 - t * (255 - 0x6b)));
    }
  }
}
