package org.glasswing.knime.global;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.glasswing.core.data.Schema;
import org.glasswing.knime.table.Messages;
import org.knime.core.node.InvalidSettingsException;

/**
 * A comma-separated list of column names in a setting (as the command line's {@code --features}),
 * resolved against the rows' schema.
 */
final class NamedColumns {

  private NamedColumns() {}

  /**
   * Whether the list names any column.
   *
   * @param list the setting's value
   * @return true if it is not blank
   */
  static boolean explicit(String list) {
    return !list.isBlank();
  }

  /**
   * The named columns' indices, in the order named.
   *
   * @param list the setting's value; empty for every column
   * @param key the setting's key, for messages
   * @param schema the rows' schema
   * @param input how messages name the input table
   * @return the indices
   * @throws InvalidSettingsException naming a column the table does not have
   */
  static int[] resolve(String list, String key, Schema schema, String input)
      throws InvalidSettingsException {
    if (!explicit(list)) {
      return IntStream.range(0, schema.size()).toArray();
    }
    List<Integer> found = new ArrayList<>();
    for (String part : list.split(",")) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      int index = schema.indexOf(name).orElse(-1);
      if (index < 0) {
        throw new InvalidSettingsException(
            "the setting '"
                + key
                + "' names the column '"
                + Messages.quoted(name)
                + "', which "
                + input
                + " does not have");
      }
      if (found.contains(index)) {
        throw new InvalidSettingsException(
            "the setting '" + key + "' names the column '" + Messages.quoted(name) + "' twice");
      }
      found.add(index);
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }
}
