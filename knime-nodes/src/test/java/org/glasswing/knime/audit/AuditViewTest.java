package org.glasswing.knime.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knime.core.node.NodeHarness;

/**
 * The Audit Report Loop End's view shows a hint before an audit, then the findings with the page's
 * path and the open button, and shows the same findings after the node's internals were saved and
 * loaded (a workflow reload); the saved findings survive tabs, line breaks and backslashes.
 */
class AuditViewTest {

  @TempDir Path dir;

  private static <T> List<T> find(Component root, Class<T> type) {
    List<T> found = new ArrayList<>();
    if (type.isInstance(root)) {
      found.add(type.cast(root));
    }
    if (root instanceof Container c) {
      for (Component child : c.getComponents()) {
        found.addAll(find(child, type));
      }
    }
    return found;
  }

  @Test
  void theViewShowsTheFindingsAndReopensAfterAReload() throws Exception {
    AuditLoopEndNodeFactory factory = new AuditLoopEndNodeFactory();
    AuditLoopEndNodeModel empty = factory.createNodeModel();
    assertThat(NodeHarness.views(factory)).isEqualTo(1);
    assertThat(NodeHarness.refreshView(factory.createNodeView(0, empty)))
        .isInstanceOf(JLabel.class);

    AuditFindings findings =
        new AuditFindings(
            dir.resolve("report.html"),
            List.of(
                new AuditFindings.Line("performance", "How accurate", "FACT", "Accuracy 87.8%"),
                new AuditFindings.Line(
                    "conformal", "conformal", AuditFindings.NOT_RUN, "not run:\tno\\learner\n")));
    findings.save(dir);
    AuditLoopEndNodeModel reloaded = factory.createNodeModel();
    NodeHarness.loadInternals(reloaded, dir.toFile());
    assertThat(reloaded.findings()).isEqualTo(findings);

    Component shown = NodeHarness.refreshView(factory.createNodeView(0, reloaded));
    JTable table = find(shown, JTable.class).get(0);
    assertThat(table.getRowCount()).isEqualTo(2);
    assertThat(table.getValueAt(0, 2)).isEqualTo("Accuracy 87.8%");
    assertThat(table.getValueAt(1, 1)).isEqualTo(AuditFindings.NOT_RUN);
    assertThat(find(shown, JButton.class))
        .extracting(JButton::getText)
        .contains(AuditReportNodeView.OPEN);
    assertThat(find(shown, JLabel.class))
        .extracting(JLabel::getText)
        .contains(dir.resolve("report.html").toString());

    AuditLoopEndNodeModel none = factory.createNodeModel();
    NodeHarness.loadInternals(none, dir.resolve("nothing-saved").toFile());
    assertThat(none.findings()).isNull();
  }
}
