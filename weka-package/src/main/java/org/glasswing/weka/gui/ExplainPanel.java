package org.glasswing.weka.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTabbedPane;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.weka.explain.CatalogueSchemeOptions;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.gui.GenericObjectEditor;
import weka.gui.Logger;
import weka.gui.PropertyPanel;
import weka.gui.SysErrLog;
import weka.gui.TaskLogger;
import weka.gui.explorer.Explorer;

/**
 * The Explorer's "Explain" tab. The user picks a classifier (or takes the model selected in the
 * Classify tab's result list), a class attribute, a method and an instance; Start trains and
 * explains in a background thread, with progress in the Explorer's status bar, and shows which
 * attributes matter overall (mean |Shapley value|) and why the chosen instance got its prediction
 * (a waterfall), then how the prediction follows one chosen attribute (PDP/ICE), how well the
 * cross-validated probabilities are calibrated (a reliability diagram), and whether the method's
 * explanations pass the data-randomisation sanity check. Stop interrupts the thread. The Catalogue
 * view ({@link CatalogueView}) runs the catalogue's other methods for the same model; "Audit
 * report..." ({@link AuditReportAction}) writes the audit report.
 */
public class ExplainPanel extends JPanel implements Explorer.ExplorerPanel, Explorer.LogHandler {

  private static final long serialVersionUID = 1L;

  private static final int DEFAULT_GLOBAL_INSTANCES = 200;

  private transient Explorer explorer;
  private transient Logger log = new SysErrLog();
  private transient Instances instances;
  private transient Thread worker;

  private final GenericObjectEditor classifierEditor = new GenericObjectEditor();
  private final JCheckBox fromClassifyTab =
      new JCheckBox("Explain the model selected in the Classify tab's result list instead");
  private final transient TestSetChoice testSet = new TestSetChoice();
  private final JComboBox<String> classCombo = new JComboBox<>();
  private final JComboBox<String> profileCombo = new JComboBox<>();
  private final JComboBox<String> methodCombo =
      new JComboBox<>(new CatalogueSchemeOptions().methodNames().toArray(new String[0]));
  private final SpinnerNumberModel instanceModel = new SpinnerNumberModel(1, 1, 1, 1);
  private final SpinnerNumberModel globalModel =
      new SpinnerNumberModel(DEFAULT_GLOBAL_INSTANCES, 1, 1_000_000, 50);
  private final JButton start = new JButton("Start");
  private final JButton stop = new JButton("Stop");
  private final JLabel summary = new JLabel(" ");
  private final JTabbedPane views = new JTabbedPane();
  private final ExplainViews explainViews = new ExplainViews();
  private final transient CatalogueView catalogue =
      new CatalogueView(
          this::subject,
          () -> log,
          () -> instanceModel.getNumber().intValue(),
          instanceModel::setValue);
  private final JButton audit = new JButton("Audit report...");
  private final transient AuditReportAction auditAction =
      new AuditReportAction(this, () -> log, this::updateEnabled);

  /** Creates the tab; Weka's Explorer calls this. */
  public ExplainPanel() {
    super(new BorderLayout());
    classifierEditor.setClassType(Classifier.class);
    classifierEditor.setValue(new J48());
    start.setName("glasswing.start");
    stop.setName("glasswing.stop");
    summary.setName("glasswing.summary");
    classCombo.setName("glasswing.class");
    methodCombo.setName("glasswing.method");
    profileCombo.setName("glasswing.profileAttribute");
    views.setName("glasswing.views");
    fromClassifyTab.setName("glasswing.fromClassifyTab");
    start.setToolTipText("Train the classifier and explain its predictions");
    stop.setToolTipText("Stop the running explanation");
    start.setEnabled(false);
    stop.setEnabled(false);
    audit.setName("glasswing.audit");
    audit.setToolTipText(
        "Write the audit report (the same page as 'glasswing audit') and open it in the browser");
    audit.setEnabled(false);
    start.addActionListener(e -> startExplaining());
    stop.addActionListener(e -> stopExplaining());
    audit.addActionListener(e -> startAudit());
    fromClassifyTab.addActionListener(e -> updateEnabled());
    add(settings(), BorderLayout.NORTH);
    explainViews.addTo(views);
    views.addTab("Catalogue", catalogue.component());
    add(views, BorderLayout.CENTER);
    summary.setBorder(BorderFactory.createEmptyBorder(2, 8, 4, 8));
    add(summary, BorderLayout.SOUTH);
  }

