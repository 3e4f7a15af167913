package org.glasswing.weka.cli;

import java.util.List;
import org.glasswing.core.methods.MethodSpec;

/**
 * A command whose method settings come from the catalogue: {@link GlasswingCommand} adds one option
 * per catalogue parameter of the command's methods, with the catalogue's name, default and
 * description, and the command reads what was given through {@link CatalogueOptions}.
 */
interface CatalogueDriven {

  /**
   * The methods whose parameters become this command's options.
   *
   * @return the specs
   */
  List<MethodSpec> catalogueMethods();
}
