package org.glasswing.weka.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import weka.gui.explorer.ClassifierPanel;
import weka.gui.explorer.Explorer;

/**
 * Not a test: run in a child JVM on a display with the package installed, it starts Weka's Explorer
 * on a data file, opens the Explain tab, presses Start, waits for the explanation and saves a
 * screenshot of the window. It knows Glasswing's panel only by the names of its components, so
 * every Glasswing class loads through Weka's package class loader. Arguments: the data file, the
 * PNG to write, optionally the window size (default 1200x800) and {@code classify} to explain the
 * model built in the Classify tab (its default classifier) instead. Then it shows each further view
 * (PDP/ICE, reliability, sanity checks) and saves it beside the PNG as {@code <name>-<n>.png}. With
 * {@code audit <directory>} as the fourth and fifth arguments it then writes the audit report as
 * "Audit report..." does, into that directory without asking (and without opening a browser).
 */
public final class ExplorerScreenshot {

  private ExplorerScreenshot() {}

  /**
   * Runs the check.
   *
   * @param args the data file and the PNG to write
   */
  public static void main(String[] args) throws Exception {
    Explorer.main(new String[] {args[0]});
    JFrame frame = null;
    long deadline = System.currentTimeMillis() + 60_000;
    while (frame == null && System.currentTimeMillis() < deadline) {
      for (Frame f : Frame.getFrames()) {
        if (f instanceof JFrame j && "Weka Explorer".equals(j.getTitle()) && j.isShowing()) {
          frame = j;
        }
      }
      Thread.sleep(100);
    }
    if (frame == null) {
      fail("no Explorer window");
    }
    JFrame window = frame;
    String[] size = (args.length > 2 ? args[2] : "1200x800").split("x");
    int width = Integer.parseInt(size[0]);
    int height = Integer.parseInt(size[1]);
    Explorer explorer = (Explorer) window.getContentPane().getComponent(0);
    SwingUtilities.invokeAndWait(
        () -> {
          window.setLocation(0, 0);
          window.setSize(width, height);
          window.validate();
        });
    waitFor(
        () ->
            explorer.getPreprocessPanel().getInstances() != null
                && explorer.getPreprocessPanel().getInstances().numInstances() > 0,
        60,
        "data loaded in Preprocess");
    JTabbedPane tabs = explorer.getTabbedPane();
    boolean fromClassifyTab = args.length > 3 && args[3].equals("classify");
    boolean audit = args.length > 4 && args[3].equals("audit");
    ClassifierPanel classify = fromClassifyTab ? buildModelInClassifyTab(explorer, tabs) : null;
    int index = tabs.indexOfTab("Explain");
    if (index < 0) {
      StringBuilder titles = new StringBuilder();
      for (int t = 0; t < tabs.getTabCount(); t++) {
        titles.append(tabs.getTitleAt(t)).append(' ');
      }
      fail("no Explain tab; tabs: " + titles);
    }
    SwingUtilities.invokeAndWait(() -> tabs.setSelectedIndex(index));
    Container panel = (Container) tabs.getComponentAt(index);
    System.out.println("PANEL: " + panel.getClass().getName());
    System.out.println("LOADER: " + panel.getClass().getClassLoader().getClass().getName());
    AbstractButton start = (AbstractButton) find(panel, "glasswing.start");
    JLabel summary = (JLabel) find(panel, "glasswing.summary");
    waitFor(start::isEnabled, 30, "Start enabled");
    if (fromClassifyTab) {
      // The Classify tab's "Explain this model" (Glasswing's launch-handler plug-in) ticks the
      // box, switches to the Explain tab and starts.
      AbstractButton launch = buttonWithText(classify, "Explain this model");
      if (launch == null) {
        fail("no 'Explain this model' button in the Classify tab");
      }
      SwingUtilities.invokeAndWait(() -> tabs.setSelectedComponent(classify));
      SwingUtilities.invokeAndWait(launch::doClick);
      AbstractButton box = (AbstractButton) find(panel, "glasswing.fromClassifyTab");
      System.out.println("LAUNCHED: " + box.isSelected() + " " + tabs.getSelectedIndex());
    } else {
      SwingUtilities.invokeAndWait(start::doClick);
    }
    waitFor(
        () -> start.isEnabled() && !summary.getText().startsWith("Explaining"),
        120,
        "explanation finished");
    Thread.sleep(1500); // let the charts paint
    BufferedImage image = new Robot().createScreenCapture(window.getBounds());
    File png = new File(args[1]);
    ImageIO.write(image, "png", png);
    System.out.println("SUMMARY: " + summary.getText());
    System.out.println("SCREENSHOT: " + png);
    JTabbedPane views = (JTabbedPane) find(panel, "glasswing.views");
    String base = args[1].substring(0, args[1].length() - ".png".length());
    for (int v = 1; v < views.getTabCount(); v++) {
      int view = v;
      SwingUtilities.invokeAndWait(() -> views.setSelectedIndex(view));
      Thread.sleep(800);
      File file = new File(base + "-" + v + ".png");
      ImageIO.write(new Robot().createScreenCapture(window.getBounds()), "png", file);
      System.out.println("VIEW: " + views.getTitleAt(v) + " -> " + file);
    }
    JLabel verdicts = (JLabel) find(panel, "glasswing.verdicts");
    System.out.println("VERDICTS: " + verdicts.getText().replaceAll("<[^>]*>", " "));
    if (!fromClassifyTab) {
      SwingUtilities.invokeAndWait(() -> views.setSelectedIndex(views.indexOfTab("Catalogue")));
      catalogue(panel, window, "global views", "surrogate", base + "-surrogate.png");
      catalogue(panel, window, "global views", "permutation", base + "-permutation.png");
      catalogue(panel, window, "examples and counterfactuals", "map", base + "-map.png");
      catalogue(panel, window, "examples and counterfactuals", "examples", base + "-examples.png");
      catalogue(panel, window, "uncertainty", "ood", base + "-ood.png");
      catalogue(panel, window, "uncertainty", "conformal", base + "-conformal.png");
      catalogue(
          panel,
          window,
          "examples and counterfactuals",
          "counterfactual",
          base + "-counterfactual.png");
      if (!audit) {
        furtherCatalogueViews(panel, window, base);
      }
    }
    if (audit) {
      writeAudit(panel, start, new File(args[4]));
    }
    System.exit(0);
  }

