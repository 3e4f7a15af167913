package org.glasswing.core.fairness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.data.Feature;

/**
 * A protected attribute as a user names it: {@code sex}, or a numeric one with the cut points of
 * its groups, {@code age:25,60}. Without cut points a numeric attribute is grouped at its
 * quartiles.
 *
 * @param name the attribute's name
 * @param cuts the cut points, empty for a nominal attribute or for quartiles
 */
public record ProtectedAttribute(String name, List<Double> cuts) {

  /**
   * Checks the attribute.
   *
   * @param name the attribute's name
   * @param cuts the cut points
   */
  public ProtectedAttribute {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a protected attribute needs a name");
    }
    cuts = List.copyOf(cuts);
  }

  /**
   * Reads a list such as {@code sex,age:25,60}: names separated by commas, each optionally followed
   * by a colon and its cut points; a number after a cut point is another cut point of the same
   * attribute.
   *
   * @param text the list
   * @return the attributes, in the order given
   * @throws IllegalArgumentException if the list is empty, a cut point is not a number, or an
   *     attribute is named twice
   */
  public static List<ProtectedAttribute> parseList(String text) {
    List<ProtectedAttribute> out = new ArrayList<>();
    String name = null;
    List<Double> cuts = new ArrayList<>();
    for (String raw : text.split(",", -1)) {
      String token = raw.strip();
      int colon = token.lastIndexOf(':');
      if (colon >= 0) {
        if (name != null) {
          out.add(new ProtectedAttribute(name, cuts));
        }
        name = token.substring(0, colon).strip();
        cuts = new ArrayList<>();
        cuts.add(number(token.substring(colon + 1).strip(), name));
      } else if (name != null && !cuts.isEmpty() && looksNumeric(token)) {
        cuts.add(number(token, name));
      } else {
        if (name != null) {
          out.add(new ProtectedAttribute(name, cuts));
        }
        name = token;
        cuts = new ArrayList<>();
      }
      if (name.isEmpty()) {
        throw new IllegalArgumentException(
            "empty attribute name in '"
                + text
                + "'; give names separated by commas, as in sex,age:25,60");
      }
    }
    out.add(new ProtectedAttribute(name, cuts));
    List<String> names = out.stream().map(ProtectedAttribute::name).toList();
    for (String n : names) {
      if (names.indexOf(n) != names.lastIndexOf(n)) {
        throw new IllegalArgumentException("the protected attribute '" + n + "' is named twice");
      }
    }
    return List.copyOf(out);
  }

  private static boolean looksNumeric(String token) {
    try {
      Double.parseDouble(token);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static double number(String token, String attribute) {
    try {
      return Double.parseDouble(token);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'"
              + token
              + "' is not a number: the cut points of '"
              + attribute
              + "' are numbers, as in "
              + attribute
              + ":25,60");
    }
  }

  /**
   * Groups the rows of the data by this attribute.
   *
   * @param data the rows, with the attribute among their columns
   * @return the groups
   * @throws IllegalArgumentException if the data has no such attribute, it is the class, or cut
   *     points were given for a nominal attribute
   */
  public ProtectedGroups groups(Dataset data) {
    Optional<Integer> column = data.schema().indexOf(name);
    if (column.isEmpty()) {
      throw new IllegalArgumentException(
          "no attribute '"
              + name
              + "' in the data; name one of: "
              + data.schema().inputs().stream()
                  .map(Feature::name)
                  .collect(Collectors.joining(", ")));
    }
    int c = column.get();
    if (c == data.schema().targetIndex()) {
      throw new IllegalArgumentException(
          "'" + name + "' is the class; name an input attribute as protected");
    }
    Feature f = data.schema().feature(c);
    if (f.isNominal()) {
      if (!cuts.isEmpty()) {
        throw new IllegalArgumentException(
            "'" + name + "' is nominal: its groups are its labels, give it without cut points");
      }
      return ProtectedGroups.nominal(data, c);
    }
    if (cuts.isEmpty()) {
      return ProtectedGroups.quartiles(data, c);
    }
    return ProtectedGroups.cut(data, c, cuts.stream().mapToDouble(Double::doubleValue).toArray());
  }

  @Override
  public String toString() {
    return cuts.isEmpty()
        ? name
        : name
            + ":"
            + Arrays.stream(cuts.toArray(Double[]::new))
                .map(d -> Feature.numeric(name).format(d))
                .collect(Collectors.joining(","));
  }
}
