package org.glasswing.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.explain.Explanation;
import org.glasswing.core.explain.TargetSelection;
import org.glasswing.core.shapley.Background;
import org.glasswing.report.LimeSection;
import org.glasswing.report.LocalExplanationSection;
import org.glasswing.report.OcclusionSection;
import org.glasswing.report.OutputKind;
import org.glasswing.weka.WekaData;

/**
 * The audit's views of single rows: the method's explanations, LIME's and occlusion's for the same
 * rows, how far the three agree, and, for a class, the nearest training rows and counterfactuals of
 * the first row.
 */
final class LocalPart {

  private final AuditRun run;
  private final AuditExplainer method;
  private final Background background;
  private final int[] localRows;
  private final Dataset reference;
  private final OutputKind kind;

  LocalPart(
      AuditRun run,
      AuditExplainer method,
      Background background,
      int[] localRows,
      Dataset reference,
      OutputKind kind) {
    this.run = run;
    this.method = method;
    this.background = background;
    this.localRows = localRows;
    this.reference = reference;
    this.kind = kind;
  }

  /** Adds the sections to the run. */
  void run() {
    AuditPlan plan = run.plan();
    Dataset localData = WekaData.dataset(run.inputs().rows()).select(localRows);
    IntUnaryOperator localNumber = TabularAudit.numbers(localRows);
    boolean agreement = run.wants(AuditSection.AGREEMENT, "agreement");
    boolean shapley = run.wants(AuditSection.LOCAL_EXPLANATIONS, "local explanations");
    boolean lime = run.wants(AuditSection.LIME, "lime");
    boolean occlusion = run.wants(AuditSection.OCCLUSION, "occlusion");
    List<Explanation> local = null;
    if (shapley || agreement) {
      // With more than two classes every class is explained, so that the report shows the
      // predicted class's waterfall with the others beside it; the other views compare the
      // predicted class's only.
      boolean everyClass = method.model().outputNames().size() > 2 && shapley;
      List<Explanation> explained =
          run.timed(
              "local explanations",
              "explaining " + localRows.length + " rows",
              () ->
                  run.withEngine(
                      "explaining",
                      engine ->
                          method
                              .explainer()
                              .explain(
                                  method.model(),
                                  localData,
                                  everyClass ? TargetSelection.all() : TargetSelection.predicted(),
                                  engine)));
      local =
          LocalExplanationSection.byRow(explained).stream()
              .map(LocalExplanationSection::predicted)
              .toList();
      if (shapley) {
        run.add(new LocalExplanationSection(explained, localNumber, kind));
      }
    }
    List<Explanation> limeExplanations = null;
    if (lime || agreement) {
      Dataset training = reference;
      limeExplanations =
          run.timed(
              "lime",
              "LIME for the same rows",
              () ->
                  run.withEngine(
                      "lime",
                      engine ->
                          AuditViews.lime(
                              run.inputs().model(), training, localData, plan, engine)));
      if (lime) {
        run.add(new LimeSection(limeExplanations, localNumber, kind));
      }
    }
    List<Explanation> occluded = null;
    if (occlusion || agreement) {
      occluded =
          run.timed(
              "occlusion",
              "occlusion for the same rows",
              () ->
                  run.withEngine(
                      "occlusion",
                      engine ->
                          AuditViews.occlusion(
                              run.inputs().model(), background, localData, engine)));
      if (occlusion) {
        run.add(new OcclusionSection(occluded, localNumber, kind));
      }
    }
    if (agreement) {
      Map<String, List<Explanation>> compared = new LinkedHashMap<>();
      compared.put(method.explainer().method(), local);
      compared.put("lime", limeExplanations);
      compared.put("occlusion", occluded);
      run.add(AuditChecks.agreement(compared));
    }
    if (kind == OutputKind.CLASS_PROBABILITY) {
      examples(localData);
    }
  }

  private void examples(Dataset localData) {
    long seed = run.seed();
    int first = localRows[0] + 1;
    if (run.wants(AuditSection.NEAREST_EXAMPLES, "nearest examples")) {
      run.add(
          run.timed(
              "nearest examples",
              "nearest training rows of row " + first,
              () ->
                  run.withEngine(
                      "searching",
                      engine ->
                          AuditViews.nearestExamples(
                              run.inputs().model(),
                              reference,
                              row -> row + 1,
                              WekaData.dataset(run.inputs().rows()),
                              localRows[0],
                              first,
                              run.inputs().redact(),
                              engine))));
    }
    if (run.wants(AuditSection.COUNTERFACTUALS, "counterfactuals")) {
      run.add(
          run.timed(
              "counterfactuals",
              "counterfactuals for row " + first,
              () ->
                  run.withEngine(
                      "searching",
                      engine ->
                          AuditViews.counterfactual(
                              run.inputs().model(),
                              reference,
                              localData.select(new int[] {0}),
                              first,
                              run.inputs().frozenAttributes(),
                              seed,
                              run.inputs().redact(),
                              engine))));
    }
  }
}
