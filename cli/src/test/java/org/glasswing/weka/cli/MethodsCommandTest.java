package org.glasswing.weka.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.junit.jupiter.api.Test;

class MethodsCommandTest {

  @Test
  void theTableListsEveryMethodOfTheCatalogueWithItsDefaults() {
    CliRun run = CliRun.of("methods");

    assertThat(run.code()).isZero();
    for (MethodSpec spec : MethodCatalogue.standard().all()) {
      assertThat(run.out()).contains("\n" + spec.name()).contains(spec.citation());
    }
    assertThat(run.out())
        .contains("--budget (default 2n+2048 (n attributes); must be at least 1)")
        .contains("--background-size (default 100;")
        .contains("--seed (default 1)");
  }

  @Test
  void jsonHasOneObjectPerMethod() {
    CliRun run = CliRun.of("methods", "--format", "json", "--family", "shapley");

    assertThat(run.code()).isZero();
    assertThat(run.out().strip()).startsWith("[").endsWith("]");
    assertThat(run.out().split("\\{\"name\": \"", -1)).hasSizeGreaterThan(4);
    assertThat(run.out()).contains("\"name\": \"tree-shap\"").doesNotContain("\"name\": \"lime\"");
  }

  @Test
  void anUnknownFamilyIsOneClearLine() {
    CliRun run = CliRun.of("methods", "--family", "bogus");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().strip()).startsWith("glasswing: error: --family bogus: unknown family");
    assertThat(run.err().strip().lines()).hasSize(1);
  }
}
