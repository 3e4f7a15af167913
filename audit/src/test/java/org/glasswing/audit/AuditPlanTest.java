package org.glasswing.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditPlanTest {

  @TempDir Path dir;

  @Test
  void defaultsComeFromTheCatalogueAndFromTodaysAudit() {
    AuditPlan plan = AuditPlan.defaults();
    var conformal = MethodCatalogue.standard().find(Family.UNCERTAINTY, "conformal").defaults();
    var alpha =
        MethodCatalogue.standard()
            .find(Family.UNCERTAINTY, "conformal")
            .parameter("alpha")
            .orElseThrow();

    assertThat(plan.alpha()).isEqualTo(conformal.real(alpha)).isEqualTo(0.1);
    assertThat(plan.method()).isEqualTo(MethodCatalogue.AUTO);
    assertThat(plan.folds()).isEqualTo(10);
    assertThat(plan.calibrationFolds()).isEqualTo(5);
    assertThat(plan.budget()).isEqualTo(256);
    assertThat(plan.backgroundSize()).isEqualTo(100);
    assertThat(plan.permutationFolds()).isEqualTo(3);
    assertThat(plan.permutationRepeats()).isEqualTo(5);
    assertThat(plan.rows()).isEqualTo("1-3");
    assertThat(plan.seed()).isEqualTo(1);
    assertThat(plan.sections()).containsExactly(AuditSection.values());
  }

  @Test
  void everySettingAndSectionSurvivesAFileRoundTrip() throws Exception {
    AuditPlan plan =
        AuditPlan.defaults()
            .with("method", "kernel-shap")
            .with("folds", "4")
            .with("calibration-folds", "3")
            .with("alpha", "0.05")
            .with("calibration-fraction", "0.25")
            .with("score", "aps")
            .with("budget", "64")
            .with("background-size", "20")
            .with("importance-rows", "30")
            .with("permutation-folds", "2")
            .with("permutation-repeats", "2")
            .with("lime-samples", "500")
            .with("lime-mode", "continuous")
            .with("rows", "2,5-6")
            .with("seed", "-42")
            .with("threads", "2")
            .with("image-steps", "16")
            .withSection(AuditSection.LIME, false)
            .withSection(AuditSection.SANITY_CHECKS, false);
    Path file = dir.resolve("plan.json");

    plan.write(file);
    AuditPlan read = AuditPlan.read(file);

    assertThat(read).isEqualTo(plan);
    assertThat(read.settings()).isEqualTo(plan.settings());
    Map<String, String> defaults = AuditPlan.defaults().settings();
    assertThat(read.settings().keySet()).containsExactlyElementsOf(defaults.keySet());
    read.settings()
        .forEach((key, value) -> assertThat(value).as(key).isNotEqualTo(defaults.get(key)));
    assertThat(read.includes(AuditSection.LIME)).isFalse();
    assertThat(read.includes(AuditSection.OCCLUSION)).isTrue();
    assertThat(Files.readString(file))
        .startsWith("{\n  \"version\": 1,")
        .contains("\"alpha\": 0.05", "\"rows\": \"2,5-6\"", "\"lime\": false");
  }

  @Test
  void keysLeftOutKeepTheirDefaults() {
    AuditPlan plan = AuditPlan.fromJson("{\"version\": 1, \"budget\": 32}");

    assertThat(plan).isEqualTo(AuditPlan.defaults().with("budget", "32"));
  }

  @Test
  void anUnknownKeyIsRefusedNamingItAndTheFile() throws Exception {
    Path file = Files.writeString(dir.resolve("typo.json"), "{\"version\": 1, \"alpah\": 0.2}");

    assertThatThrownBy(() -> AuditPlan.read(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("audit plan " + file + ": unknown key \"alpah\"")
        .hasMessageContaining("alpha")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aBadValueIsRefusedNamingTheKeyTheValueAndTheRange() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.json"), "{\"version\": 1, \"alpha\": 1.5}");

    assertThatThrownBy(() -> AuditPlan.read(file))
        .hasMessage("audit plan " + file + ": \"alpha\" 1.5: must be more than 0 and less than 1");
  }

  @Test
  void wrongTypesVersionsAndSectionsAreRefused() {
    assertThatThrownBy(() -> AuditPlan.fromJson("{\"version\": 1, \"folds\": \"5\"}"))
        .hasMessage("\"folds\" \"5\": needs a number");
    assertThatThrownBy(() -> AuditPlan.fromJson("{\"version\": 1, \"method\": \"magic\"}"))
        .hasMessageStartingWith("\"method\" magic: unknown value; use one of auto,");
    assertThatThrownBy(() -> AuditPlan.fromJson("{\"budget\": 5}"))
        .hasMessageStartingWith("no \"version\"");
    assertThatThrownBy(() -> AuditPlan.fromJson("{\"version\": 2}"))
        .hasMessage("\"version\" 2: this Glasswing reads plan version 1");
    assertThatThrownBy(
            () -> AuditPlan.fromJson("{\"version\": 1, \"sections\": {\"limes\": false}}"))
        .hasMessageStartingWith("\"sections\": unknown section 'limes'");
    assertThatThrownBy(
            () -> AuditPlan.fromJson("{\"version\": 1, \"sections\": {\"lime\": \"no\"}}"))
        .hasMessage("\"sections\" \"lime\" \"no\": use true or false");
    assertThatThrownBy(() -> AuditPlan.fromJson("{\"version\": 1, \"seed\": 1, \"seed\": 2}"))
        .hasMessageContaining("\"seed\" is given twice");
    assertThatThrownBy(() -> AuditPlan.fromJson("{\"version\": 1,\n \"seed\": [1]}"))
        .hasMessageStartingWith("line 2: ");
    assertThatThrownBy(() -> AuditPlan.fromJson("{\"version\": 1} x"))
        .hasMessageContaining("text after");
  }

  @Test
  void changingASettingChecksItLikeTheFileDoes() {
    assertThatThrownBy(() -> AuditPlan.defaults().with("folds", "1"))
        .hasMessage("\"folds\" 1: must be at least 2");
    assertThatThrownBy(() -> AuditPlan.defaults().with("fold", "3"))
        .hasMessageStartingWith("unknown key \"fold\"");
    assertThat(AuditPlan.defaults().with("score", "RAPS").score()).isEqualTo("raps");
  }
}