  private JPanel settings() {
    JPanel panel = new JPanel(new GridBagLayout());
    panel.setBorder(
        BorderFactory.createCompoundBorder(
            BorderFactory.createTitledBorder("Explain a classifier with Shapley values"),
            BorderFactory.createEmptyBorder(0, 4, 4, 4)));
    GridBagConstraints c = new GridBagConstraints();
    c.insets = new Insets(2, 4, 2, 4);
    c.anchor = GridBagConstraints.WEST;
    c.gridy = 0;
    c.gridx = 0;
    panel.add(new JLabel("Classifier"), c);
    c.gridx = 1;
    c.weightx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    c.gridwidth = 1;
    PropertyPanel chooser = new PropertyPanel(classifierEditor);
    chooser.setName("glasswing.classifier");
    panel.add(chooser, c);
    c.gridy = 1;
    c.gridx = 1;
    c.fill = GridBagConstraints.NONE;
    JPanel classify = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
    classify.add(fromClassifyTab);
    classify.add(testSet.component());
    panel.add(classify, c);

    JPanel model = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
    model.add(new JLabel("Class"));
    model.add(classCombo);
    model.add(new JLabel("   Method"));
    methodCombo.setToolTipText(new CatalogueSchemeOptions().tipText("method"));
    model.add(methodCombo);
    c.gridy = 2;
    c.gridx = 0;
    c.gridwidth = 2;
    c.weightx = 1;
    c.fill = GridBagConstraints.HORIZONTAL;
    panel.add(model, c);

    JPanel rows = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
    rows.add(new JLabel("Instance"));
    JSpinner instance = ChartAreas.spinner(instanceModel, "glasswing.instance");
    instance.setToolTipText("The instance (its number in the Preprocess data) to explain");
    rows.add(instance);
    rows.add(new JLabel("   Importance over"));
    JSpinner global = ChartAreas.spinner(globalModel, "glasswing.globalInstances");
    global.setToolTipText("How many instances, sampled at random, the importance averages over");
    rows.add(global);
    rows.add(new JLabel("instances"));
    rows.add(new JLabel("   PDP/ICE of"));
    profileCombo.setToolTipText("The attribute whose partial dependence and ICE curves are drawn");
    rows.add(profileCombo);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.add(start);
    buttons.add(audit);
    buttons.add(stop);
    JPanel line = new JPanel(new BorderLayout());
    line.add(rows, BorderLayout.CENTER);
    line.add(buttons, BorderLayout.EAST);
    c.gridy = 3;
    panel.add(line, c);
    return panel;
  }

  @Override
  public void setExplorer(Explorer parent) {
    explorer = parent;
  }

  @Override
  public Explorer getExplorer() {
    return explorer;
  }

  @Override
  public void setLog(Logger newLog) {
    log = newLog;
  }

  @Override
  public void setInstances(Instances inst) {
    instances = inst;
    classCombo.setModel(new DefaultComboBoxModel<>(AttributeNames.typed(inst)));
    int classIndex = inst.classIndex() >= 0 ? inst.classIndex() : inst.numAttributes() - 1;
    classCombo.setSelectedIndex(classIndex);
    String[] plain = AttributeNames.plain(inst);
    profileCombo.setModel(new DefaultComboBoxModel<>(plain));
    profileCombo.setSelectedIndex(classIndex == 0 && plain.length > 1 ? 1 : 0);
    instanceModel.setMaximum(Math.max(1, inst.numInstances()));
    instanceModel.setValue(1);
    updateEnabled();
  }

  private void updateEnabled() {
    boolean running = worker != null || auditAction.running();
    boolean data = instances != null && instances.numInstances() > 0;
    start.setEnabled(!running && data);
    audit.setEnabled(!running && data);
    stop.setEnabled(running);
    classCombo.setEnabled(!running && !fromClassifyTab.isSelected());
    testSet.setEnabled(!running && fromClassifyTab.isSelected());
    profileCombo.setEnabled(!running);
  }

  @Override
  public String getTabTitle() {
    return "Explain";
  }

  @Override
  public String getTabTitleToolTip() {
    return "Explain a classifier's predictions with Shapley values (Glasswing)";
  }

  /** The classifier and data the settings choose; null, after saying why, when there is none. */
  private ExplainSubject subject() {
    try {
      return fromClassifyTab.isSelected()
          ? ExplainSubject.fromClassifyTab(explorer, instances, testSet)
          : ExplainSubject.toTrain(
              (Classifier) classifierEditor.getValue(), instances, classCombo.getSelectedIndex());
    } catch (IllegalArgumentException e) {
      fail(e.getMessage());
      return null;
    }
  }

  /** Asks for a directory and writes the audit report there, as "Audit report..." does. */
  public synchronized void startAudit() {
    if (worker != null || instances == null || auditAction.running()) {
      return;
    }
    ExplainSubject subject = subject();
    if (subject != null) {
      auditAction.choose(subject);
    }
  }

