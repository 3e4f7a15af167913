package org.glasswing.weka.gui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.SwingUtilities;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.CancelledException;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.weka.WekaModel;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.gui.Logger;
import weka.gui.TaskLogger;

/**
 * The Explain tab's "Catalogue" view: every method of the catalogue's global, sanity, uncertainty,
 * examples, fairness and glass-box families, chosen by family and name, with an options form
 * generated from its parameters (defaults filled in, descriptions as tool tips; the sanity checks
 * also take the explanation methods they check), its question and citation. Run computes it off the
 * Swing thread with progress in the status bar; Stop interrupts it. A method without a view here
 * says where it lives instead ({@link OtherPlaces}). The protected attributes typed for fairness
 * are carried to the counterfactuals, where they stay frozen, and back.
 */
final class CatalogueView {

  /** The setting shared by the fairness and counterfactual views. */
  private static final String PROTECTED = "protected";

  private static final List<Family> FAMILIES =
      Arrays.stream(Family.values()).filter(f -> !f.isLocal()).toList();

  private final Supplier<ExplainSubject> subjects;
  private final Supplier<Logger> logs;
  private final IntSupplier instance;
  private final CatalogueCharts charts;
  private final JComboBox<String> family =
      new JComboBox<>(FAMILIES.stream().map(Family::label).toArray(String[]::new));
  private final JComboBox<String> method = new JComboBox<>();
  private final JButton run = new JButton("Run");
  private final JButton stop = new JButton("Stop");
  private final JLabel question = ChartAreas.title(" ");
  private final JPanel formArea = new JPanel(new BorderLayout());
  private final JPanel resultArea = new JPanel(new BorderLayout());
  private final JLabel resultTitle = ChartAreas.title(" ");
  private ParameterForm form;
  private String protectedAttributes = "";
  private Thread worker;

  CatalogueView(
      Supplier<ExplainSubject> subjects,
      Supplier<Logger> logs,
      IntSupplier instance,
      IntConsumer select) {
    this.subjects = subjects;
    this.logs = logs;
    this.instance = instance;
    this.charts = new CatalogueCharts(resultArea, resultTitle, select);
    family.setName("glasswing.catalogue.family");
    method.setName("glasswing.catalogue.method");
    run.setName("glasswing.catalogue.run");
    stop.setEnabled(false);
    family.addActionListener(e -> listMethods());
    method.addActionListener(e -> showSettings());
    run.addActionListener(e -> start());
    stop.addActionListener(e -> stop());
    listMethods();
    ChartAreas.showMessage(resultArea, "Choose a method and press Run.");
  }

  /** The view's component. */
  JPanel component() {
    JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
    top.add(new JLabel("Family"));
    top.add(family);
    top.add(new JLabel("  Method"));
    top.add(method);
    top.add(run);
    top.add(stop);
    JPanel left = new JPanel(new BorderLayout());
    left.add(question, BorderLayout.NORTH);
    left.add(new JScrollPane(formArea), BorderLayout.CENTER);
    JSplitPane split =
        new JSplitPane(
            JSplitPane.HORIZONTAL_SPLIT, left, ChartAreas.titled(resultTitle, resultArea));
    split.setResizeWeight(0.3);
    split.setBorder(BorderFactory.createEmptyBorder(2, 2, 2, 2));
    JPanel panel = new JPanel(new BorderLayout());
    panel.add(top, BorderLayout.NORTH);
    panel.add(split, BorderLayout.CENTER);
    return panel;
  }

  private Family chosenFamily() {
    return FAMILIES.get(Math.max(0, family.getSelectedIndex()));
  }

  private MethodSpec chosen() {
    return SanityAnalysis.offered(
        MethodCatalogue.standard().find(chosenFamily(), (String) method.getSelectedItem()));
  }

  private void listMethods() {
    method.removeAllItems();
    MethodCatalogue.standard().all().stream()
        .filter(s -> s.family() == chosenFamily())
        .forEach(s -> method.addItem(s.name()));
  }

