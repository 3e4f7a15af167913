package org.glasswing.knime.audit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.knime.bridge.BridgeLoopEndModel;
import org.glasswing.knime.loop.LoopEndModel;
import org.glasswing.knime.table.Messages;
import org.glasswing.report.HtmlReportWriter;
import org.glasswing.report.Report;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import weka.core.Attribute;

/**
 * Audit Report Loop End: hands the predictor's scores of the rows its loop start sent back to the
 * audit, and once the audit has ended writes its report page (the same page as {@code glasswing
 * audit}, written whole or not at all) and returns its findings, one row each. The flow variable
 * {@value #PAGE_VARIABLE} holds the page's path.
 */
public final class AuditLoopEndNodeModel
    extends BridgeLoopEndModel<Report, AuditLoopStartNodeModel> {

  /** The flow variable holding the written page. */
  static final String PAGE_VARIABLE = "auditReport";

  private AuditFindings findings;

  /** Creates the model: one input (the predictions), one output (the findings). */
  public AuditLoopEndNodeModel() {
    super(AuditLoopStartNodeModel.class, "Audit Report", 1);
  }

  @Override
  protected DataTableSpec[] resultSpecs(DataTableSpec predictions, List<String> found) {
    return new DataTableSpec[] {AuditFindings.SPEC};
  }

  /**
   * The prediction columns in the order of the class's labels (one probability column per label),
   * or the one regression prediction column.
   */
  @Override
  protected List<String> outputs(List<String> found, AuditLoopStartNodeModel start)
      throws InvalidSettingsException {
    Attribute target = start.table().classAttribute();
    if (target.isNumeric()) {
      if (found.size() != 1) {
        throw new InvalidSettingsException(
            "the class '"
                + Messages.quoted(target.name())
                + "' is numeric, so the audit reads one prediction column, but "
                + found.size()
                + " were found ("
                + String.join(", ", found)
                + "); name it in the setting '"
                + LoopEndModel.PROBABILITY_COLUMNS
                + "'");
      }
      return found;
    }
    List<String> ordered = new ArrayList<>();
    for (int v = 0; v < target.numValues(); v++) {
      String suffix = "=" + target.value(v) + ")";
      List<String> matches = found.stream().filter(c -> c.endsWith(suffix)).toList();
      if (matches.size() != 1) {
        throw new InvalidSettingsException(
            (matches.isEmpty() ? "no" : "more than one")
                + " probability column for the class '"
                + Messages.quoted(target.value(v))
                + "' (a column named like 'P ("
                + Messages.quoted(target.name())
                + suffix
                + "'); the predictor must append its class probabilities (in KNIME's predictors:"
                + " \"Append individual class probabilities\"), or name the columns in the"
                + " setting '"
                + LoopEndModel.PROBABILITY_COLUMNS
                + "'");
      }
      ordered.add(matches.get(0));
    }
    return ordered;
  }

  @Override
  protected BufferedDataTable[] finish(
      Report report, List<String> outputs, AuditLoopStartNodeModel start, ExecutionContext exec)
      throws IOException {
    Path page = start.settings().reportFile();
    exec.setMessage("writing " + page);
    Files.createDirectories(page.getParent());
    new HtmlReportWriter().write(report, page);
    findings = AuditFindings.of(report, page);
    pushFlowVariableString(PAGE_VARIABLE, page.toString());
    return new BufferedDataTable[] {findings.table(exec)};
  }

  /**
   * What the view shows: the last finished audit's findings.
   *
   * @return the findings, or {@code null} before an audit finished (or after a reset)
   */
  AuditFindings findings() {
    return findings;
  }

  @Override
  protected void forget() {
    findings = null;
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec) throws IOException {
    findings = AuditFindings.load(nodeInternDir.toPath());
  }

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec) throws IOException {
    if (findings != null) {
      findings.save(nodeInternDir.toPath());
    }
  }
}
