package org.glasswing.weka.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Rectangle;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JViewport;
import javax.swing.Scrollable;

/**
 * Holds a chart in a scroll pane: as wide as the view, and as tall as the view but never shorter
 * than the chart needs for its labels not to overlap (then the view scrolls).
 */
final class ChartHolder extends JPanel implements Scrollable {

  private static final long serialVersionUID = 1L;

  private final int minimumHeight;

  ChartHolder(JComponent chart, int minimumHeight) {
    super(new BorderLayout());
    this.minimumHeight = minimumHeight;
    add(chart, BorderLayout.CENTER);
  }

  @Override
  public Dimension getPreferredSize() {
    return new Dimension(300, minimumHeight);
  }

  @Override
  public Dimension getPreferredScrollableViewportSize() {
    return getPreferredSize();
  }

  @Override
  public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
    return 16;
  }

  @Override
  public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
    return Math.max(16, visible.height - 16);
  }

  @Override
  public boolean getScrollableTracksViewportWidth() {
    return true;
  }

  @Override
  public boolean getScrollableTracksViewportHeight() {
    return getParent() instanceof JViewport viewport && viewport.getHeight() > minimumHeight;
  }
}
