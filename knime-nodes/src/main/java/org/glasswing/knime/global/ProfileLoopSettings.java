package org.glasswing.knime.global;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glasswing.core.data.Schema;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.Parameters;
import org.glasswing.knime.loop.CatalogueSettings;
import org.glasswing.knime.loop.JoinedSettings;
import org.glasswing.knime.loop.LoopSettings;
import org.glasswing.knime.loop.ModelSettings;
import org.glasswing.knime.table.Messages;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The Partial Dependence Loop Start's settings: the catalogue's {@code profile} parameters (grid,
 * no-ice, ale, max-rows) and the seed, as {@code glasswing profile} takes them, and the profiled
 * columns ({@value #FEATURES}, as the command line's {@code --features}).
 */
final class ProfileLoopSettings implements LoopSettings {

  /** The catalogue's profile method. */
  static final org.glasswing.core.methods.MethodSpec PROFILE =
      org.glasswing.core.methods.MethodCatalogue.standard().find(Family.GLOBAL, "profile");

  /** The key of the profiled columns. */
  static final String FEATURES = "features";

  /** The catalogue's profile parameters and the seed. */
  final CatalogueSettings catalogue =
      CatalogueSettings.of(
          Family.GLOBAL,
          "profile",
          List.of("grid", "no-ice", "ale", "max-rows"),
          Map.of(),
          List.of(Parameters.SEED));

  /** The profiled columns, comma-separated; empty for every column that can vary. */
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
   * Whether the user named the columns.
   *
   * @return true if {@value #FEATURES} is not empty
   */
  boolean explicit() {
    return !features.getStringValue().isBlank();
  }

  /**
   * The profiled columns' indices.
   *
   * @param schema the rows' schema
   * @return the named columns, or every column when none is named
   * @throws InvalidSettingsException naming a column the table does not have
   */
  int[] columns(Schema schema) throws InvalidSettingsException {
    if (!explicit()) {
      return java.util.stream.IntStream.range(0, schema.size()).toArray();
    }
    List<Integer> found = new ArrayList<>();
    for (String part : features.getStringValue().split(",")) {
      String name = part.strip();
      if (name.isEmpty()) {
        continue;
      }
      int index = schema.indexOf(name).orElse(-1);
      if (index < 0) {
        throw new InvalidSettingsException(
            "the setting '"
                + FEATURES
                + "' names the column '"
                + Messages.quoted(name)
                + "', which the table (port 1) does not have");
      }
      found.add(index);
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }
}
