package org.glasswing.weka.cli;

import org.glasswing.core.shapley.TreeShap;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --tree-mode}: {@code interventional} or {@code path}. */
final class TreeModeConverter implements ITypeConverter<TreeShap.Mode> {
  @Override
  public TreeShap.Mode convert(String value) {
    try {
      return TreeShap.Mode.parse(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(
          "no tree mode '" + value + "'; choose interventional or path");
    }
  }
}
