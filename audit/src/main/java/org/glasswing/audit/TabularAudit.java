package org.glasswing.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.embedding.Embedding;
import org.glasswing.core.embedding.FeatureMatrix;
import org.glasswing.core.embedding.Pca;
import org.glasswing.core.embedding.Tsne;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.GlobalImportance;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.shapley.Background;
import org.glasswing.report.GlobalImportanceSection;
import org.glasswing.report.OutputKind;
import org.glasswing.weka.WekaData;
import org.glasswing.weka.WekaModel;
import weka.core.Instances;

/**
 * The audit's views of a tabular model: global importance, permutation importance, profiles,
 * interactions, the surrogate tree, local explanations by three methods and their agreement,
 * examples and counterfactuals, the data map, and the checks of the explanation method.
 */
final class TabularAudit {

  private final AuditRun run;
  private final AuditExplainer.Chooser chooser;
  private final int[] localRows;
  private final WekaModel model;
  private final Instances train;
  private final Dataset data;
  private final Dataset reference;
  private final OutputKind kind;
  private final long seed;

  TabularAudit(AuditRun run, AuditExplainer.Chooser chooser, int[] localRows) {
    this.run = run;
    this.chooser = chooser;
    this.localRows = localRows.clone();
    this.model = run.inputs().model();
    this.train = run.inputs().training();
    this.data = WekaData.dataset(run.inputs().rows());
    this.reference = train != null ? WekaData.dataset(train) : data;
    this.kind =
        model.schema().target().isNominal()
            ? OutputKind.CLASS_PROBABILITY
            : OutputKind.NUMERIC_VALUE;
    this.seed = run.seed();
  }

  /**
   * Adds the sections to the run.
   *
   * @param described the classifier in words
   * @return the settings the report states
   */
  Map<String, String> run(String described) {
    AuditPlan plan = run.plan();
    int size = plan.backgroundSize() == 0 ? reference.numRows() : plan.backgroundSize();
    Background background = Background.sample(reference, size, seed);
    AuditExplainer method = chooser.choose(plan.method(), model, background, plan.budget(), seed);
    int wanted =
        plan.importanceRows() != 0
            ? plan.importanceRows()
            : method.isExact() ? Audit.FAST_IMPORTANCE_ROWS : Audit.SAMPLED_IMPORTANCE_ROWS;
    int[] globalRows = AuditSupport.sample(data.numRows(), wanted, seed);
    GlobalImportance importance = global(method, globalRows);
    permutation();
    if (run.wants(AuditSection.PROFILES, "profiles")) {
      run.add(
          run.timed(
              "profiles",
              "partial dependence of the top features",
              () ->
                  run.withEngine(
                      "profiling",
                      engine -> AuditViews.profiles(model, data, importance, kind, seed, engine))));
    }
    if (run.wants(AuditSection.INTERACTIONS, "interactions")) {
      run.add(
          run.timed(
              "interactions",
              "interactions of the top features",
              () ->
                  run.withEngine(
                      "interactions",
                      engine ->
                          AuditViews.interactions(model, data, importance, kind, seed, engine))));
    }
    if (run.wants(AuditSection.SURROGATE, "surrogate tree")) {
      try {
        Instances fitted = train != null ? train : run.inputs().rows();
        run.add(
            run.timed(
                "surrogate", "surrogate tree", () -> AuditViews.surrogate(model, fitted, seed)));
      } catch (IllegalArgumentException e) {
        run.note("surrogate tree", "not shown: " + e.getMessage());
      }
    }
    new LocalPart(run, method, background, localRows, reference, kind).run();
    dataMap();
    new CheckPart(run, method, chooser, background, data, kind).run();
    return settings(described, method, background.size(), globalRows.length);
  }

  private GlobalImportance global(AuditExplainer method, int[] globalRows) {
    List<Explanation> global =
        run.timed(
            "global importance",
            "explaining " + globalRows.length + " rows for the global importance",
            () -> explain(run, method, data.select(globalRows)));
    GlobalImportance importance = GlobalImportance.meanAbsolute(global);
    if (run.wants(AuditSection.GLOBAL_IMPORTANCE, "global importance")) {
      run.add(
          new GlobalImportanceSection(
              importance, method.description() + ", for the predicted class", kind, global));
    }
    return importance;
  }

  private void permutation() {
    AuditPlan plan = run.plan();
    boolean learner = run.inputs().hasLearner();
    if (!plan.includes(AuditSection.PERMUTATION_IMPORTANCE)) {
      run.note("permutation importance", AuditRun.TURNED_OFF);
      return;
    }
    if (!learner && !run.inputs().hasSeparateRows()) {
      run.note("permutation importance", AuditRun.NO_LEARNER);
      return;
    }
    run.add(
        run.timed(
            "permutation importance",
            learner
                ? "permutation importance (" + plan.permutationFolds() + " folds)"
                : "permutation importance on " + run.inputs().rowsName(),
            () ->
                run.withEngine(
                    "permuting",
                    engine ->
                        AuditViews.permutationImportance(
                            learner ? run.inputs()::newLearner : null,
                            model,
                            train,
                            data,
                            plan.permutationFolds(),
                            plan.permutationRepeats(),
                            seed,
                            engine))));
  }

  private void dataMap() {
    if (reference.numRows() > Tsne.MAX_ROWS) {
      run.note("data map", "not shown: more than " + Tsne.MAX_ROWS + " rows");
      return;
    }
    boolean map = run.wants(AuditSection.DATA_MAP, "data map");
    boolean prototypes =
        kind == OutputKind.CLASS_PROBABILITY
            && run.wants(AuditSection.PROTOTYPES, "prototypes and criticisms");
    if (!map && !prototypes) {
      return;
    }
    double[][] encoded = FeatureMatrix.encode(reference);
    Embedding embedding =
        run.timed("data map", "data map (PCA)", () -> Pca.map(encoded, run.cancel()));
    if (map) {
      run.add(DataViews.dataMap(reference, encoded, embedding));
    }
    if (prototypes) {
      run.add(
          run.timed(
              "prototypes",
              "prototypes and criticisms",
              () ->
                  run.tracked(
                      "prototypes",
                      progress ->
                          DataViews.prototypes(
                              reference,
                              embedding,
                              seed,
                              run.inputs().redact(),
                              progress,
                              run.cancel()))));
    }
  }

  /** Explains rows with the audit's method, for the predicted class. */
  static List<Explanation> explain(AuditRun run, AuditExplainer method, Dataset rows) {
    return run.withEngine(
        "explaining",
        engine ->
            method.explainer().explain(method.model(), rows, TargetSelection.predicted(), engine));
  }

  private Map<String, String> settings(
      String described, AuditExplainer method, int backgroundRows, int globalRows) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("classifier", described);
    settings.put("data", run.inputs().rowsName());
    settings.put("explanation method", method.description());
    settings.put("background rows", Integer.toString(backgroundRows));
    settings.put(
        "coalition budget (model-agnostic methods)", Integer.toString(run.plan().budget()));
    settings.put("rows for global importance", Integer.toString(globalRows));
    settings.put("cross-validation folds", Integer.toString(run.plan().folds()));
    settings.put("seed", Long.toString(seed));
    settings.put("threads", Integer.toString(run.threads()));
    return settings;
  }

  /** Marks a dataset's rows with their 1-based numbers in the explained data. */
  static IntUnaryOperator numbers(int[] rows) {
    return row -> rows[row] + 1;
  }
}
