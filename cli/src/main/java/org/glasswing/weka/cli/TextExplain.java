package org.glasswing.weka.cli;

import java.nio.file.Path;
import java.util.Map;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.lime.Lime;
import org.glasswing.core.lime.TextLime;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.occlusion.Occlusion;
import org.glasswing.core.occlusion.TextOcclusion;
import org.glasswing.core.text.TextExplainer;
import org.glasswing.weka.UserInputException;

/**
 * Runs {@code glasswing explain --text --method lime|occlusion} on documents through {@link
 * TextSetup}: the players are the words of each document.
 */
final class TextExplain {

  private final CommonOptions common;

  TextExplain(CommonOptions common) {
    this.common = common;
  }

  /**
   * Explains the selected documents.
   *
   * @param spec lime or occlusion
   * @param given the catalogue settings given, as text
   * @param backgroundData must be null: words are dropped, not replaced by background rows
   * @param targets the outputs to explain
   * @param engine runs the model evaluations
   * @return the explanations
   */
  ExplainRun run(
      MethodSpec spec,
      Map<String, String> given,
      Path backgroundData,
      TargetSelection targets,
      EvaluationEngine engine) {
    if (!spec.name().equals(Lime.METHOD) && !spec.name().equals(Occlusion.METHOD)) {
      throw new UserInputException("--text applies to --method lime and occlusion only");
    }
    for (String wordless : new String[] {"lime-mode", "groups"}) {
      if (given.containsKey(wordless)) {
        throw new UserInputException(
            "--" + wordless + " does not apply to --text (the players are words)");
      }
    }
    if (given.containsKey("background-size")
        || given.containsKey("background-summary")
        || backgroundData != null) {
      throw new UserInputException(
          "--text drops words instead of using background rows; --background-size,"
              + " --background-summary and --background-data do not apply");
    }
    ParameterValues values;
    try {
      values = CatalogueOptions.values(spec, given);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    TextSetup setup = TextSetup.load(common);
    targets.validate(setup.outputNames());
    TextExplainer explainer =
        spec.name().equals(Lime.METHOD)
            ? new TextLime(
                values.integer(Parameters.LIME_SAMPLES),
                values.real(Parameters.KERNEL_WIDTH),
                values.given(Parameters.MAX_FEATURES)
                    ? values.integer(Parameters.MAX_FEATURES)
                    : Lime.DEFAULT_MAX_FEATURES,
                values.longValue(Parameters.SEED))
            : new TextOcclusion();
    return new ExplainRun(
        explainer.explain(setup.model(), setup.documents(), targets, engine), setup::rowNumber);
  }
}
