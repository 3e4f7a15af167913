package org.glasswing.knime.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;

/** Applying settings to nodes, and asserting how a call is refused. */
final class Refusals {

  private Refusals() {}

  // ---- assertions ----

  /** The call fails with the type and a one-line message containing every fragment. */
  static Throwable fails(Callable<?> call, Class<? extends Throwable> type, String... fragments) {
    List<Object> produced = new ArrayList<>();
    Throwable thrown = catchThrowable(() -> produced.add(call.call()));
    assertThat(produced).as("no output is produced").isEmpty();
    assertThat(thrown).isInstanceOf(type);
    String message = thrown.getMessage();
    assertThat(message).as("one line").isNotBlank().doesNotContain("\n").doesNotContain("\r");
    for (String fragment : fragments) {
      assertThat(message).contains(fragment);
    }
    return thrown;
  }

  // ---- settings ----

  /** The model's own settings with some keys replaced ("int:", "double:" prefixes) or removed. */
  static <T extends NodeModel> T apply(T model, String... keyValues)
      throws InvalidSettingsException {
    NodeSettings saved = NodeHarness.settingsOf(model);
    NodeSettings settings = new NodeSettings("model");
    List<String> removed = new ArrayList<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      if (keyValues[i + 1] == null) {
        removed.add(keyValues[i]);
      }
    }
    copy(saved, settings, removed);
    for (int i = 0; i < keyValues.length; i += 2) {
      String value = keyValues[i + 1];
      if (value == null) {
        continue;
      } else if (value.startsWith("int:")) {
        settings.addInt(keyValues[i], Integer.parseInt(value.substring(4)));
      } else if (value.startsWith("double:")) {
        settings.addDouble(keyValues[i], Double.parseDouble(value.substring(7)));
      } else {
        settings.addString(keyValues[i], value);
      }
    }
    NodeHarness.applySettings(model, settings);
    return model;
  }

  static void copy(NodeSettings from, NodeSettings to, List<String> skip) {
    for (String key : SETTING_KEYS) {
      if (skip.contains(key) || !from.containsKey(key)) {
        continue;
      }
      try {
        to.addInt(key, from.getInt(key));
        continue;
      } catch (InvalidSettingsException notInt) {
        // try the next type
      }
      try {
        to.addDouble(key, from.getDouble(key));
        continue;
      } catch (InvalidSettingsException notDouble) {
        // try the next type
      }
      try {
        to.addBoolean(key, from.getBoolean(key));
        continue;
      } catch (InvalidSettingsException notBoolean) {
        // a string
      }
      to.addString(key, from.getString(key, null));
    }
  }

  /** Every key the nodes under test save. */
  static final List<String> SETTING_KEYS =
      List.of(
          "method",
          "budget",
          "seed",
          "rowsPerIteration",
          "batchRows",
          "tolerance",
          "background-size",
          "background-summary",
          "lime-mode",
          "samples",
          "kernel-width",
          "max-features",
          "probabilityColumns",
          "probabilityColumn",
          "classColumn",
          "bins",
          "alpha",
          "score",
          "mondrian",
          "metric",
          "repeats",
          "featuresPerIteration",
          "random-orders",
          "attributionColumns",
          "top-k",
          "targetColumn");
}
