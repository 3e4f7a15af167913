package org.glasswing.report;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the SVG that JFreeSVG writes smaller without changing the picture: coordinates are written
 * with one decimal (a tenth of a pixel at 100% zoom), and a run of shapes drawn one after another
 * in the same opaque style and clip (the points of a scatter, the curves of an ICE plot, the ticks
 * of a rug) becomes one path, each shape drawn once.
 *
 * <p>Merging is only done for opaque styles: two translucent shapes that overlap look darker where
 * they overlap, one merged path would not.
 */
final class SvgCompactor {

  /** One shape in its own group: {@code <g style='S' clip-path='C'><path d='D'/></g>}. */
  private static final Pattern GROUPED_PATH =
      Pattern.compile("<g style='([^']*)'( clip-path='[^']*')?><path d='([^']*)'/></g>");

  private SvgCompactor() {}

  /**
   * Writes a coordinate with at most one decimal, without a trailing {@code .0}.
   *
   * @param value a coordinate
   * @return such as {@code 402.8} or {@code 66}
   */
  static String coordinate(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    long tenths = Math.round(value * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return sign + (abs / 10) + "." + (abs % 10);
  }

  /**
   * Merges runs of shapes in the same opaque style and clip into one path.
   *
   * @param svg an SVG element as JFreeSVG writes it
   * @return the same picture, usually much shorter
   */
  static String mergeRuns(String svg) {
    Matcher m = GROUPED_PATH.matcher(svg);
    StringBuilder out = new StringBuilder(svg.length());
    int copied = 0;
    String runKey = null;
    Set<String> runPaths = new LinkedHashSet<>();
    int runEnd = -1;
    while (m.find()) {
      String key = m.group(1) + '\u0000' + (m.group(2) == null ? "" : m.group(2));
      boolean mergeable = opaque(m.group(1));
      if (runKey != null && m.start() == runEnd && key.equals(runKey)) {
        runPaths.add(m.group(3));
        runEnd = m.end();
        continue;
      }
      if (runKey != null) {
        flush(out, runKey, runPaths);
        copied = runEnd;
        runKey = null;
      }
      out.append(svg, copied, m.start());
      if (mergeable) {
        runKey = key;
        runPaths.clear();
        runPaths.add(m.group(3));
        runEnd = m.end();
        copied = m.end();
      } else {
        out.append(m.group());
        copied = m.end();
      }
    }
    if (runKey != null) {
      flush(out, runKey, runPaths);
      copied = runEnd;
    }
    out.append(svg, copied, svg.length());
    return out.toString();
  }

  private static void flush(StringBuilder out, String key, Set<String> paths) {
    int split = key.indexOf('\u0000');
    out.append("<g style='")
        .append(key, 0, split)
        .append('\'')
        .append(key, split + 1, key.length())
        .append("><path d='");
    for (String d : paths) {
      out.append(d);
    }
    out.append("'/></g>");
  }

  private static boolean opaque(String style) {
    for (String declaration : style.split(";")) {
      int colon = declaration.indexOf(':');
      if (colon > 0 && declaration.substring(0, colon).trim().endsWith("opacity")) {
        double value = Double.parseDouble(declaration.substring(colon + 1).trim());
        if (value < 1) {
          return false;
        }
      }
    }
    return true;
  }
}
