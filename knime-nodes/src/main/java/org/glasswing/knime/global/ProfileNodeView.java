package org.glasswing.knime.global;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import org.glasswing.core.global.Profile;
import org.glasswing.report.LineCharts;
import org.jfree.chart.ChartPanel;
import org.knime.core.node.NodeView;

/**
 * The Partial Dependence Loop End's view: the chosen column's profile as the report draws it
 * ({@link LineCharts#profileChart}: the ICE curves in grey, the partial dependence in blue, a rug
 * of the rows' own values), with a choice of the profiled column. Before a loop finished (and after
 * a reset) it shows a one-line hint.
 */
public final class ProfileNodeView extends NodeView<ProfileLoopEndNodeModel> {

  /** What the view says while there is nothing to show. */
  static final String EMPTY = "Run the Partial Dependence loop to see the profiles.";

  /**
   * Creates the view and shows the model's current state.
   *
   * @param nodeModel the model
   */
  public ProfileNodeView(ProfileLoopEndNodeModel nodeModel) {
    super(nodeModel);
    modelChanged();
  }

  @Override
  protected void modelChanged() {
    List<Profile> profiles = getNodeModel().profiles();
    setComponent(
        profiles == null || profiles.isEmpty()
            ? new JLabel(EMPTY, SwingConstants.CENTER)
            : panel(profiles));
  }

  @Override
  protected void onOpen() {}

  @Override
  protected void onClose() {}

  /**
   * The choice of column above its chart.
   *
   * @param profiles the profiles
   * @return the panel
   */
  static Component panel(List<Profile> profiles) {
    JPanel panel = new JPanel(new BorderLayout());
    JComboBox<String> choice =
        new JComboBox<>(profiles.stream().map(p -> p.feature().name()).toArray(String[]::new));
    ChartPanel chart = new ChartPanel(chart(profiles.get(0)));
    choice.addActionListener(
        e -> chart.setChart(chart(profiles.get(Math.max(0, choice.getSelectedIndex())))));
    panel.add(choice, BorderLayout.NORTH);
    panel.add(chart, BorderLayout.CENTER);
    return panel;
  }

  private static org.jfree.chart.JFreeChart chart(Profile p) {
    return LineCharts.profileChart(p, p.output());
  }
}
