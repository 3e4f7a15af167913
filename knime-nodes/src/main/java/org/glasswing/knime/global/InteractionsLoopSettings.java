package org.glasswing.knime.global;

import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Schema;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameters;
import org.glasswing.knime.loop.CatalogueSettings;
import org.glasswing.knime.loop.JoinedSettings;
import org.glasswing.knime.loop.LoopSettings;
import org.glasswing.knime.loop.ModelSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The Interactions Loop Start's settings: the catalogue's {@code interactions} parameters (top,
 * sample) and the seed, as {@code glasswing interactions} takes them, and the candidate columns
 * ({@value #FEATURES}, as the command line's {@code --features}).
 */
final class InteractionsLoopSettings implements LoopSettings {

  /** The catalogue's interactions method. */
  static final MethodSpec INTERACTIONS =
      MethodCatalogue.standard().find(Family.GLOBAL, "interactions");

  /** The key of the candidate columns. */
  static final String FEATURES = "features";

  /** The catalogue's interactions parameters and the seed. */
  final CatalogueSettings catalogue =
      CatalogueSettings.of(
          Family.GLOBAL,
          "interactions",
          List.of("top", "sample"),
          Map.of(),
          List.of(Parameters.SEED));

  /** The candidate columns, comma-separated; empty for every column. */
  final SettingsModelString features = new SettingsModelString(FEATURES, "");

  private final LoopSettings all =
      new JoinedSettings(catalogue, new ModelSettings().add(FEATURES, features));

  @Override
  public void save(NodeSettingsWO settings) {
    all.save(settings);
  }

  @Override
  public void validate(NodeSettingsRO settings) throws InvalidSettingsException {
    all.validate(settings);
  }

  @Override
  public void load(NodeSettingsRO settings) throws InvalidSettingsException {
    all.load(settings);
  }

  /**
   * The candidate columns' indices, at least two.
   *
   * @param schema the rows' schema
   * @param input how messages name the input table
   * @return the named columns, or every column when none is named
   * @throws InvalidSettingsException naming a missing column, or if fewer than two are left
   */
  int[] columns(Schema schema, String input) throws InvalidSettingsException {
    int[] columns = NamedColumns.resolve(features.getStringValue(), FEATURES, schema, input);
    if (columns.length < 2) {
      throw new InvalidSettingsException(
          "interactions need at least 2 candidate columns; the setting '"
              + FEATURES
              + "' leaves "
              + columns.length);
    }
    return columns;
  }
}
