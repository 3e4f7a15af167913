package org.glasswing.weka.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.GlobalImportance;
import org.glasswing.core.global.Profile;
import org.glasswing.core.sanity.CheckResult;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.report.Numbers;
import org.glasswing.report.OutputKind;
import org.glasswing.report.SvgCharts;
import org.glasswing.report.Waterfall;
import org.glasswing.weka.explain.CatalogueSchemeOptions;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.trees.J48;
import weka.core.Attribute;
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
 * explanations pass the data-randomisation sanity check. Stop interrupts the thread.
 */
public class ExplainPanel extends JPanel implements Explorer.ExplorerPanel, Explorer.LogHandler {

  private static final long serialVersionUID = 1L;

  /** The most attributes the importance chart shows. */
  public static final int MAX_BARS = 25;

  private static final int DEFAULT_GLOBAL_INSTANCES = 200;

  /** Room for axes, legend and margins, in pixels; each bar or step adds a row height. */
  private static final int CHART_FRAME = 110;

  private static final int BAR_ROW = 20;
  private static final int STEP_ROW = 34;

  private transient Explorer explorer;
  private transient Logger log = new SysErrLog();
  private transient Instances instances;
  private transient Thread worker;

  private final GenericObjectEditor classifierEditor = new GenericObjectEditor();
  private final JCheckBox fromClassifyTab =
      new JCheckBox("Explain the model selected in the Classify tab's result list instead");
  private final JComboBox<String> classCombo = new JComboBox<>();
  private final JComboBox<String> profileCombo = new JComboBox<>();
  private final JComboBox<String> methodCombo =
      new JComboBox<>(new CatalogueSchemeOptions().methodNames().toArray(new String[0]));
  private final SpinnerNumberModel instanceModel = new SpinnerNumberModel(1, 1, 1, 1);
  private final SpinnerNumberModel globalModel =
      new SpinnerNumberModel(DEFAULT_GLOBAL_INSTANCES, 1, 1_000_000, 50);
  private final JButton start = new JButton("Start");
  private final JButton stop = new JButton("Stop");
  private final JLabel globalTitle =
      title(twoLines("Which attributes matter overall", "mean |Shapley value|"));
  private final JLabel localTitle =
      title(twoLines("Why one instance got its prediction", "a waterfall of its Shapley values"));
  private final JPanel globalArea = new JPanel(new BorderLayout());
  private final JPanel localArea = new JPanel(new BorderLayout());
  private final JLabel summary = new JLabel(" ");
  private final JTabbedPane views = new JTabbedPane();
  private final JLabel profileTitle =
      title(twoLines("How the prediction follows one attribute", "partial dependence and ICE"));
  private final JLabel reliabilityTitle =
      title(twoLines("Are the probabilities calibrated", "reliability of cross-validation"));
  private final JLabel sanityTitle =
      title(twoLines("Do the explanations reflect what the model learnt", "sanity check"));
  private final JPanel profileArea = new JPanel(new BorderLayout());
  private final JPanel reliabilityArea = new JPanel(new BorderLayout());
  private final JPanel sanityArea = new JPanel(new BorderLayout());

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
    start.addActionListener(e -> startExplaining());
    stop.addActionListener(e -> stopExplaining());
    fromClassifyTab.addActionListener(e -> updateEnabled());
    add(settings(), BorderLayout.NORTH);
    add(charts(), BorderLayout.CENTER);
    summary.setBorder(BorderFactory.createEmptyBorder(2, 8, 4, 8));
    add(summary, BorderLayout.SOUTH);
    showMessage(globalArea, "Load data in the Preprocess tab, then press Start.");
    showMessage(localArea, " ");
    showMessage(profileArea, " ");
    showMessage(reliabilityArea, " ");
    showMessage(sanityArea, " ");
  }

  private static String twoLines(String heading, String detail) {
    return "<html><b>"
        + escape(heading)
        + "</b><br><span style='font-weight:normal'>"
        + escape(detail)
        + "</span></html>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static JLabel title(String text) {
    JLabel label = new JLabel(text);
    label.setFont(label.getFont().deriveFont(Font.PLAIN));
    label.setBorder(BorderFactory.createEmptyBorder(4, 6, 2, 6));
    return label;
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
    panel.add(fromClassifyTab, c);

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
    JSpinner instance = spinner(instanceModel, "glasswing.instance");
    instance.setToolTipText("The instance (its number in the Preprocess data) to explain");
    rows.add(instance);
    rows.add(new JLabel("   Importance over"));
    JSpinner global = spinner(globalModel, "glasswing.globalInstances");
    global.setToolTipText("How many instances, sampled at random, the importance averages over");
    rows.add(global);
    rows.add(new JLabel("instances"));
    rows.add(new JLabel("   PDP/ICE of"));
    profileCombo.setToolTipText("The attribute whose partial dependence and ICE curves are drawn");
    rows.add(profileCombo);
    JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
    buttons.add(start);
    buttons.add(stop);
    JPanel line = new JPanel(new BorderLayout());
    line.add(rows, BorderLayout.CENTER);
    line.add(buttons, BorderLayout.EAST);
    c.gridy = 3;
    panel.add(line, c);
    return panel;
  }

  private static JSpinner spinner(SpinnerNumberModel model, String name) {
    JSpinner spinner = new JSpinner(model);
    spinner.setName(name);
    if (spinner.getEditor() instanceof JSpinner.DefaultEditor editor) {
      editor.getTextField().setColumns(5);
    }
    return spinner;
  }

  private JComponent charts() {
    JPanel left = new JPanel(new BorderLayout());
    left.add(globalTitle, BorderLayout.NORTH);
    left.add(globalArea, BorderLayout.CENTER);
    JPanel right = new JPanel(new BorderLayout());
    right.add(localTitle, BorderLayout.NORTH);
    right.add(localArea, BorderLayout.CENTER);
    JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
    split.setResizeWeight(0.45);
    split.setBorder(BorderFactory.createEmptyBorder(2, 2, 2, 2));
    views.addTab("Importance and instance", split);
    views.addTab("PDP / ICE", titled(profileTitle, profileArea));
    views.addTab("Reliability", titled(reliabilityTitle, reliabilityArea));
    views.addTab("Sanity checks", titled(sanityTitle, sanityArea));
    return views;
  }

  private static JPanel titled(JLabel heading, JPanel area) {
    JPanel panel = new JPanel(new BorderLayout());
    panel.add(heading, BorderLayout.NORTH);
    panel.add(area, BorderLayout.CENTER);
    return panel;
  }

  private static void showMessage(JPanel area, String text) {
    area.removeAll();
    JLabel label = new JLabel(text, SwingConstants.CENTER);
    label.setForeground(Color.DARK_GRAY);
    area.add(label, BorderLayout.CENTER);
    area.revalidate();
    area.repaint();
  }

  private static void showChart(JPanel area, JFreeChart chart, int rows, int rowHeight) {
    area.removeAll();
    ChartPanel panel = new ChartPanel(chart);
    // Redraw at the real size rather than scaling a fixed-size drawing (blurry, tiny fonts).
    panel.setMinimumDrawWidth(10);
    panel.setMinimumDrawHeight(10);
    panel.setMaximumDrawWidth(4000);
    panel.setMaximumDrawHeight(4000);
    ChartHolder holder = new ChartHolder(panel, CHART_FRAME + rows * rowHeight);
    JScrollPane scroll = new JScrollPane(holder);
    scroll.setBorder(BorderFactory.createEmptyBorder());
    scroll.setHorizontalScrollBarPolicy(ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
    scroll.getVerticalScrollBar().setUnitIncrement(16);
    area.add(scroll, BorderLayout.CENTER);
    area.revalidate();
    area.repaint();
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
    List<String> names = new ArrayList<>();
    for (int a = 0; a < inst.numAttributes(); a++) {
      Attribute attribute = inst.attribute(a);
      String type =
          attribute.isNominal() ? "(Nom) " : attribute.isNumeric() ? "(Num) " : "(Other) ";
      names.add(type + attribute.name());
    }
    classCombo.setModel(new DefaultComboBoxModel<>(names.toArray(String[]::new)));
    int classIndex = inst.classIndex() >= 0 ? inst.classIndex() : inst.numAttributes() - 1;
    classCombo.setSelectedIndex(classIndex);
    List<String> plain = new ArrayList<>();
    for (int a = 0; a < inst.numAttributes(); a++) {
      plain.add(inst.attribute(a).name());
    }
    profileCombo.setModel(new DefaultComboBoxModel<>(plain.toArray(String[]::new)));
    profileCombo.setSelectedIndex(classIndex == 0 && plain.size() > 1 ? 1 : 0);
    instanceModel.setMaximum(Math.max(1, inst.numInstances()));
    instanceModel.setValue(1);
    updateEnabled();
  }

  private void updateEnabled() {
    boolean running = worker != null;
    start.setEnabled(!running && instances != null && instances.numInstances() > 0);
    stop.setEnabled(running);
    classCombo.setEnabled(!running && !fromClassifyTab.isSelected());
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

  /** Starts explaining in a background thread, as the Start button does. */
  public synchronized void startExplaining() {
    if (worker != null || instances == null) {
      return;
    }
    Instances data = new Instances(instances);
    Classifier classifier;
    boolean trained;
    ModelFromClassifyTab model = null;
    if (fromClassifyTab.isSelected()) {
      model = ModelFromClassifyTab.selected(explorer);
      if (model == null) {
        fail(
            "select a result in the Classify tab's result list first (its model is kept when"
                + " 'Output model' is on)");
        return;
      }
      String mismatch = model.mismatch(data);
      if (mismatch != null) {
        fail(mismatch);
        return;
      }
      data.setClassIndex(model.header().classIndex());
      classifier = model.classifier();
      trained = true;
    } else {
      data.setClassIndex(classCombo.getSelectedIndex());
      classifier = (Classifier) classifierEditor.getValue();
      trained = false;
    }
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

  /** Interrupts the running explanation, as the Stop button does. */
  public synchronized void stopExplaining() {
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
      diagnostics(model, data, choices, result, name);
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

  /**
   * Computes the further views one after the other, showing each as soon as it is ready; a view
   * that does not apply (such as the reliability of a numeric class) shows why in its place.
   */
  private void diagnostics(
      Classifier model, Instances data, Choices choices, ExplorerExplanation result, String name)
      throws InterruptedException {
    int output = data.classAttribute().isNominal() ? result.local().targetIndex() : 0;
    String outputName = result.local().target();
    stage(
        profileArea,
        () ->
            ExplorerDiagnostics.profile(
                model,
                data,
                choices.profiled(),
                output,
                new StatusProgress(log, "PDP/ICE of " + data.attribute(choices.profiled()).name())),
        profile -> showProfile(profile, result.numericClass(), outputName));
    stage(
        reliabilityArea,
        () ->
            ExplorerDiagnostics.reliability(
                model,
                data,
                new StatusProgress(
                    log, ExplorerDiagnostics.FOLDS + "-fold cross-validation of " + name)),
        this::showReliability);
    stage(
        sanityArea,
        () ->
            ExplorerDiagnostics.sanity(
                model, data, choices.method(), new StatusProgress(log, "Sanity check of " + name)),
        this::showSanity);
  }

  /** One computation of a further view. */
  private interface Stage<T> {
    T compute() throws Exception;
  }

  private <T> void stage(JPanel area, Stage<T> stage, java.util.function.Consumer<T> show)
      throws InterruptedException {
    SwingUtilities.invokeLater(() -> showMessage(area, "Computing..."));
    try {
      T value = stage.compute();
      SwingUtilities.invokeLater(() -> show.accept(value));
    } catch (CancelledException e) {
      throw e;
    } catch (Exception e) {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException("stopped");
      }
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      log.logMessage("Explain tab: " + message);
      SwingUtilities.invokeLater(() -> showMessage(area, "Not shown: " + message));
    }
    if (Thread.currentThread().isInterrupted()) {
      throw new InterruptedException("stopped");
    }
  }

  private void showProfile(Profile profile, boolean numericClass, String output) {
    String what = numericClass ? "predicted " + output : "probability of " + output;
    profileTitle.setText(
        twoLines(
            "How the " + what + " follows " + profile.feature().name(),
            "thin grey: one instance each (ICE, "
                + profile.ice().length
                + " instances); thick blue: their mean (partial dependence)"));
    showChart(
        profileArea, DiagnosticCharts.profileChart(profile, what, !numericClass), 12, BAR_ROW);
  }

  private void showReliability(CalibrationMetrics metrics) {
    reliabilityTitle.setText(
        twoLines(
            "Are the probabilities calibrated",
            ExplorerDiagnostics.FOLDS
                + "-fold cross-validation over "
                + metrics.rows()
                + " instances: accuracy "
                + Numbers.format(metrics.accuracy())
                + ", ECE "
                + Numbers.format(metrics.ece())
                + ", Brier "
                + Numbers.format(metrics.brier())
                + "; points on the dashed diagonal are perfectly calibrated"));
    showChart(reliabilityArea, DiagnosticCharts.reliabilityChart(metrics), 12, BAR_ROW);
  }

  private void showSanity(List<CheckResult> results) {
    sanityTitle.setText(
        twoLines(
            "Do the explanations reflect what the model learnt",
            "data randomisation (Adebayo et al. 2018): the model is retrained on shuffled classes;"
                + " explanations that stay alike FAIL"));
    sanityArea.removeAll();
    JLabel table = new JLabel(DiagnosticCharts.verdictTable(results));
    table.setName("glasswing.verdicts");
    table.setVerticalAlignment(SwingConstants.TOP);
    table.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
    JScrollPane scroll = new JScrollPane(table);
    scroll.setBorder(BorderFactory.createEmptyBorder());
    sanityArea.add(scroll, BorderLayout.CENTER);
    sanityArea.revalidate();
    sanityArea.repaint();
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
    GlobalImportance importance = result.importance();
    OutputKind kind =
        result.numericClass() ? OutputKind.NUMERIC_VALUE : OutputKind.CLASS_PROBABILITY;
    List<SvgCharts.Bar> bars = new ArrayList<>();
    for (GlobalImportance.FeatureImportance entry : importance.sortedByImportance()) {
      if (bars.size() == MAX_BARS) {
        break;
      }
      bars.add(
          new SvgCharts.Bar(entry.feature().name(), entry.meanAbsolute(), entry.standardError()));
    }
    String what = result.numericClass() ? "prediction" : "predicted class's probability";
    globalTitle.setText(
        twoLines(
            "Which attributes matter overall",
            "mean |Shapley value| over " + importance.count() + " instances"));
    globalTitle.setToolTipText(
        "How far, on average, each attribute moves the "
            + what
            + " away from the average prediction; whiskers show one standard error");
    showChart(
        globalArea,
        SvgCharts.horizontalBarsChart(bars, "mean |Shapley value| (" + what + ")"),
        bars.size(),
        BAR_ROW);
    Explanation local = result.local();
    String output = kind.describe(local.target());
    localTitle.setText(
        twoLines(
            "Why instance " + result.instanceNumber() + " got its prediction",
            output
                + " is "
                + Numbers.format(local.prediction())
                + " (average "
                + Numbers.format(local.baseValue())
                + ")"));
    Waterfall waterfall = Waterfall.of(local);
    showChart(
        localArea,
        SvgCharts.waterfallChart(waterfall, output),
        waterfall.steps().size() + 1,
        STEP_ROW);
    setSummary(result.classifier() + "  |  " + result.description(), Color.DARK_GRAY);
  }
}
