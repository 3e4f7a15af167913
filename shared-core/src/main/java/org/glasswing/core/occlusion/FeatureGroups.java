package org.glasswing.core.occlusion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Feature;
import org.glasswing.core.data.Schema;

/**
 * The players of a grouped explanation: groups of input features that are occluded together, each
 * remaining input feature being a group of its own. Players are ordered by their first column in
 * the schema. A group of several features is named by its members joined with {@code +}, such as
 * {@code duration+credit_amount}.
 */
public final class FeatureGroups {

  private final List<int[]> columns;
  private final List<String> names;

  private FeatureGroups(List<int[]> columns, List<String> names) {
    this.columns = List.copyOf(columns);
    this.names = List.copyOf(names);
  }

  /**
   * Every input feature on its own.
   *
   * @param schema the model's schema
   * @return one group per input column
   */
  public static FeatureGroups singles(Schema schema) {
    return parse("", schema);
  }

  /**
   * Reads groups written as {@code a,b;c,d}: groups separated by semicolons, the features of a
   * group by commas, names as in the schema (spaces around names are ignored).
   *
   * @param spec the groups; empty for none
   * @param schema the model's schema
   * @return the groups, with every ungrouped input feature as a group of its own
   * @throws IllegalArgumentException naming an unknown feature, the target, a feature listed twice
   *     or an empty group
   */
  public static FeatureGroups parse(String spec, Schema schema) {
    int[] inputs = schema.inputIndices();
    Map<Integer, Integer> groupOf = new HashMap<>();
    List<List<Integer>> groups = new ArrayList<>();
    if (!spec.isBlank()) {
      for (String group : spec.split(";", -1)) {
        List<Integer> members = new ArrayList<>();
        for (String raw : group.split(",", -1)) {
          String name = raw.strip();
          if (name.isEmpty()) {
            throw new IllegalArgumentException(
                "the groups '" + spec + "' have an empty group or feature name");
          }
          int column =
              schema
                  .indexOf(name)
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "no feature '"
                                  + name
                                  + "' to group; the features are "
                                  + String.join(
                                      ", ", schema.inputs().stream().map(Feature::name).toList())));
          if (column == schema.targetIndex()) {
            throw new IllegalArgumentException(
                "'" + name + "' is the class (target) and cannot be in a group");
          }
          if (groupOf.containsKey(column)) {
            throw new IllegalArgumentException(
                "feature '" + name + "' is listed more than once in the groups");
          }
          groupOf.put(column, groups.size());
          members.add(column);
        }
        groups.add(members);
      }
    }
    List<int[]> columns = new ArrayList<>();
    List<String> names = new ArrayList<>();
    boolean[] placed = new boolean[groups.size()];
    for (int column : inputs) {
      Integer group = groupOf.get(column);
      if (group == null) {
        columns.add(new int[] {column});
        names.add(schema.feature(column).name());
      } else if (!placed[group]) {
        placed[group] = true;
        List<Integer> members = groups.get(group);
        columns.add(members.stream().mapToInt(Integer::intValue).toArray());
        names.add(String.join("+", members.stream().map(c -> schema.feature(c).name()).toList()));
      }
    }
    return new FeatureGroups(columns, names);
  }

  /**
   * The number of players.
   *
   * @return the group count
   */
  public int size() {
    return columns.size();
  }

  /**
   * The columns of one player.
   *
   * @param player the player's position
   * @return a fresh array of column indices into the schema
   */
  public int[] columns(int player) {
    return columns.get(player).clone();
  }

  /**
   * The name of one player: the feature's name, or the members' names joined with {@code +}.
   *
   * @param player the player's position
   * @return the name
   */
  public String name(int player) {
    return names.get(player);
  }

  /**
   * Whether some player has more than one feature.
   *
   * @return true when a group was given
   */
  public boolean grouped() {
    return columns.stream().anyMatch(c -> c.length > 1);
  }
}
