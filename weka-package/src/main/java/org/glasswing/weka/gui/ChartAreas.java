package org.glasswing.weka.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.ScrollPaneConstants;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;

/**
 * How the Explain tab lays out its views: a two-line title (what the view shows, then how to read
 * it) over an area that holds a message or a chart drawn at its real size.
 */
final class ChartAreas {

  /** Room for axes, legend and margins, in pixels; each bar or step adds a row height. */
  static final int CHART_FRAME = 110;

  /** The height of one bar. */
  static final int BAR_ROW = 20;

  /** The height of one waterfall step. */
  static final int STEP_ROW = 34;

  private ChartAreas() {}

  /** A bold heading over a plain line, as HTML for a label. */
  static String twoLines(String heading, String detail) {
    return "<html><b>"
        + escape(heading)
        + "</b><br><span style='font-weight:normal'>"
        + escape(detail)
        + "</span></html>";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** A title label. */
  static JLabel title(String text) {
    JLabel label = new JLabel(text);
    label.setFont(label.getFont().deriveFont(Font.PLAIN));
    label.setBorder(BorderFactory.createEmptyBorder(4, 6, 2, 6));
    return label;
  }

  /** A title over an area. */
  static JPanel titled(JLabel heading, JComponent area) {
    JPanel panel = new JPanel(new BorderLayout());
    panel.add(heading, BorderLayout.NORTH);
    panel.add(area, BorderLayout.CENTER);
    return panel;
  }

  /** Replaces an area's content by a grey message. */
  static void showMessage(JPanel area, String text) {
    area.removeAll();
    JLabel label = new JLabel(text, SwingConstants.CENTER);
    label.setForeground(Color.DARK_GRAY);
    area.add(label, BorderLayout.CENTER);
    area.revalidate();
    area.repaint();
  }

  /**
   * Replaces an area's content by a component that scrolls: vertically, and horizontally when it is
   * wider than the view (a wide table, a deep tree); charts follow the view's width instead.
   */
  static void showComponent(JPanel area, JComponent component) {
    area.removeAll();
    JScrollPane scroll = new JScrollPane(component);
    scroll.setBorder(BorderFactory.createEmptyBorder());
    scroll.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_AS_NEEDED);
    scroll.getVerticalScrollBar().setUnitIncrement(16);
    scroll.getHorizontalScrollBar().setUnitIncrement(16);
    area.add(scroll, BorderLayout.CENTER);
    area.revalidate();
    area.repaint();
  }

  /** Replaces an area's content by a chart, as tall as its rows need. */
  static ChartPanel showChart(JPanel area, JFreeChart chart, int rows, int rowHeight) {
    ChartPanel panel = new ChartPanel(chart);
    panel.setName("glasswing.chart");
    // Redraw at the real size rather than scaling a fixed-size drawing (blurry, tiny fonts).
    panel.setMinimumDrawWidth(10);
    panel.setMinimumDrawHeight(10);
    panel.setMaximumDrawWidth(4000);
    panel.setMaximumDrawHeight(4000);
    showComponent(area, new ChartHolder(panel, CHART_FRAME + rows * rowHeight));
    return panel;
  }

  /** A spinner with a name and a five-column field. */
  static JSpinner spinner(SpinnerNumberModel model, String name) {
    JSpinner spinner = new JSpinner(model);
    spinner.setName(name);
    if (spinner.getEditor() instanceof JSpinner.DefaultEditor editor) {
      editor.getTextField().setColumns(5);
    }
    return spinner;
  }
}
