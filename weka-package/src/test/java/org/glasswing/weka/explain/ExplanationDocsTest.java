package org.glasswing.weka.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Paths;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.junit.jupiter.api.Test;
import weka.core.Option;

/** docs/weka.md lists every method and every method option the Weka schemes take. */
class ExplanationDocsTest {

  @Test
  void theOptionsTableListsEveryCatalogueOptionAndMethod() throws Exception {
    String docs = Files.readString(Paths.get("..", "docs", "weka.md"));
    for (Option option : new CatalogueSchemeOptions().listOptions()) {
      assertThat(docs).as(option.synopsis()).contains("| `-" + option.name());
    }
    for (MethodSpec spec : WekaMethodNames.tabularMethods()) {
      assertThat(docs).contains("| `" + spec.name() + "` |").contains("-method " + spec.name());
      for (Parameter p : spec.parameters()) {
        assertThat(docs).as(spec.name() + " " + p.name()).contains("[" + docDefault(p) + "]");
      }
    }
  }

  private static String docDefault(Parameter p) {
    return switch (p.name()) {
      case "kernel-width" -> "0.75 √d, d attributes";
      case "budget" -> "2048; kernel-shap 2n+2048 for n attributes";
      default -> p.defaultLabel();
    };
  }
}
