package org.glasswing.knime.audit;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableModel;
import org.knime.core.node.NodeView;

/**
 * The Audit Report Loop End's view: the last audit's findings (the report's summary, then the
 * sections not run), the page's path and a button that opens the page in the system browser. Before
 * an audit finished (and after a reset) it shows a one-line hint.
 */
public final class AuditReportNodeView extends NodeView<AuditLoopEndNodeModel> {

  /** What the view says while there is nothing to show. */
  static final String EMPTY = "Run the Audit Report loop to see the audit's findings.";

  /** The button's label. */
  static final String OPEN = "Open the report in the browser";

  /**
   * Creates the view and shows the model's current state.
   *
   * @param nodeModel the model
   */
  public AuditReportNodeView(AuditLoopEndNodeModel nodeModel) {
    super(nodeModel);
    modelChanged();
  }

  @Override
  protected void modelChanged() {
    AuditFindings f = getNodeModel().findings();
    setComponent(f == null ? new JLabel(EMPTY, SwingConstants.CENTER) : panel(f));
  }

  @Override
  protected void onOpen() {}

  @Override
  protected void onClose() {}

  /**
   * The findings table under the page's path and the button.
   *
   * @param f the findings
   * @return the panel
   */
  static Component panel(AuditFindings f) {
    JPanel panel = new JPanel(new BorderLayout());
    JPanel top = new JPanel(new BorderLayout());
    JLabel where = new JLabel(f.page().toString());
    top.add(where, BorderLayout.CENTER);
    JButton open = new JButton(OPEN);
    open.addActionListener(e -> where.setText(open(f.page())));
    top.add(open, BorderLayout.EAST);
    panel.add(top, BorderLayout.NORTH);
    DefaultTableModel model = new DefaultTableModel(new Object[] {"Section", "Tone", "Finding"}, 0);
    for (AuditFindings.Line line : f.lines()) {
      model.addRow(new Object[] {line.title(), line.tone(), line.text()});
    }
    JTable table = new JTable(model);
    table.setDefaultEditor(Object.class, null);
    panel.add(new JScrollPane(table), BorderLayout.CENTER);
    return panel;
  }

  /**
   * Asks the system browser to open the page.
   *
   * @param page the page
   * @return what the view then says, the path and whether it opened
   */
  static String open(Path page) {
    if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
      return page + " (this platform has no browser to open it; open the file yourself)";
    }
    try {
      Desktop.getDesktop().browse(page.toUri());
      return page.toString();
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return page + " (the browser could not be started: " + e.getMessage() + ")";
    }
  }
}
