package org.glasswing.knime.audit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.knime.loop.LoopEndModel;
import org.glasswing.knime.table.LoopAnswers;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.SettingsCheck;
import org.glasswing.report.HtmlReportWriter;
import org.glasswing.report.Report;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.workflow.LoopEndNode;
import org.knime.core.node.workflow.LoopStartNode;
import weka.core.Attribute;

/**
 * Audit Report Loop End: hands the predictor's scores of the rows its loop start sent back to the
 * audit, and once the audit has ended writes its report page (the same page as {@code glasswing
 * audit}, written whole or not at all) and returns its findings, one row each. The flow variable
 * {@value #PAGE_VARIABLE} holds the page's path.
 */
public final class AuditLoopEndNodeModel extends NodeModel implements LoopEndNode {

  /** The flow variable holding the written page. */
  static final String PAGE_VARIABLE = "auditReport";

  private final SettingsModelString probabilityColumns = LoopEndModel.probabilityColumnsModel();
  private AuditFindings findings;
  private long requests;
  private long predictedRows;

  /** Creates the model: one input (the predictions), one output (the findings). */
  public AuditLoopEndNodeModel() {
    super(1, 1);
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    start();
    LoopAnswers.probabilityColumns(inSpecs[0], probabilityColumns.getStringValue());
    return new DataTableSpec[] {AuditFindings.SPEC};
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec)
      throws Exception {
    AuditLoopStartNodeModel start = start();
    AuditSession session = start.session();
    if (session == null || !session.bridge().awaitingAnswer()) {
      throw new IllegalStateException(
          "the Audit Report Loop Start has not sent out rows for this iteration");
    }
    double[][] answers;
    try {
      List<String> outputs = outputs(inData[0].getDataTableSpec(), session);
      answers = LoopAnswers.read(inData[0], outputs, start.sentKeys(), exec);
    } catch (InvalidSettingsException | IllegalArgumentException e) {
      session.cancel();
      start.ended();
      throw e;
    }
    session.bridge().answer(answers);
    if (session.bridge().awaitRequestOrEnd(exec)) {
      exec.setProgress(session.progress());
      continueLoop();
      return new BufferedDataTable[1];
    }
    start.ended();
    requests = session.bridge().requests();
    predictedRows = session.bridge().sentRows();
    Report report = session.report();
    Path page = start.settings().reportFile();
    exec.setMessage("writing " + page);
    Files.createDirectories(page.getParent());
    new HtmlReportWriter().write(report, page);
    findings = AuditFindings.of(report, page);
    pushFlowVariableString(PAGE_VARIABLE, page.toString());
    exec.setMessage(
        "report written; the predictor scored "
            + predictedRows
            + " rows in "
            + requests
            + " rounds");
    return new BufferedDataTable[] {findings.table(exec)};
  }

  /**
   * The prediction columns in the order of the class's labels (one probability column per label),
   * or the one regression prediction column.
   */
  private List<String> outputs(DataTableSpec spec, AuditSession session)
      throws InvalidSettingsException {
    List<String> found = LoopAnswers.probabilityColumns(spec, probabilityColumns.getStringValue());
    Attribute target = session.table().classAttribute();
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

  private AuditLoopStartNodeModel start() throws InvalidSettingsException {
    LoopStartNode head = getLoopStartNode();
    if (!(head instanceof AuditLoopStartNodeModel start)) {
      throw new InvalidSettingsException(
          head == null
              ? "Audit Report Loop End needs an Audit Report Loop Start at the head of its loop"
              : "the loop starts with "
                  + head.getClass().getSimpleName()
                  + "; Audit Report Loop End needs an Audit Report Loop Start");
    }
    return start;
  }

  /**
   * What the view shows: the last finished audit's findings.
   *
   * @return the findings, or {@code null} before an audit finished (or after a reset)
   */
  AuditFindings findings() {
    return findings;
  }

  /**
   * How many distinct rows the last finished audit had the predictor score, in how many rounds.
   *
   * @return {rows, rounds}
   */
  long[] predicted() {
    return new long[] {predictedRows, requests};
  }

  @Override
  protected void reset() {
    findings = null;
    requests = 0;
    predictedRows = 0;
  }

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    probabilityColumns.saveSettingsTo(settings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) throws InvalidSettingsException {
    SettingsCheck.validate(settings, LoopEndModel.PROBABILITY_COLUMNS, probabilityColumns);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings)
      throws InvalidSettingsException {
    probabilityColumns.loadSettingsFrom(settings);
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
