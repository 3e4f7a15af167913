package org.glasswing.knime.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.port.PortObjectSpec;

/** The dialog is built from the catalogue's parameters and edits exactly the node's settings. */
class CatalogueDialogTest {

  private static final MethodCatalogue CATALOGUE = MethodCatalogue.standard();

  private static CatalogueSettings shapley() {
    List<MethodSpec> methods =
        List.of(
            CATALOGUE.local("kernel-shap"),
            CATALOGUE.local("exact-shapley"),
            CATALOGUE.local("sampling-shapley"));
    return new CatalogueSettings(methods, Map.of(), Map.of());
  }

  @Test
  void everyParameterHasAComponentUnderItsCatalogueName() throws Exception {
    ExplainerSettings settings = new ExplainerSettings(shapley());
    ExplainerDialog dialog = new ExplainerDialog(settings);
    NodeSettings node = new NodeSettings("model");
    settings.save(node);
    node.addInt("budget", 300);
    node.addInt("background-size", 0);
    node.addString("method", "sampling-shapley");
    dialog.loadSettingsFrom(node, new PortObjectSpec[0]);
    NodeSettings edited = new NodeSettings("dialog");
    dialog.saveSettingsTo(edited);
    for (String key :
        List.of(
            "method",
            "budget",
            "tolerance",
            "background-size",
            "background-summary",
            "seed",
            "rowsPerIteration",
            "batchRows")) {
      assertThat(edited.containsKey(key)).as(key).isTrue();
    }
    assertThat(edited.getString("method")).isEqualTo("sampling-shapley");
    assertThat(edited.getInt("budget")).isEqualTo(300);
    assertThat(edited.getInt("background-size")).isZero();
  }

  @Test
  void labelsSayTheDefaultsAndWhichMethodsTakeASetting() {
    CatalogueSettings settings = shapley();
    SettingsParameter budget =
        settings.parameters().stream()
            .filter(p -> p.parameter().name().equals("budget"))
            .findFirst()
            .orElseThrow();
    assertThat(CatalogueDialog.label(budget, settings.methods()))
        .isEqualTo(
            "budget (0 = the default: 2n+2048 (n attributes) for kernel-shap; 2048 for"
                + " sampling-shapley) [kernel-shap, sampling-shapley]");
    SettingsParameter size =
        settings.parameters().stream()
            .filter(p -> p.parameter().name().equals("background-size"))
            .findFirst()
            .orElseThrow();
    assertThat(CatalogueDialog.label(size, settings.methods())).isEqualTo("background-size");
    assertThat(size.zeroIsDefault()).as("0 is a value: every row").isFalse();
  }
}
