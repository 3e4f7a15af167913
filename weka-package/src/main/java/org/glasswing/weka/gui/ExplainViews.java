package org.glasswing.weka.gui;

import static org.glasswing.weka.gui.ChartAreas.BAR_ROW;
import static org.glasswing.weka.gui.ChartAreas.STEP_ROW;
import static org.glasswing.weka.gui.ChartAreas.showChart;
import static org.glasswing.weka.gui.ChartAreas.showMessage;
import static org.glasswing.weka.gui.ChartAreas.title;
import static org.glasswing.weka.gui.ChartAreas.titled;
import static org.glasswing.weka.gui.ChartAreas.twoLines;

import java.awt.BorderLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.SwingConstants;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.GlobalImportance;
import org.glasswing.core.global.Profile;
import org.glasswing.core.lime.Lime;
import org.glasswing.core.sanity.CheckResult;
import org.glasswing.core.uncertainty.CalibrationMetrics;
import org.glasswing.report.LimeSection;
import org.glasswing.report.Numbers;
import org.glasswing.report.OutputKind;
import org.glasswing.report.SvgCharts;
import org.glasswing.report.Waterfall;
import weka.classifiers.Classifier;
import weka.core.Instances;
import weka.gui.Logger;

/**
 * The Explain tab's first views, each a title saying how to read it over a chart: which attributes
 * matter overall and why one instance got its prediction (a waterfall), PDP/ICE of one attribute,
 * the reliability diagram and the data-randomisation verdicts. Call the show methods on the Swing
 * thread.
 */
final class ExplainViews {

  /** The most attributes the importance chart shows. */
  static final int MAX_BARS = 25;

  private final JLabel globalTitle =
      title(twoLines("Which attributes matter overall", "mean |Shapley value|"));
  private final JLabel localTitle =
      title(twoLines("Why one instance got its prediction", "a waterfall of its Shapley values"));
  private final JLabel profileTitle =
      title(twoLines("How the prediction follows one attribute", "partial dependence and ICE"));
  private final JLabel reliabilityTitle =
      title(twoLines("Are the probabilities calibrated", "reliability of cross-validation"));
  private final JLabel sanityTitle =
      title(twoLines("Do the explanations reflect what the model learnt", "sanity check"));
  final JPanel globalArea = new JPanel(new BorderLayout());
  final JPanel localArea = new JPanel(new BorderLayout());
  final JPanel profileArea = new JPanel(new BorderLayout());
  final JPanel reliabilityArea = new JPanel(new BorderLayout());
  final JPanel sanityArea = new JPanel(new BorderLayout());

  ExplainViews() {
    showMessage(globalArea, "Load data in the Preprocess tab, then press Start.");
    showMessage(localArea, " ");
    showMessage(profileArea, " ");
    showMessage(reliabilityArea, " ");
    showMessage(sanityArea, " ");
  }

  /** The text of the waterfall's title. */
  String localTitle() {
    return localTitle.getText();
  }

  /** Adds the views as tabs. */
  void addTo(JTabbedPane views) {
    JPanel left = titled(globalTitle, globalArea);
    JPanel right = titled(localTitle, localArea);
    JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right);
    split.setResizeWeight(0.45);
    split.setBorder(BorderFactory.createEmptyBorder(2, 2, 2, 2));
    views.addTab("Importance and instance", split);
    views.addTab("PDP / ICE", titled(profileTitle, profileArea));
    views.addTab("Reliability", titled(reliabilityTitle, reliabilityArea));
    views.addTab("Sanity checks", titled(sanityTitle, sanityArea));
  }

  void showProfile(Profile profile, boolean numericClass, String output) {
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

  void showReliability(CalibrationMetrics metrics) {
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

  void showSanity(List<CheckResult> results) {
    sanityTitle.setText(
        twoLines(
            "Do the explanations reflect what the model learnt",
            "data randomisation (Adebayo et al. 2018): the model is retrained on shuffled classes;"
                + " explanations that stay alike FAIL"));
    JLabel table = new JLabel(DiagnosticCharts.verdictTable(results));
    table.setName("glasswing.verdicts");
    table.setVerticalAlignment(SwingConstants.TOP);
    table.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
    ChartAreas.showComponent(sanityArea, table);
  }

  void show(ExplorerExplanation result) {
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
                + ")"
                + fidelityNote(local)));
    Waterfall waterfall = Waterfall.of(local);
    showChart(
        localArea,
        SvgCharts.waterfallChart(waterfall, output),
        waterfall.steps().size() + 1,
        STEP_ROW);
  }

  /**
   * What a local surrogate's fidelity says, for the waterfall's title: LIME's weighted R² of its
   * surrogate around the instance, or nothing for a method without one.
   */
  static String fidelityNote(Explanation local) {
    Double fidelity = local.extras().get(Lime.FIDELITY);
    if (fidelity == null) {
      return "";
    }
    return "; local fidelity "
        + Numbers.format(fidelity)
        + " (weighted R\u00b2 of the surrogate around it: "
        + (fidelity >= LimeSection.LOW_FIDELITY
            ? "how much of the model's behaviour near the instance the bars capture"
            : "low: the surrogate is a poor local summary; do not trust the bars")
        + ")";
  }

  /**
   * Computes the further views one after the other, showing each as soon as it is ready.
   *
   * @param log the status bar and log
   * @param model the trained classifier
   * @param data its data, with the class set
   * @param profiled the attribute of the PDP/ICE view
   * @param method the explanation method the sanity check tests
   * @param result the explanation already shown
   * @throws InterruptedException if stopped
   */
  void diagnostics(
      Logger log,
      Classifier model,
      Instances data,
      int profiled,
      String method,
      ExplorerExplanation result)
      throws InterruptedException {
    int output = data.classAttribute().isNominal() ? result.local().targetIndex() : 0;
    String outputName = result.local().target();
    String name = model.getClass().getSimpleName();
    ViewStage.run(
        log,
        profileArea,
        () ->
            ExplorerDiagnostics.profile(
                model,
                data,
                profiled,
                output,
                new StatusProgress(log, "PDP/ICE of " + data.attribute(profiled).name())),
        profile -> showProfile(profile, result.numericClass(), outputName));
    ViewStage.run(
        log,
        reliabilityArea,
        () ->
            ExplorerDiagnostics.reliability(
                model,
                data,
                new StatusProgress(
                    log, ExplorerDiagnostics.FOLDS + "-fold cross-validation of " + name)),
        this::showReliability);
    ViewStage.run(
        log,
        sanityArea,
        () ->
            ExplorerDiagnostics.sanity(
                model, data, method, new StatusProgress(log, "Sanity check of " + name)),
        this::showSanity);
  }
}