  /** The views added for every family: global, sanity, calibration, examples, fairness. */
  private static void furtherCatalogueViews(Container panel, JFrame window, String base)
      throws Exception {
    String checked = "tree-shap,occlusion,input-magnitude"; // tree-shap: J48 is a tree, and fast
    catalogue(panel, window, "global views", "profile", base + "-ale.png", "ale", "true");
    catalogue(panel, window, "global views", "interactions", base + "-interactions.png");
    catalogue(panel, window, "global views", "loco", base + "-loco.png");
    catalogue(
        panel,
        window,
        "sanity checks",
        "faithfulness",
        base + "-faithfulness.png",
        "method",
        checked);
    catalogue(
        panel, window, "sanity checks", "agreement", base + "-agreement.png", "method", checked);
    catalogue(
        panel,
        window,
        "sanity checks",
        "stability",
        base + "-stability.png",
        "method",
        checked,
        "runs",
        "3");
    catalogue(panel, window, "uncertainty", "calibration", base + "-calibration.png");
    catalogue(panel, window, "uncertainty", "ensemble", base + "-ensemble.png");
    catalogue(
        panel,
        window,
        "examples and counterfactuals",
        "prototypes",
        base + "-prototypes.png",
        "criticisms",
        "2");
    catalogue(panel, window, "examples and counterfactuals", "influence", base + "-influence.png");
    catalogue(
        panel,
        window,
        "fairness",
        "fairness",
        base + "-fairness.png",
        "protected",
        "foreign_worker,age:25,60");
  }

  /**
   * Runs one method of the Catalogue view with its default settings but the given ones (name,
   * value, ...) and saves a screenshot.
   */
  private static void catalogue(
      Container panel, JFrame window, String family, String method, String png, String... settings)
      throws Exception {
    javax.swing.JComboBox<?> families =
        (javax.swing.JComboBox<?>) find(panel, "glasswing.catalogue.family");
    javax.swing.JComboBox<?> methods =
        (javax.swing.JComboBox<?>) find(panel, "glasswing.catalogue.method");
    AbstractButton run = (AbstractButton) find(panel, "glasswing.catalogue.run");
    SwingUtilities.invokeAndWait(
        () -> {
          families.setSelectedItem(family);
          methods.setSelectedItem(method);
        });
    SwingUtilities.invokeAndWait(
        () -> {
          for (int i = 0; i + 1 < settings.length; i += 2) {
            Component field = find(panel, "glasswing.parameter." + settings[i]);
            if (field instanceof javax.swing.JCheckBox box) {
              box.setSelected(Boolean.parseBoolean(settings[i + 1]));
            } else if (field instanceof javax.swing.text.JTextComponent text) {
              text.setText(settings[i + 1]);
            }
          }
        });
    SwingUtilities.invokeAndWait(run::doClick);
    waitFor(run::isEnabled, 300, method + " in the Catalogue view");
    Thread.sleep(1500);
    if (method.equals("profile")) {
      // the view opens on the attribute with the widest PDP; ALE is drawn for numeric ones
      javax.swing.JComboBox<?> attribute =
          (javax.swing.JComboBox<?>) find(panel, "glasswing.profile.attribute");
      SwingUtilities.invokeAndWait(() -> attribute.setSelectedItem("duration"));
      Thread.sleep(1000);
    }
    String shows =
        switch (method) {
          case "surrogate" -> "glasswing.surrogate.tree";
          case "map" -> "glasswing.map.colouring";
          case "permutation" -> "glasswing.permutation";
          case "loco" -> "glasswing.loco";
          case "profile" -> "glasswing.ale";
          case "interactions" -> "glasswing.interactions";
          case "faithfulness" -> "glasswing.deletion";
          case "agreement" -> "glasswing.agreement";
          case "stability" -> "glasswing.catalogue.verdicts";
          case "calibration" -> "glasswing.calibration.table";
          default -> "glasswing.catalogue.table";
        };
    if (find(panel, shows) == null) {
      fail(method + " shows no result (no " + shows + "): " + messages(panel));
    }
    ImageIO.write(new Robot().createScreenCapture(window.getBounds()), "png", new File(png));
    System.out.println("CATALOGUE: " + method + " -> " + png);
  }

