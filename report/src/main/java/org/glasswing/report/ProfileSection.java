package org.glasswing.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.glasswing.core.global.AleCurve;
import org.glasswing.core.global.Profile;

/**
 * How the prediction changes as one feature sweeps its range, for a few top features: one chart per
 * feature with a thin line per row (ICE), the thick average (PDP) and a rug of the data, and for a
 * numeric feature whose accumulated local effect (ALE) is given, a second chart of that curve.
 */
public final class ProfileSection implements ReportSection {

  private final List<Profile> profiles;
  private final Map<String, AleCurve> ale = new HashMap<>();
  private final OutputKind outputKind;
  private final Map<String, List<Profile>> perClass = new HashMap<>();

  /**
   * Creates the section.
   *
   * @param profiles the profiles to show, in order (usually the top features)
   * @param outputKind what the profiled output is, for the wording
   */
  public ProfileSection(List<Profile> profiles, OutputKind outputKind) {
    this(profiles, List.of(), outputKind);
  }

  /**
   * Creates the section with accumulated local effects: a numeric feature whose ALE curve is given
   * gets a second, smaller chart under its PDP/ICE chart.
   *
   * @param profiles the profiles to show, in order (usually the top features)
   * @param aleCurves ALE curves of some of the profiled features, matched to a profile by feature
   *     name and output; curves of features not profiled are not drawn
   * @param outputKind what the profiled output is, for the wording
   * @throws IllegalArgumentException if there is no profile, or two curves share a feature
   */
  public ProfileSection(List<Profile> profiles, List<AleCurve> aleCurves, OutputKind outputKind) {
    this(profiles, aleCurves, outputKind, List.of());
  }

  /**
   * Creates the section with every class's partial dependence: a profiled feature whose profiles of
   * all classes are given gets a per-class chart under its PDP/ICE chart.
   *
   * @param profiles the profiles to show, in order (usually the top features)
   * @param aleCurves ALE curves of some of the profiled features
   * @param outputKind what the profiled output is, for the wording
   * @param classProfiles profiles of some of the profiled features for every class (matched by
   *     feature name); empty for a model with one or two outputs
   */
  public ProfileSection(
      List<Profile> profiles,
      List<AleCurve> aleCurves,
      OutputKind outputKind,
      List<Profile> classProfiles) {
    for (Profile p : classProfiles) {
      perClass.computeIfAbsent(p.feature().name(), n -> new java.util.ArrayList<>()).add(p);
    }
    this.profiles = List.copyOf(profiles);
    this.outputKind = Objects.requireNonNull(outputKind, "outputKind");
    if (this.profiles.isEmpty()) {
      throw new IllegalArgumentException("a profile section needs at least one profile");
    }
    for (AleCurve curve : aleCurves) {
      if (ale.put(curve.feature().name(), curve) != null) {
        throw new IllegalArgumentException(
            "two ALE curves for feature '" + curve.feature().name() + "'");
      }
    }
  }

  @Override
  public String id() {
    return "profiles";
  }

  @Override
  public String title() {
    return "How the prediction follows each feature";
  }

  @Override
  public String question() {
    return "When one feature changes and everything else about a row stays, how does the"
        + " prediction move?";
  }

  @Override
  public String bodyHtml() {
    StringBuilder html =
        new StringBuilder(
            "<p>How to read it: each thin grey line is one row, with only this feature changed"
                + " (ICE); the thick blue line is their average (partial dependence). Lines that"
                + " run parallel mean the feature acts the same way for every row; lines that"
                + " cross or fan out mean it interacts with other features. The ticks along the"
                + " bottom show where the data actually lies: far from them the curves are"
                + " guesses.</p>\n");
    if (profiles.stream().anyMatch(p -> aleFor(p) != null)) {
      html.append(
          "<p>Under a numeric feature's chart, the orange line is its accumulated local effect"
              + " (ALE): how the prediction changes when the feature moves a little, measured only"
              + " on rows whose value is nearby, then added up. Unlike the blue line it never"
              + " invents rows the data does not have, so trust it more when the feature is"
              + " correlated with others. It is centred: 0 is the average prediction, and a value"
              + " of +0.1 means 0.1 above it.</p>\n");
    }
    for (int i = 0; i < profiles.size(); i++) {
      Profile profile = profiles.get(i);
      String output = outputKind.describe(profile.output());
      html.append("<figure>")
          .append(LineCharts.profile("profile-" + (i + 1), profile, output))
          .append("<figcaption>")
          .append(Html.escape(output))
          .append(" as '")
          .append(Html.escape(profile.feature().name()))
          .append("' varies, over ")
          .append(profile.ice().length)
          .append(profile.ice().length == 1 ? " row" : " rows")
          .append(
              profile.ice().length > LineCharts.MAX_ICE_CURVES
                  ? " (the first " + LineCharts.MAX_ICE_CURVES + " drawn)"
                  : "")
          .append(".</figcaption></figure>\n");
      List<Profile> classes = perClass.get(profile.feature().name());
      if (classes != null && classes.size() > 1) {
        html.append("<figure>")
            .append(
                LineCharts.classProfiles(
                    "profile-" + (i + 1) + "-classes", classes, "predicted probability"))
            .append("<figcaption>")
            .append(
                Html.escape(
                    "Partial dependence of every class's probability on '"
                        + profile.feature().name()
                        + "' (the lines add up to 1 at each value): which class gains"
                        + " what another loses."))
            .append("</figcaption></figure>\n");
      }
      AleCurve curve = aleFor(profile);
      if (curve != null) {
        html.append("<figure>")
            .append(LineCharts.ale("ale-" + (i + 1), curve, "effect (0 = average)"))
            .append("<figcaption>")
            .append(
                Html.escape(
                    "Accumulated local effect of '"
                        + profile.feature().name()
                        + "' on the "
                        + output
                        + ", over the full range of the data,"))
            .append(" over ")
            .append(curve.counts().length)
            .append(" intervals between quantiles of its values.</figcaption></figure>\n");
      }
    }
    return html.toString();
  }

  private AleCurve aleFor(Profile profile) {
    AleCurve curve = ale.get(profile.feature().name());
    return curve != null && curve.output().equals(profile.output()) ? curve : null;
  }
}
