package org.glasswing.knime.faithfulness;

import java.util.List;
import java.util.Map;
import org.glasswing.core.methods.Family;
import org.glasswing.knime.loop.CatalogueSettings;
import org.glasswing.knime.loop.JoinedSettings;
import org.glasswing.knime.loop.ModelSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The settings of the Deletion Curve Loop Start, shared by its model and its dialog: the
 * catalogue's {@code faithfulness} setting {@code random-orders} (saved before as {@code
 * randomOrders}, which still loads), and the node's own probability column, seed and rows per
 * iteration.
 */
final class DeletionLoopSettings {

  final SettingsModelString probabilityColumn = new SettingsModelString("probabilityColumn", "");

  /** The catalogue method whose settings the node takes. */
  static final String METHOD = "faithfulness";

  /** The catalogue name of the number of random orders. */
  static final String RANDOM_ORDERS = "random-orders";

  final CatalogueSettings catalogue =
      CatalogueSettings.of(
          Family.SANITY,
          METHOD,
          List.of(RANDOM_ORDERS),
          Map.of(RANDOM_ORDERS, List.of("randomOrders")));
  final SettingsModelInteger seed = new SettingsModelInteger("seed", 1);
  final SettingsModelIntegerBounded rowsPerIteration =
      new SettingsModelIntegerBounded("rowsPerIteration", 10, 1, Integer.MAX_VALUE);

  /**
   * The explained probability column.
   *
   * @return its name
   * @throws InvalidSettingsException if none is set
   */
  String probability() throws InvalidSettingsException {
    String name = probabilityColumn.getStringValue().trim();
    if (name.isEmpty()) {
      throw new InvalidSettingsException(
          "no probability column: name the predictor's column the explanations explain, such as"
              + " 'P (class=yes)'");
    }
    return name;
  }

  /** The settings as the node model saves, validates and loads them. */
  final JoinedSettings all =
      new JoinedSettings(
          new ModelSettings()
              .add("probabilityColumn", probabilityColumn)
              .add("seed", seed)
              .add("rowsPerIteration", rowsPerIteration),
          catalogue);
}
