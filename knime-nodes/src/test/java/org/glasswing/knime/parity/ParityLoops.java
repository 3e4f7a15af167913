package org.glasswing.knime.parity;

import java.util.LinkedHashMap;
import java.util.Map;
import org.glasswing.knime.lime.LimeLoopEndNodeModel;
import org.glasswing.knime.lime.LimeLoopStartNodeModel;
import org.glasswing.knime.shapley.ShapleyLoopEndNodeModel;
import org.glasswing.knime.shapley.ShapleyLoopStartNodeModel;
import org.glasswing.knime.shapley.WekaPredictorNodeModel;
import org.glasswing.weka.WekaModel;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import weka.core.Instances;

/** Runs the Shapley and LIME loops with catalogue settings and a Weka model as the loop body. */
final class ParityLoops {

  private ParityLoops() {}

  /** The Shapley loop's result table for a method and settings by catalogue name. */
  static BufferedDataTable shapley(
      String method,
      Map<String, String> given,
      WekaModel model,
      Instances explained,
      Instances background)
      throws Exception {
    ShapleyLoopStartNodeModel start = new ShapleyLoopStartNodeModel();
    Map<String, String> settings = new LinkedHashMap<>(given);
    settings.put("method", method);
    apply(start, settings);
    return loop(start, new ShapleyLoopEndNodeModel(), model, explained, background);
  }

  /** The LIME loop's result table for settings by catalogue name. */
  static BufferedDataTable lime(
      Map<String, String> given, WekaModel model, Instances explained, Instances training)
      throws Exception {
    LimeLoopStartNodeModel start = new LimeLoopStartNodeModel();
    apply(start, given);
    return loop(start, new LimeLoopEndNodeModel(), model, explained, training);
  }

  /** The node's saved settings with some replaced, loaded back as a workflow would load them. */
  private static void apply(NodeModel node, Map<String, String> given) throws Exception {
    NodeSettings settings = NodeHarness.settingsOf(node);
    for (Map.Entry<String, String> e : given.entrySet()) {
      switch (e.getKey()) {
        case "method", "background-summary", "lime-mode" ->
            settings.addString(e.getKey(), e.getValue());
        case "kernel-width" -> settings.addDouble(e.getKey(), Double.parseDouble(e.getValue()));
        default -> settings.addInt(e.getKey(), Integer.parseInt(e.getValue()));
      }
    }
    NodeHarness.applySettings(node, settings);
  }

  private static BufferedDataTable loop(
      NodeModel start, NodeModel end, WekaModel model, Instances explained, Instances second)
      throws Exception {
    return new NodeHarness()
        .runLoop(
            start,
            new BufferedDataTable[] {
              ParityData.table(explained, "e"), ParityData.table(second, "b")
            },
            new WekaPredictorNodeModel(model),
            end)
        .outputs()[0];
  }
}
