package org.glasswing.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.glasswing.core.engine.CancellationToken;
import org.glasswing.core.engine.EvaluationEngine;
import org.glasswing.core.engine.MonotoneProgress;
import org.glasswing.core.engine.ProgressListener;
import org.glasswing.report.Report;
import org.glasswing.report.ReportSection;
import org.glasswing.report.SettingsSection;

/**
 * One audit while it runs: the plan, the inputs, the sections made so far, the notes on sections
 * not shown, and each step's time. Not thread-safe; one per {@link Audit#run}.
 */
final class AuditRun {

  /** Why a retraining section did not run. */
  static final String NO_LEARNER =
      "not run: this audit has a trained model but no learner to retrain (give a classifier spec)";

  /** Why a section the plan turned off is missing. */
  static final String TURNED_OFF = "not run: turned off in the audit plan";

  private final AuditPlan plan;
  private final AuditInputs inputs;
  private final AuditProgress progress;
  private final CancellationToken cancel;
  private final int threads;
  private final long start = System.nanoTime();
  private final List<ReportSection> sections = new ArrayList<>();
  private final Map<String, String> notes = new LinkedHashMap<>();
  private final Map<String, String> timings = new LinkedHashMap<>();
  private String stage = "audit";

  AuditRun(AuditPlan plan, AuditInputs inputs, AuditProgress progress, CancellationToken cancel) {
    this.plan = plan;
    this.inputs = inputs;
    this.progress = progress;
    this.cancel = cancel;
    this.threads =
        plan.threads() == 0 ? Runtime.getRuntime().availableProcessors() : plan.threads();
  }

  AuditPlan plan() {
    return plan;
  }

  AuditInputs inputs() {
    return inputs;
  }

  long seed() {
    return plan.seed();
  }

  int threads() {
    return threads;
  }

  CancellationToken cancel() {
    return cancel;
  }

  /**
   * Whether a section is to be made: on in the plan, and its learner given if it retrains. A
   * section that is not made gets its reason among the notes.
   *
   * @param section the section
   * @param title how the notes name it
   * @return true to make it
   */
  boolean wants(AuditSection section, String title) {
    if (!plan.includes(section)) {
      notes.put(title, TURNED_OFF);
      return false;
    }
    if (section.retrains() && !inputs.hasLearner()) {
      notes.put(title, NO_LEARNER);
      return false;
    }
    return true;
  }

  void add(ReportSection section) {
    if (section != null) {
      sections.add(section);
    }
  }

  void note(String title, String text) {
    notes.put(title, text);
  }

  /** Runs a step, telling the progress and timing it. */
  <T> T timed(String step, String message, Supplier<T> work) {
    cancel.throwIfCancelled();
    progress.step(message);
    String outer = stage;
    stage = message;
    long begin = System.nanoTime();
    try {
      T result = work.get();
      timings.put(step, seconds(System.nanoTime() - begin));
      return result;
    } finally {
      stage = outer;
    }
  }

  /**
   * Runs work with a progress listener: one line named after the running stage (such as
   * "interactions of the top features"), whose percentage never goes back however many runs, in a
   * row or in parallel, report into it.
   *
   * @param label what the work does, when no stage is running
   */
  <T> T tracked(String label, Function<ProgressListener, T> work) {
    return monotone(label, work::apply);
  }

  private <T> T monotone(String label, Function<MonotoneProgress, T> work) {
    String name = stage.equals("audit") ? label : stage;
    return progress.track(
        name,
        listener -> {
          MonotoneProgress monotone = new MonotoneProgress(listener);
          T result = work.apply(monotone);
          monotone.finish();
          return result;
        });
  }

  /**
   * Runs work of a known number of parts, each on its own engine with the plan's threads, on one
   * progress line that climbs across the parts and reaches 100% with the last.
   *
   * @param label what the work does, when no stage is running
   * @param parts how many parts the work has
   * @param work given the engine of each part (from 0), in any order
   */
  <T> T withParts(String label, int parts, Function<IntFunction<EvaluationEngine>, T> work) {
    return monotone(
        label,
        monotone ->
            work.apply(
                part ->
                    new EvaluationEngine(
                        threads,
                        EvaluationEngine.DEFAULT_BATCH_ROWS,
                        monotone.part(part, parts),
                        cancel)));
  }

  /** Runs work on an engine with the plan's threads. */
  <T> T withEngine(String label, Function<EvaluationEngine, T> work) {
    return tracked(
        label,
        listener ->
            work.apply(
                new EvaluationEngine(
                    threads, EvaluationEngine.DEFAULT_BATCH_ROWS, listener, cancel)));
  }

  /**
   * The report: the sections, then the settings (the given ones, the plan as JSON, the caller's
   * own, the notes on sections not shown and the times).
   *
   * @param settings what the audit used, in words
   * @param subtitle the report's subtitle
   * @param metadata the report's header facts
   * @return the report
   */
  Report report(Map<String, String> settings, String subtitle, Map<String, String> metadata) {
    timings.put("total", seconds(System.nanoTime() - start));
    Map<String, String> shown = new LinkedHashMap<>(settings);
    shown.put("audit plan (JSON)", plan.toJson().strip().replaceAll("\\s*\\n\\s*", " "));
    shown.putAll(inputs.settings());
    shown.putAll(notes);
    timings.forEach((step, time) -> shown.put("time: " + step, time));
    List<ReportSection> all = new ArrayList<>(sections);
    all.add(new SettingsSection(shown));
    return new Report("Glasswing audit", subtitle, metadata, all);
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
  }
}