  /**
   * Calls the panel's public {@code startAudit(Path, boolean)} (the panel's class is known only to
   * Weka's package class loader, hence the look-up by name) and waits for the page.
   */
  private static void writeAudit(Container panel, AbstractButton start, File directory)
      throws Exception {
    java.lang.reflect.Method method =
        panel.getClass().getMethod("startAudit", java.nio.file.Path.class, boolean.class);
    SwingUtilities.invokeAndWait(
        () -> {
          try {
            method.invoke(panel, directory.toPath(), false);
          } catch (ReflectiveOperationException e) {
            fail("cannot start the audit: " + e);
          }
        });
    File page = new File(directory, "report.html");
    waitFor(() -> page.isFile() && start.isEnabled(), 600, "the audit report");
    System.out.println("AUDIT: " + page + " " + page.length() + " bytes");
  }

  /** Runs the Classify tab's default classifier with its Start button and waits for the result. */
  private static ClassifierPanel buildModelInClassifyTab(Explorer explorer, JTabbedPane tabs)
      throws Exception {
    ClassifierPanel classify = null;
    for (Explorer.ExplorerPanel panel : explorer.getPanels()) {
      if (panel instanceof ClassifierPanel c) {
        classify = c;
      }
    }
    if (classify == null) {
      fail("no Classify tab");
    }
    ClassifierPanel panel = classify;
    SwingUtilities.invokeAndWait(() -> tabs.setSelectedComponent(panel));
    AbstractButton start = buttonWithText(panel, "Start");
    if (start == null) {
      fail("no Start button in the Classify tab");
    }
    waitFor(start::isEnabled, 30, "Classify Start enabled");
    SwingUtilities.invokeAndWait(start::doClick);
    waitFor(
        () -> panel.getResultHistory().getList().getModel().getSize() > 0 && start.isEnabled(),
        120,
        "a result in the Classify tab");
    Thread.sleep(500);
    return panel;
  }

  private static AbstractButton buttonWithText(Container root, String text) {
    for (Component child : root.getComponents()) {
      if (child instanceof AbstractButton button && text.equals(button.getText())) {
        return button;
      }
      if (child instanceof Container container) {
        AbstractButton found = buttonWithText(container, text);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static Component find(Container root, String name) {
    for (Component child : root.getComponents()) {
      if (name.equals(child.getName())) {
        return child;
      }
      if (child instanceof Container container) {
        Component found = find(container, name);
        if (found != null) {
          return found;
        }
      }
    }
    if (root.getParent() == null) {
      fail("no component named " + name);
    }
    return null;
  }

  /** The texts of the labels that report a problem, for a failure message. */
  private static String messages(Container root) {
    StringBuilder texts = new StringBuilder();
    for (Component child : root.getComponents()) {
      if (child instanceof JLabel label
          && label.getText() != null
          && (label.getText().startsWith("Not shown") || label.getText().startsWith("Problem"))) {
        texts.append(label.getText()).append("; ");
      }
      if (child instanceof Container container) {
        texts.append(messages(container));
      }
    }
    return texts.toString();
  }

  private static void waitFor(BooleanSupplier condition, int seconds, String what)
      throws InterruptedException {
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        fail("timed out waiting for: " + what);
      }
      Thread.sleep(100);
    }
  }

  private static void fail(String message) {
    System.out.println("FAILED: " + message);
    System.exit(3);
  }
}
