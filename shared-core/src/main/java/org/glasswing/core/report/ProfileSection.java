package org.glasswing.core.report;

import java.util.List;
import java.util.Objects;
import org.glasswing.core.global.Profile;

/**
 * How the prediction changes as one feature sweeps its range, for a few top features: one chart per
 * feature with a thin line per row (ICE), the thick average (PDP) and a rug of the data.
 */
public final class ProfileSection implements ReportSection {

  private final List<Profile> profiles;
  private final OutputKind outputKind;

  /**
   * Creates the section.
   *
   * @param profiles the profiles to show, in order (usually the top features)
   * @param outputKind what the profiled output is, for the wording
   */
  public ProfileSection(List<Profile> profiles, OutputKind outputKind) {
    this.profiles = List.copyOf(profiles);
    this.outputKind = Objects.requireNonNull(outputKind, "outputKind");
    if (this.profiles.isEmpty()) {
      throw new IllegalArgumentException("a profile section needs at least one profile");
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
    }
    return html.toString();
  }
}
