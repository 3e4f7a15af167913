package org.glasswing.knime.loop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.glasswing.core.methods.Family;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.ParameterValues;
import org.glasswing.knime.table.Messages;
import org.glasswing.knime.table.SettingsCheck;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * A loop's method settings, derived from the core's method catalogue: the method (when the loop
 * offers more than one) under the key {@value #METHOD}, and every parameter of the offered methods
 * under its catalogue name, with the catalogue's default and range. Values are checked by the
 * chosen method's {@link MethodSpec#values}, so a setting means in KNIME what the same option means
 * on the command line; a method ignores the parameters it does not take. Older keys are read as
 * aliases.
 */
public final class CatalogueSettings implements LoopSettings {

  /** The key of the method choice. */
  public static final String METHOD = "method";

  /** How messages name a setting. */
  public static final UnaryOperator<String> SPELL = n -> "the setting '" + n + "'";

  private final List<MethodSpec> methods;
  private final SettingsModelString method;
  private final Map<String, SettingsParameter> parameters = new LinkedHashMap<>();

  /**
   * Creates the settings at their defaults.
   *
   * @param methods the offered methods, the default first
   * @param olderKeys older keys of a parameter (by catalogue name) that still load
   * @param legacyDefaults the value (by catalogue name) of a workflow saved before the setting
   *     existed, where it differs from the catalogue's default
   */
  public CatalogueSettings(
      List<MethodSpec> methods,
      Map<String, List<String>> olderKeys,
      Map<String, String> legacyDefaults) {
    if (methods.isEmpty()) {
      throw new IllegalArgumentException("a loop offers at least one method");
    }
    this.methods = List.copyOf(methods);
    this.method = new SettingsModelString(METHOD, methods.get(0).name());
    for (MethodSpec spec : methods) {
      for (Parameter p : spec.parameters()) {
        parameters.computeIfAbsent(
            p.name(),
            n ->
                new SettingsParameter(
                    p,
                    computedOrDiffers(n),
                    olderKeys.getOrDefault(n, List.of()),
                    legacyDefaults.get(n)));
      }
    }
  }

  /**
   * The settings of some parameters of one catalogue method, for a node that takes only those (the
   * others do not apply to it).
   *
   * @param family the method's family
   * @param name the method's name
   * @param taken the catalogue names of the parameters the node takes, in dialog order
   * @param olderKeys older keys of a parameter (by catalogue name) that still load
   * @return the settings at the catalogue's defaults
   */
  public static CatalogueSettings of(
      Family family, String name, List<String> taken, Map<String, List<String>> olderKeys) {
    return of(family, name, taken, olderKeys, List.of());
  }

  /**
   * The settings of some parameters of one catalogue method and of shared catalogue parameters the
   * command line takes as common options (such as {@link
   * org.glasswing.core.methods.Parameters#SEED}).
   *
   * @param family the method's family
   * @param name the method's name
   * @param taken the catalogue names of the method's parameters the node takes, in dialog order
   * @param olderKeys older keys of a parameter (by catalogue name) that still load
   * @param shared the shared parameters, after the method's
   * @return the settings at the catalogue's defaults
   */
  public static CatalogueSettings of(
      Family family,
      String name,
      List<String> taken,
      Map<String, List<String>> olderKeys,
      List<Parameter> shared) {
    MethodSpec spec = MethodCatalogue.standard().find(family, name).restrictedTo(taken);
    List<Parameter> parameters = new ArrayList<>(spec.parameters());
    parameters.addAll(shared);
    MethodSpec restricted =
        new MethodSpec(
            spec.name(),
            spec.family(),
            spec.question(),
            parameters,
            spec.citation(),
            spec.model(),
            spec.data(),
            spec.exact(),
            spec.usesBackground(),
            spec.factory());
    return new CatalogueSettings(List.of(restricted), olderKeys, Map.of());
  }

  /**
   * A whole-number setting of the chosen method, checked.
   *
   * @param name its catalogue name
   * @return the value
   * @throws InvalidSettingsException naming the setting at fault
   */
  public long number(String name) throws InvalidSettingsException {
    Parameter p = spec().parameter(name).orElseThrow();
    ParameterValues v = values();
    return p.type() == Parameter.Type.LONG ? v.longValue(p) : v.integer(p);
  }

  private boolean computedOrDiffers(String name) {
    List<String> defaults = new ArrayList<>();
    for (MethodSpec spec : methods) {
      spec.parameter(name).ifPresent(p -> defaults.add(p.defaultValue()));
    }
    boolean number =
        methods.stream()
            .flatMap(s -> s.parameter(name).stream())
            .anyMatch(p -> p.type() == Parameter.Type.INTEGER || p.type() == Parameter.Type.REAL);
    return number && (defaults.contains("") || defaults.stream().distinct().count() > 1);
  }

  /**
   * The offered methods.
   *
   * @return the specs, the default first
   */
  public List<MethodSpec> methods() {
    return methods;
  }

  /**
   * The model of the method choice, for the dialog.
   *
   * @return the model
   */
  SettingsModelString methodModel() {
    return method;
  }

  /**
   * The parameters' settings, in the order the methods list them.
   *
   * @return the settings
   */
  List<SettingsParameter> parameters() {
    return List.copyOf(parameters.values());
  }

  /**
   * The chosen method.
   *
   * @return its spec
   */
  public MethodSpec spec() {
    return spec(method.getStringValue());
  }

  private MethodSpec spec(String name) {
    return methods.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
  }

  /**
   * The chosen method's checked values.
   *
   * @return the values
   * @throws InvalidSettingsException naming the setting at fault
   */
  public ParameterValues values() throws InvalidSettingsException {
    Map<String, String> texts = new LinkedHashMap<>();
    for (SettingsParameter p : parameters.values()) {
      texts.put(p.parameter().name(), p.text());
    }
    return check(spec(), texts);
  }

  private static ParameterValues check(MethodSpec spec, Map<String, String> all)
      throws InvalidSettingsException {
    Map<String, String> given = new LinkedHashMap<>();
    for (Parameter p : spec.parameters()) {
      String text = all.get(p.name());
      if (text != null && !(p.type() == Parameter.Type.TEXT && text.isEmpty())) {
        given.put(p.name(), text);
      }
    }
    try {
      return spec.values(given, SPELL);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(
          SettingsCheck.oneLine(e.getMessage()) + "; change it in the node's dialog", e);
    }
  }

  @Override
  public void save(NodeSettingsWO settings) {
    if (methods.size() > 1) {
      method.saveSettingsTo(settings);
    }
    for (SettingsParameter p : parameters.values()) {
      p.save(settings);
    }
  }

  @Override
  public void validate(NodeSettingsRO settings) throws InvalidSettingsException {
    MethodSpec chosen = chosen(settings);
    Map<String, String> texts = new LinkedHashMap<>();
    for (SettingsParameter p : parameters.values()) {
      texts.put(p.parameter().name(), p.text(settings));
    }
    check(chosen, texts);
  }

  private MethodSpec chosen(NodeSettingsRO settings) throws InvalidSettingsException {
    if (methods.size() == 1) {
      return methods.get(0);
    }
    if (!settings.containsKey(METHOD)) {
      throw new InvalidSettingsException(
          SPELL.apply(METHOD)
              + " is missing; open the node's dialog and press OK (or reset the node) to store it");
    }
    String name = settings.getString(METHOD);
    MethodSpec spec = spec(name);
    if (spec == null) {
      throw new InvalidSettingsException(
          "unknown method '"
              + Messages.quoted(name)
              + "' in "
              + SPELL.apply(METHOD)
              + "; use one of "
              + String.join(", ", methods.stream().map(MethodSpec::name).toList())
              + " (choose one in the node's dialog)");
    }
    return spec;
  }

  @Override
  public void load(NodeSettingsRO settings) throws InvalidSettingsException {
    method.setStringValue(chosen(settings).name());
    for (SettingsParameter p : parameters.values()) {
      p.set(p.text(settings));
    }
  }
}
