package org.glasswing.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.glasswing.core.io.AtomicFile;
import org.glasswing.core.io.Json;
import org.glasswing.core.methods.Parameter;

/**
 * What an audit does, independent of the data and the model: which sections it holds, its folds,
 * miss rate, budgets, background, LIME settings, rows, seed, threads and explanation method.
 * Immutable; {@link #with} gives a changed copy. A plan is saved as a small JSON file ({@link
 * #write}) and read back ({@link #read}), so that the same audit can be run again later.
 *
 * <p>Every setting is a catalogue {@link Parameter} (see the user guide for the list): its name in
 * the file, its default and its allowed values are the method catalogue's, except where the audit
 * keeps a smaller default so that the report takes about a minute.
 */
public final class AuditPlan {

  /** The version of the plan file this class writes and reads. */
  public static final int VERSION = 1;

  private static final String VERSION_KEY = "version";
  private static final String SECTIONS_KEY = "sections";
  private static final AuditPlan DEFAULTS =
      new AuditPlan(Map.of(), EnumSet.allOf(AuditSection.class));

  private final Map<String, Object> values;
  private final Set<AuditSection> sections;

  private AuditPlan(Map<String, Object> given, Set<AuditSection> sections) {
    Map<String, Object> all = new LinkedHashMap<>();
    for (Parameter p : PlanParameters.ALL) {
      Object value = given.get(p.name());
      all.put(p.name(), value != null ? value : p.check(p.defaultValue(), n -> n));
    }
    this.values = Collections.unmodifiableMap(all);
    this.sections = Collections.unmodifiableSet(EnumSet.copyOf(sections));
  }

  /**
   * Every setting a plan holds, as catalogue parameters (name, default, range, description), in the
   * order a plan file lists them; a face builds its options from these.
   *
   * @return the parameters
   */
  public static java.util.List<Parameter> parameters() {
    return PlanParameters.ALL;
  }

  /**
   * The plan of today's audit: every section, the catalogue's and the audit's defaults.
   *
   * @return the default plan
   */
  public static AuditPlan defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with one setting changed.
   *
   * @param key the setting's name, as the plan file spells it, such as {@code alpha}
   * @param value the value as text, such as {@code 0.05}
   * @return the new plan
   * @throws IllegalArgumentException one line naming the key and the value when either is wrong
   */
  public AuditPlan with(String key, String value) {
    Parameter p = PlanParameters.find(key).orElseThrow(() -> unknownKey(key));
    Map<String, Object> changed = new LinkedHashMap<>(values);
    changed.put(p.name(), p.check(value, n -> "\"" + n + "\""));
    return new AuditPlan(changed, sections);
  }

  /**
   * A copy with one section turned on or off.
   *
   * @param section the section
   * @param on whether the audit holds it
   * @return the new plan
   */
  public AuditPlan withSection(AuditSection section, boolean on) {
    EnumSet<AuditSection> changed = EnumSet.noneOf(AuditSection.class);
    changed.addAll(sections);
    if (on) {
      changed.add(section);
    } else {
      changed.remove(section);
    }
    return new AuditPlan(values, changed);
  }

  /**
   * Whether the plan holds a section.
   *
   * @param section the section
   * @return true when it is on
   */
  public boolean includes(AuditSection section) {
    return sections.contains(section);
  }

  /**
   * The sections that are on.
   *
   * @return the sections, in report order
   */
  public Set<AuditSection> sections() {
    return sections;
  }

  /**
   * Every setting as text, in file order (sections and version left out).
   *
   * @return the settings by name
   */
  public Map<String, String> settings() {
    Map<String, String> text = new LinkedHashMap<>();
    values.forEach((key, value) -> text.put(key, String.valueOf(value)));
    return Collections.unmodifiableMap(text);
  }

  /**
   * @return the explanation method, {@code auto} or a Shapley method's name
   */
  public String method() {
    return (String) values.get(PlanParameters.METHOD.name());
  }

  /**
   * @return the folds of the cross-validation
   */
  public int folds() {
    return integer(PlanParameters.FOLDS);
  }

  /**
   * @return the folds over which temperature scaling is fitted and applied
   */
  public int calibrationFolds() {
    return integer(PlanParameters.CALIBRATION_FOLDS);
  }

  /**
   * @return the conformal miss rate
   */
  public double alpha() {
    return (Double) values.get(PlanParameters.ALPHA.name());
  }

  /**
   * @return the share of training rows that calibrates the conformal sets
   */
  public double calibrationFraction() {
    return (Double) values.get(PlanParameters.CALIBRATION_FRACTION.name());
  }

