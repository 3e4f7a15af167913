package org.glasswing.weka.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.explain.Explainer;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.methods.Backgrounds;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodInputs;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.ModelFacts;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.model.Model;
import org.glasswing.core.shapley.Background;
import org.glasswing.core.shapley.ExactShapley;
import org.glasswing.core.shapley.TreeShap;
import org.glasswing.weka.ClassifierFactory;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.WekaModel;
import org.glasswing.weka.tree.WekaTreeReader;
import weka.classifiers.Classifier;

/**
 * Runs a tabular local method of the catalogue (Shapley values, LIME, occlusion, the control):
 * resolves {@code auto}, checks the given settings against the chosen method, draws the background
 * the settings ask for and builds the explainer through the catalogue, so that the numbers equal
 * every other face's for the same settings.
 */
final class TabularExplain {

  private final CommonOptions common;
  private final PrintWriter err;

  TabularExplain(CommonOptions common, PrintWriter err) {
    this.common = common;
    this.err = err;
  }

  /**
   * Explains the selected rows.
   *
   * @param name a method name or {@code auto}
   * @param given the catalogue settings given, as text
   * @param backgroundData a file whose rows form the background, or null
   * @param targets the outputs to explain
   * @param engine runs the model evaluations
   * @param quiet whether to keep notes off standard error
   * @return the explanations
   */
  ExplainRun run(
      String name,
      Map<String, String> given,
      Path backgroundData,
      TargetSelection targets,
      EvaluationEngine engine,
      boolean quiet) {
    MethodCatalogue catalogue = MethodCatalogue.standard();
    if (TreeShap.METHOD.equals(name) && common.model() == null) {
      // Say so before training: the classifier's class is known from its spec.
      checkTreeModel(ClassifierFactory.create(common.classifier()));
    }
    ExplainSetup setup = ExplainSetup.load(common);
    int players = setup.schema().inputIndices().length;
    if (ExactShapley.METHOD.equals(name) && players > ExactShapley.MAX_FEATURES) {
      throw new UserInputException(
          "exact-shapley evaluates 2^n coalitions and allows at most "
              + ExactShapley.MAX_FEATURES
              + " attributes besides the class, but the data has "
              + players
              + "; use --method sampling-shapley or kernel-shap (with --budget) instead");
    }
    Classifier untrained = setup.usesSavedModel() ? null : setup.newClassifier();
    boolean trees =
        WekaTreeReader.isSupported(untrained != null ? untrained : setup.model().classifier());
    MethodSpec spec =
        MethodCatalogue.AUTO.equals(name)
            ? catalogue.auto(new ModelFacts(players, trees, false))
            : catalogue.local(name);
    ParameterValues values = check(spec, given);
    if (backgroundData != null && !spec.usesBackground().test(values)) {
      throw new UserInputException(
          "--background-data does not apply to " + spec.name() + " with these settings; drop it");
    }
    if (spec.name().equals(TreeShap.METHOD)) {
      checkTreeModel(setup.model().classifier());
    }
    targets.validate(
        setup.schema().isClassification()
            ? setup.schema().target().labels()
            : List.of(setup.schema().target().name()));
    Background background =
        spec.usesBackground().test(values) ? background(setup, values, backgroundData) : null;
    Explainer explainer;
    try {
      explainer = spec.create(new MethodInputs(values, setup.backgroundSource(), background));
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
    WekaModel wekaModel = setup.model();
    Model model = wekaModel;
    if (spec.name().equals(TreeShap.METHOD)) {
      model = WekaTreeReader.read(wekaModel.classifier(), wekaModel.schema());
      noteMissingValues(setup, background != null);
    }
    if (MethodCatalogue.AUTO.equals(name) && !quiet) {
      err.println(
          "glasswing: note: --method auto chose "
              + spec.name()
              + " ("
              + MethodCatalogue.autoRule()
              + ")");
      err.flush();
    }
    return new ExplainRun(
        explainer.explain(model, setup.selectedData(), targets, engine), setup::rowNumber);
  }

  private static ParameterValues check(MethodSpec spec, Map<String, String> given) {
    try {
      return CatalogueOptions.values(spec, given);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  /** The background the settings ask for: a sample, a file, or k medoids of either. */
  private static Background background(
      ExplainSetup setup, ParameterValues values, Path backgroundData) {
    boolean medoids = "kmedoids".equals(values.text(Parameters.BACKGROUND_SUMMARY));
    if (backgroundData != null && !medoids) {
      if (values.given(Parameters.BACKGROUND_SIZE)) {
        throw new UserInputException(
            "give either --background-size or --background-data, not both (or add"
                + " --background-summary kmedoids to summarise the file by --background-size"
                + " medoids)");
      }
      return setup.backgroundFromFile(backgroundData);
    }
    Dataset source =
        backgroundData != null
            ? setup.backgroundFromFile(backgroundData).rows()
            : setup.backgroundSource();
    String sourceName =
        backgroundData != null
            ? "--background-data " + backgroundData
            : setup.backgroundSourceName();
    try {
      return Backgrounds.draw(source, values, sourceName, CatalogueOptions.SPELLING);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  private static void checkTreeModel(Classifier classifier) {
    if (!WekaTreeReader.isSupported(classifier)) {
      throw new UserInputException(
          "tree-shap explains Weka's J48, REPTree, RandomTree and RandomForest only, not "
              + classifier.getClass().getName()
              + "; use a model-agnostic method instead: --method exact-shapley (up to "
              + ExactShapley.MAX_FEATURES
              + " attributes), sampling-shapley or kernel-shap");
    }
  }

  /**
   * Tells the user, on standard error, which explained rows have missing values and how tree-shap
   * treats them: exactly as the classifier does, with no fallback.
   */
  private void noteMissingValues(ExplainSetup setup, boolean interventional) {
    Dataset rows = setup.selectedData();
    int[] inputs = rows.schema().inputIndices();
    List<String> withMissing = new ArrayList<>();
    for (int r = 0; r < rows.numRows(); r++) {
      for (int column : inputs) {
        if (Double.isNaN(rows.value(r, column))) {
          withMissing.add(Integer.toString(setup.rowNumber(r)));
          break;
        }
      }
    }
    if (!withMissing.isEmpty()) {
      err.println(
          "glasswing: note: "
              + (withMissing.size() == 1 ? "row " : "rows ")
              + String.join(", ", withMissing)
              + " of --data "
              + (withMissing.size() == 1 ? "has" : "have")
              + " missing values; tree-shap follows the classifier's own missing-value handling"
              + " exactly (Weka's fractional branch weights), without falling back to"
              + " enumeration"
              + (interventional ? ", so the values still equal exact-shapley's" : ""));
      err.flush();
    }
  }
}
