package org.glasswing.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.sanity.CheckResult;
import org.glasswing.core.sanity.InputMagnitudeExplainer;
import org.glasswing.core.sanity.SimilarityMeasure;
import org.glasswing.core.sanity.Verdict;

/**
 * The sanity checks of the explanations: a bar per method and randomisation test showing how much
 * the explanation stayed the same when the model was randomised (rank correlation of absolute
 * attributions; short bars are good), the control explainer beside the real methods, and a table of
 * every measure with its verdict badge and reason.
 */
public final class SanityCheckSection implements ReportSection {

  private final List<CheckResult> results;

  /**
   * Creates the section.
   *
   * @param results the check results, in display order; at least one
   */
  public SanityCheckSection(List<CheckResult> results) {
    if (results.isEmpty()) {
      throw new IllegalArgumentException("no sanity check results to show");
    }
    this.results = List.copyOf(results);
  }

  @Override
  public String id() {
    return "sanity-checks";
  }

  @Override
  public String title() {
    return "Can the explanations be trusted?";
  }

  @Override
  public String question() {
    return "Do the explanations change when the model is randomised, as explanations of the"
        + " model must, and do they stay put when nothing that matters changes?";
  }

  /**
   * Whether a method is the model-blind control, which the randomisation tests are expected to
   * fail.
   *
   * @param method a method name as the results give it
   * @return true for the control
   */
  static boolean isControl(String method) {
    return method.equals(InputMagnitudeExplainer.METHOD);
  }

  @Override
  public List<Finding> findings() {
    Map<String, Verdict> worst = worstPerMethod();
    List<String> passed = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Map.Entry<String, Verdict> e : worst.entrySet()) {
      if (isControl(e.getKey())) {
        findings.add(
            e.getValue() == Verdict.PASS
                ? Finding.warning(
                    "The control "
                        + e.getKey()
                        + " passed the sanity checks it is expected to fail: these checks cannot"
                        + " tell methods apart here.")
                : Finding.fact(
                    "The control "
                        + e.getKey()
                        + " failed the sanity checks, as expected (it ignores the model)."));
      } else {
        (e.getValue() == Verdict.PASS ? passed : failed)
            .add(e.getKey() + (e.getValue() == Verdict.PASS ? "" : " (" + e.getValue() + ")"));
      }
    }
    if (!passed.isEmpty()) {
      findings.add(0, Finding.good("Passed the sanity checks: " + String.join(", ", passed) + "."));
    }
    if (!failed.isEmpty()) {
      findings.add(
          0,
          Finding.warning(
              "Did not pass every sanity check: "
                  + String.join(", ", failed)
                  + "; see which check and why."));
    }
    return findings;
  }

  @Override
  public String bodyHtml() {
    StringBuilder html = new StringBuilder();
    html.append("<p>").append(summary()).append("</p>\n");
    List<SvgCharts.Bar> bars = new ArrayList<>();
    for (CheckResult r : results) {
      if (r.measure().equals(SimilarityMeasure.SPEARMAN_ABS.label())) {
        String method = isControl(r.method()) ? r.method() + " (control)" : r.method();
        bars.add(new SvgCharts.Bar(method + " · " + r.test(), r.value(), Double.NaN));
      }
    }
    if (!bars.isEmpty()) {
      html.append("<p>How to read it: each bar is how similar a method's explanations stayed")
          .append(" after the model was randomised (rank correlation of the absolute")
          .append(" attributions). Short bars are good: the explanation followed the model. ")
          .append("The control <code>")
          .append(InputMagnitudeExplainer.METHOD)
          .append("</code> ignores the model, so its bar is as long as it gets; a real method")
          .append(" whose bar is as long explains the model no better.</p>\n<figure>")
          .append(SvgCharts.horizontalBars("sanity-checks", bars, "similarity after randomisation"))
          .append("<figcaption>Similarity of the explanations before and after randomising the")
          .append(" model; FAIL from ")
          .append(Numbers.format(SimilarityMeasure.FAIL_FROM))
          .append(", PASS below ")
          .append(Numbers.format(SimilarityMeasure.PASS_BELOW))
          .append(".</figcaption></figure>\n");
    }
    StringBuilder rows = new StringBuilder();
    for (CheckResult r : results) {
      rows.append("<tr><th scope=\"row\">")
          .append(Html.escape(r.method()))
          .append(isControl(r.method()) ? "<br><small>control, expected to fail</small>" : "")
          .append("</th><td>")
          .append(Html.escape(r.test()))
          .append("</td><td>")
          .append(Html.escape(r.measure()))
          .append("</td><td class=\"num\">")
          .append(Html.escape(Numbers.format(r.value())))
          .append("</td><td>")
          .append(VerdictBadge.html(r.verdict()))
          .append("</td><td>")
          .append(Html.escape(r.reason()))
          .append("</td></tr>");
    }
    HtmlTable table =
        new HtmlTable("data sanity", "Method", "Check", "Measure", "Value", "Verdict", "Why")
            .numeric(3)
            .rawRow(rows.toString());
    html.append("<details open><summary>Every check</summary>\n")
        .append(table.html())
        .append("</details>\n");
    return html.toString();
  }

  /** One sentence per method: its worst verdict. */
  private Map<String, Verdict> worstPerMethod() {
    Map<String, Verdict> worst = new LinkedHashMap<>();
    for (CheckResult r : results) {
      worst.merge(r.method(), r.verdict(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
    return worst;
  }

  private String summary() {
    Map<String, Verdict> worst = worstPerMethod();
    StringBuilder text = new StringBuilder("Worst verdict per method: ");
    boolean first = true;
    for (Map.Entry<String, Verdict> e : worst.entrySet()) {
      text.append(first ? "" : ", ")
          .append(Html.escape(e.getKey()))
          .append(isControl(e.getKey()) ? " (control, expected to fail) " : " ")
          .append(VerdictBadge.html(e.getValue()));
      first = false;
    }
    return text.append('.').toString();
  }
}