  /**
   * Writes the audit report into a directory without asking, in the background.
   *
   * @param directory where the page goes
   * @param open whether to open it in the browser when done
   */
  public synchronized void startAudit(java.nio.file.Path directory, boolean open) {
    if (worker != null || instances == null || auditAction.running()) {
      return;
    }
    ExplainSubject subject = subject();
    if (subject != null) {
      auditAction.start(subject, directory, open);
    }
  }

  /**
   * Explains the model selected in the Classify tab's result list, as "Explain this model" does.
   */
  public synchronized void explainClassifyTabModel() {
    fromClassifyTab.setSelected(true);
    updateEnabled();
    startExplaining();
  }

  /** Starts explaining in a background thread, as the Start button does. */
  public synchronized void startExplaining() {
    if (worker != null || instances == null || auditAction.running()) {
      return;
    }
    ExplainSubject subject = subject();
    if (subject == null) {
      return;
    }
    Classifier classifier = subject.classifier();
    boolean trained = subject.trained();
    Instances data = subject.data();
    int instanceNumber = instanceModel.getNumber().intValue();
    int globalInstances = globalModel.getNumber().intValue();
    String method = (String) methodCombo.getSelectedItem();
    int profiled = profileCombo.getSelectedIndex();
    String name = classifier.getClass().getSimpleName();
    worker =
        new Thread(
            () ->
                run(
                    classifier,
                    trained,
                    data,
                    new Choices(instanceNumber, method, globalInstances, profiled),
                    name),
            "Glasswing explain");
    worker.setPriority(Thread.MIN_PRIORITY);
    updateEnabled();
    summary.setForeground(Color.DARK_GRAY);
    summary.setText("Explaining " + name + "...");
    worker.start();
  }

  /** Interrupts the running explanation or audit report, as the Stop button does. */
  public synchronized void stopExplaining() {
    auditAction.stop();
    catalogue.stop();
    if (worker != null) {
      worker.interrupt();
      log.statusMessage("Stopping the explanation...");
    }
  }

  /** What the user chose besides the classifier and data. */
  private record Choices(int instanceNumber, String method, int globalInstances, int profiled) {}

  private void run(
      Classifier classifier, boolean trained, Instances data, Choices choices, String name) {
    int instanceNumber = choices.instanceNumber();
    if (log instanceof TaskLogger tasks) {
      tasks.taskStarted();
    }
    try {
      log.statusMessage(trained ? "Explaining " + name + "..." : "Training " + name + "...");
      StatusProgress progress = new StatusProgress(log, "Explaining " + name);
      Classifier model = classifier;
      if (!trained) {
        model = AbstractClassifier.makeCopy(classifier);
        model.buildClassifier(new Instances(data));
      }
      ExplorerExplanation result =
          ExplorerExplanation.compute(
              model,
              true,
              data,
              instanceNumber,
              choices.method(),
              choices.globalInstances(),
              progress);
      log.logMessage(
          "Explained "
              + result.classifier()
              + " with "
              + result.description()
              + ": importance over "
              + result.importance().count()
              + " instances, and instance "
              + instanceNumber);
      SwingUtilities.invokeLater(() -> show(result));
      explainViews.diagnostics(log, model, data, choices.profiled(), choices.method(), result);
      log.statusMessage("OK");
    } catch (InterruptedException | CancelledException e) {
      log.logMessage("Explanation of " + name + " stopped");
      log.statusMessage("Explanation stopped");
      SwingUtilities.invokeLater(() -> setSummary("Stopped.", Color.DARK_GRAY));
    } catch (Exception e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (Thread.currentThread().isInterrupted()) {
        log.statusMessage("Explanation stopped");
        SwingUtilities.invokeLater(() -> setSummary("Stopped.", Color.DARK_GRAY));
      } else {
        log.logMessage("Explain failed: " + message);
        log.statusMessage("Explain failed; see the log");
        SwingUtilities.invokeLater(() -> setSummary("Problem: " + message, new Color(0xb00020)));
      }
    } finally {
      if (log instanceof TaskLogger tasks) {
        tasks.taskFinished();
      }
      synchronized (this) {
        worker = null;
      }
      SwingUtilities.invokeLater(this::updateEnabled);
    }
  }

  private void fail(String message) {
    log.statusMessage("Explain: " + message);
    setSummary("Problem: " + message, new Color(0xb00020));
  }

  private void setSummary(String text, Color color) {
    summary.setForeground(color);
    summary.setText(text);
  }

  private void show(ExplorerExplanation result) {
    explainViews.show(result);
    setSummary(result.classifier() + "  |  " + result.description(), Color.DARK_GRAY);
  }
}