  private void showSettings() {
    if (method.getSelectedItem() == null) {
      return;
    }
    MethodSpec spec = chosen();
    question.setText(ChartAreas.twoLines(spec.question(), spec.citation()));
    String typed = form == null ? null : form.text(PROTECTED);
    if (typed != null
        && !typed.equals(String.join(",", AttributePicker.names(protectedAttributes)))) {
      protectedAttributes = typed; // changed here (a names-only copy keeps the cut points)
    }
    form = new ParameterForm(spec.parameters(), this::attributeNames);
    if (!protectedAttributes.isBlank()) {
      // one protected setting for fairness and counterfactuals: what is protected stays frozen
      form.set(
          PROTECTED,
          spec.family() == Family.FAIRNESS
              ? protectedAttributes
              : String.join(",", AttributePicker.names(protectedAttributes)));
    }
    formArea.removeAll();
    formArea.add(form, BorderLayout.NORTH);
    formArea.revalidate();
    formArea.repaint();
  }

  private List<String> attributeNames() {
    ExplainSubject subject = subjects.get();
    return subject == null ? List.of() : AttributeNames.inputs(subject.data());
  }

  /** The current form, for tests. */
  ParameterForm form() {
    return form;
  }

  /** Selects a method, as the choosers do. */
  void choose(Family chosenFamily, String name) {
    family.setSelectedIndex(FAMILIES.indexOf(chosenFamily));
    method.setSelectedItem(name);
  }

  /** Runs the chosen method in the background, as Run does. */
  synchronized void start() {
    if (worker != null) {
      return;
    }
    ExplainSubject subject = subjects.get();
    if (subject == null) {
      return;
    }
    MethodSpec spec = chosen();
    ParameterValues values;
    try {
      values = spec.values(form.changed(), n -> n);
    } catch (IllegalArgumentException e) {
      ChartAreas.showMessage(resultArea, "Problem: " + e.getMessage());
      return;
    }
    long seed = Long.parseLong(Parameters.SEED.defaultValue());
    int row = instance.getAsInt() - 1;
    worker =
        new Thread(() -> compute(subject, spec, values, seed, row), "Glasswing " + spec.name());
    worker.setPriority(Thread.MIN_PRIORITY);
    run.setEnabled(false);
    stop.setEnabled(true);
    worker.start();
  }

  /** Whether a method is running. */
  synchronized boolean running() {
    return worker != null;
  }

  /** Interrupts the running method. */
  synchronized void stop() {
    if (worker != null) {
      worker.interrupt();
    }
  }

  private void compute(
      ExplainSubject subject, MethodSpec spec, ParameterValues values, long seed, int row) {
    Logger log = logs.get();
    if (log instanceof TaskLogger tasks) {
      tasks.taskStarted();
    }
    try {
      Classifier model = subject.classifier();
      if (!subject.trained()) {
        log.statusMessage("Training " + subject.name() + "...");
        model = AbstractClassifier.makeCopy(subject.classifier());
        model.buildClassifier(subject.data());
      }
      WekaModel wrapped = new WekaModel(model, subject.data());
      StatusProgress progress = new StatusProgress(log, spec.name() + " of " + subject.name());
      CancellationToken cancel = CancellationToken.ofCallingThread();
      ViewStage.run(
          log,
          resultArea,
          () ->
              CatalogueCharts.compute(
                  spec, values, wrapped, subject.data(), seed, row, progress, cancel),
          charts::show);
      log.statusMessage("OK");
    } catch (CancelledException | InterruptedException e) {
      log.statusMessage(spec.name() + " stopped");
      SwingUtilities.invokeLater(() -> ChartAreas.showMessage(resultArea, "Stopped."));
    } catch (Exception e) {
      log.logMessage(spec.name() + " failed: " + e);
      SwingUtilities.invokeLater(
          () -> ChartAreas.showMessage(resultArea, "Problem: " + e.getMessage()));
    } finally {
      if (log instanceof TaskLogger tasks) {
        tasks.taskFinished();
      }
      synchronized (this) {
        worker = null;
      }
      SwingUtilities.invokeLater(
          () -> {
            run.setEnabled(true);
            stop.setEnabled(false);
          });
    }
  }
}
