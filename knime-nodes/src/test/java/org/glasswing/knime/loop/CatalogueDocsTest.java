package org.glasswing.knime.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.junit.jupiter.api.Test;

/**
 * docs/knime.md lists every catalogue setting of the Shapley and LIME loops and of the Row Map,
 * under its name and with its default.
 */
class CatalogueDocsTest {

  @Test
  void everySettingOfTheLoopsIsDocumentedUnderItsCatalogueName() throws Exception {
    String docs = Files.readString(Path.of("..", "docs", "knime.md"));
    MethodCatalogue catalogue = MethodCatalogue.standard();
    for (String method :
        new String[] {"kernel-shap", "exact-shapley", "sampling-shapley", "lime"}) {
      check(docs, method, catalogue.local(method));
    }
    check(docs, "map", catalogue.find(org.glasswing.core.methods.Family.EXAMPLES, "map"));
  }

  private static void check(String docs, String method, MethodSpec spec) {
    for (Parameter p : spec.parameters()) {
      assertThat(docs).as(method + " " + p.name()).contains("| `" + p.name() + "` |");
      String row = "| `" + p.name() + "` |";
      assertThat(docs.lines().filter(l -> l.startsWith(row)))
          .as(method + " " + p.name() + " default " + p.defaultLabel())
          .anyMatch(l -> l.contains(p.defaultLabel()));
    }
  }
}
