package org.glasswing.knime.loop;

import java.awt.Component;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.glasswing.report.SvgCharts;
import org.glasswing.report.Waterfall;
import org.jfree.chart.ChartPanel;
import org.knime.core.node.NodeView;

/**
 * An explainer loop end's view: the mean absolute attribution of every feature (importance bars)
 * beside the first explained row's waterfall from the base value to the prediction, both drawn by
 * the report's charts, for the first prediction column. The data is kept with the node, so the view
 * reopens after the workflow is saved and loaded.
 *
 * @param <T> the loop end's model type
 */
public final class AttributionNodeView<T extends LoopEndModel<?>> extends NodeView<T> {

  /** What the view says while there is nothing to show. */
  static final String EMPTY = "Execute the loop to see its attributions.";

  /**
   * Creates the view and shows the model's current state.
   *
   * @param nodeModel the model
   */
  public AttributionNodeView(T nodeModel) {
    super(nodeModel);
    modelChanged();
  }

  @Override
  protected void modelChanged() {
    AttributionSummary s = getNodeModel().attributionSummary();
    setComponent(s == null ? new JLabel(EMPTY, SwingConstants.CENTER) : panel(s));
  }

  @Override
  protected void onOpen() {}

  @Override
  protected void onClose() {}

  /**
   * The two charts side by side.
   *
   * @param s the summary
   * @return the panel
   */
  static Component panel(AttributionSummary s) {
    List<SvgCharts.Bar> bars = new ArrayList<>();
    for (int f = 0; f < s.features().size(); f++) {
      bars.add(new SvgCharts.Bar(s.features().get(f), s.meanAbsolute()[f], Double.NaN));
    }
    bars.sort((a, b) -> Double.compare(b.value(), a.value()));
    JPanel panel = new JPanel(new GridLayout(1, 2));
    panel.add(
        new ChartPanel(SvgCharts.horizontalBarsChart(bars, "mean |attribution| on " + s.output())));
    panel.add(
        new ChartPanel(SvgCharts.waterfallChart(Waterfall.of(s.firstRow()), "row " + s.rowKey())));
    return panel;
  }
}