  /**
   * @return the conformity score: lac, aps or raps
   */
  public String score() {
    return (String) values.get(PlanParameters.SCORE.name());
  }

  /**
   * @return coalitions per row for a model-agnostic Shapley method
   */
  public int budget() {
    return integer(PlanParameters.BUDGET);
  }

  /**
   * @return the background rows; 0 for every row
   */
  public int backgroundSize() {
    return integer(PlanParameters.BACKGROUND_SIZE);
  }

  /**
   * @return the rows explained for the global importance; 0 chooses by the method
   */
  public int importanceRows() {
    return integer(PlanParameters.IMPORTANCE_ROWS);
  }

  /**
   * @return the folds of the permutation importance
   */
  public int permutationFolds() {
    return integer(PlanParameters.PERMUTATION_FOLDS);
  }

  /**
   * @return the repeats of each permutation
   */
  public int permutationRepeats() {
    return integer(PlanParameters.PERMUTATION_REPEATS);
  }

  /**
   * @return LIME's samples per row
   */
  public int limeSamples() {
    return integer(PlanParameters.LIME_SAMPLES);
  }

  /**
   * @return how LIME perturbs numeric attributes: quartile or continuous
   */
  public String limeMode() {
    return (String) values.get(PlanParameters.LIME_MODE.name());
  }

  /**
   * @return the rows explained one by one, 1-based, such as {@code 1-3}
   */
  public String rows() {
    return (String) values.get(PlanParameters.ROWS.name());
  }

  /**
   * @return the seed of every random choice
   */
  public long seed() {
    return (Long) values.get(PlanParameters.SEED.name());
  }

  /**
   * @return worker threads; 0 for one per core
   */
  public int threads() {
    return integer(PlanParameters.THREADS);
  }

  /**
   * @return integration steps of an image network's heat maps
   */
  public int imageSteps() {
    return integer(PlanParameters.IMAGE_STEPS);
  }

  private int integer(Parameter p) {
    return (Integer) values.get(p.name());
  }

  /**
   * The plan as JSON: the version, every setting, then every section with whether it is on.
   *
   * @return the JSON text, one key a line
   */
  public String toJson() {
    StringBuilder out = new StringBuilder("{\n  ").append(Json.string(VERSION_KEY));
    out.append(": ").append(VERSION);
    for (Parameter p : PlanParameters.ALL) {
      Object value = values.get(p.name());
      String json = value instanceof String s ? Json.string(s) : String.valueOf(value);
      out.append(",\n  ").append(Json.string(p.name())).append(": ").append(json);
    }
    out.append(",\n  ").append(Json.string(SECTIONS_KEY)).append(": {");
    String separator = "\n    ";
    for (AuditSection section : AuditSection.values()) {
      out.append(separator).append(Json.string(section.key())).append(": ");
      out.append(sections.contains(section));
      separator = ",\n    ";
    }
    return out.append("\n  }\n}\n").toString();
  }

  /**
   * Reads a plan from JSON. Keys left out keep their defaults; unknown keys are refused.
   *
   * @param json the text
   * @return the plan
   * @throws IllegalArgumentException one line naming the bad key or value
   */
  public static AuditPlan fromJson(String json) {
    return PlanReader.read(PlanJson.parse(json));
  }

  /**
   * Saves the plan, replacing the file only once it is completely written.
   *
   * @param file the plan file
   * @throws IOException if it cannot be written; the file is then unchanged
   */
  public void write(Path file) throws IOException {
    AtomicFile.writeText(file, StandardCharsets.UTF_8, out -> out.write(toJson()));
  }

  /**
   * Reads a saved plan.
   *
   * @param file the plan file
   * @return the plan
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException one line naming the file and the bad key or value
   */
  public static AuditPlan read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try {
      return fromJson(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("audit plan " + file + ": " + e.getMessage(), e);
    }
  }

  static IllegalArgumentException unknownKey(String key) {
    return new IllegalArgumentException(
        "unknown key \""
            + key
            + "\"; the keys are "
            + VERSION_KEY
            + ", "
            + String.join(", ", PlanParameters.ALL.stream().map(Parameter::name).toList())
            + ", "
            + SECTIONS_KEY);
  }

  static AuditPlan of(Map<String, Object> values, Set<AuditSection> sections) {
    return new AuditPlan(values, sections);
  }

  static String versionKey() {
    return VERSION_KEY;
  }

  static String sectionsKey() {
    return SECTIONS_KEY;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AuditPlan plan
        && plan.values.equals(values)
        && plan.sections.equals(sections);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values, sections);
  }

  @Override
  public String toString() {
    return "AuditPlan" + values + " sections " + sections;
  }
}
