package org.glasswing.weka.explain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.glasswing.core.data.Dataset;
import org.glasswing.core.methods.MethodCatalogue;
import org.glasswing.core.methods.MethodSpec;
import org.glasswing.core.methods.Parameter;
import org.glasswing.core.methods.Parameters;
import org.glasswing.core.shapley.Background;
import org.glasswing.weka.InvalidOptionException;
import org.glasswing.weka.WekaModel;
import weka.core.Option;
import weka.core.Utils;

/**
 * The method options every Weka plug-in takes, all derived from the {@link MethodCatalogue}: {@code
 * -method} (a tabular local method or {@code auto}), the shared settings {@code -budget}, {@code
 * -background-size}, {@code -S} and {@code -num-slots}, and every other setting of the offered
 * methods under its catalogue name ({@code -samples}, {@code -tree-mode}, ...). A scheme holds one
 * and hands it {@link #listOptions()}, {@link #setOptions} and {@link #getOptions()}; the GUI sees
 * the shared settings as bean properties and the others as one text, {@link #getMethodSettings()}.
 * {@link #choose} builds the explainer exactly as the command line does.
 *
 * <p>Every value is checked by the catalogue when it is set, and a bad one fails with one {@link
 * InvalidOptionException} naming the option. {@code -budget 0} means the catalogue's default (2048;
 * 2n+2048 for kernel-shap). An option absent from {@link #setOptions} takes its default.
 */
public final class CatalogueSchemeOptions implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The shared settings, which are bean properties of their own. */
  private static final List<Parameter> SHARED =
      List.of(Parameters.BUDGET, Parameters.BACKGROUND_SIZE, Parameters.SEED, Parameters.THREADS);

  private final transient List<MethodSpec> methods = WekaMethodNames.tabularMethods();
  private String method = MethodCatalogue.AUTO;
  private int budget;
  private int backgroundSize = defaultInt(Parameters.BACKGROUND_SIZE);
  private long seed = Long.parseLong(Parameters.SEED.defaultValue());
  private int threads = defaultInt(Parameters.THREADS);
  private Map<String, String> settings = new LinkedHashMap<>();

  /** Creates the options at the catalogue's defaults: {@code auto}, no other setting given. */
  public CatalogueSchemeOptions() {}

  private static int defaultInt(Parameter p) {
    return Integer.parseInt(p.defaultValue());
  }

  private List<MethodSpec> methods() {
    return methods == null ? WekaMethodNames.tabularMethods() : methods;
  }

  /**
   * The names {@code -method} takes.
   *
   * @return {@code auto} and the offered methods
   */
  public List<String> methodNames() {
    return WekaMethodNames.methodNames(methods());
  }

  /**
   * The method.
   *
   * @return a method name or {@code auto}
   */
  public String getMethod() {
    return method;
  }

  /**
   * Sets the method.
   *
   * @param name a method name or {@code auto}
   * @throws InvalidOptionException naming the methods when there is no such one
   */
  public void setMethod(String name) {
    String given = name == null ? "" : name.strip();
    if (!methodNames().contains(given)) {
      throw new InvalidOptionException(
          "method",
          given.isEmpty() ? null : given,
          given.isEmpty() ? "no method given" : "unknown method",
          "use one of " + String.join(", ", methodNames()));
    }
    this.method = given;
  }

  /**
   * The budget.
   *
   * @return coalitions per instance; 0 for the catalogue's default
   */
  public int getBudget() {
    return budget;
  }

  /**
   * Sets the budget.
   *
   * @param budget coalitions per instance; 0 for the catalogue's default
   * @throws InvalidOptionException if it is negative
   */
  public void setBudget(int budget) {
    if (budget < 0) {
      throw new InvalidOptionException(
          "budget",
          Integer.toString(budget),
          "must be at least 1, or 0 for the catalogue's default",
          "use for example -budget 0");
    }
    this.budget = budget;
  }

  /**
   * The background size.
   *
   * @return rows sampled from the training data; 0 for all
   */
  public int getBackgroundSize() {
    return backgroundSize;
  }

  /**
   * Sets the background size.
   *
   * @param backgroundSize rows; 0 for every training row
   * @throws InvalidOptionException if it is negative
   */
  public void setBackgroundSize(int backgroundSize) {
    this.backgroundSize =
        (Integer) check(Parameters.BACKGROUND_SIZE, Integer.toString(backgroundSize));
  }

  /**
   * The seed of every random choice.
   *
   * @return the seed
   */
  public long getSeed() {
    return seed;
  }

  /**
   * Sets the seed.
   *
   * @param seed the seed
   */
  public void setSeed(long seed) {
    this.seed = seed;
  }

  /**
   * The worker threads.
   *
   * @return the number; 0 for one per core
   */
  public int getThreads() {
    return threads;
  }

  /**
   * Sets the worker threads.
   *
   * @param threads the number; 0 for one per core
   * @throws InvalidOptionException if it is negative
   */
  public void setThreads(int threads) {
    this.threads = (Integer) check(Parameters.THREADS, Integer.toString(threads));
  }

  /**
   * The method's other settings as Weka options, such as {@code -samples 3000 -lime-mode
   * continuous}.
   *
   * @return the settings; empty when none is given
   */
  public String getMethodSettings() {
    StringJoiner text = new StringJoiner(" ");
    settings.forEach(
        (name, value) -> text.add("-" + WekaMethodNames.optionName(name)).add(quoted(value)));
    return text.toString();
  }

  /**
   * Sets the method's other settings, each checked by the catalogue.
   *
   * @param text options such as {@code -samples 3000 -lime-mode continuous}; empty for none
   * @throws InvalidOptionException naming the first unknown setting or bad value
   */
  public void setMethodSettings(String text) {
    String[] parts;
    try {
      parts = Utils.splitOptions(text == null ? "" : text);
    } catch (Exception e) {
      throw new InvalidOptionException(
          "method-settings",
          text,
          "cannot be read",
          "write them as -samples 3000 -lime-mode continuous");
    }
    Map<String, String> read = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (!part.startsWith("-") || part.length() < 2 || i + 1 >= parts.length) {
        throw new InvalidOptionException(
            "method settings '"
                + text
                + "': give each setting as -name value, such as -samples 3000");
      }
      Parameter p = setting(part.substring(1));
      read.put(p.name(), text(p, parts[++i]));
    }
    this.settings = read;
  }

  /**
   * The other settings given, by catalogue name, as text.
   *
   * @return the settings
   */
  public Map<String, String> settings() {
    return Collections.unmodifiableMap(settings);
  }

  private Parameter setting(String name) {
    for (Parameter p : SHARED) {
      if (WekaMethodNames.namesOf(p).contains(name)) {
        throw new InvalidOptionException(
            "-" + name + " is an option of its own; give it outside the method settings");
      }
    }
    for (Parameter p : WekaMethodNames.parameters(methods()).keySet()) {
      if (WekaMethodNames.namesOf(p).contains(name)) {
        return p;
      }
    }
    throw new InvalidOptionException(
        "-"
            + name
            + " is not a setting of any method; the settings are "
            + String.join(
                ", ", otherParameters().stream().map(WekaMethodNames::synopsis).toList()));
  }

  private static String text(Parameter p, String value) {
    return String.valueOf(check(p, value));
  }

  private static Object check(Parameter p, String value) {
    try {
      return p.check(value, WekaMethodNames.SPELLING);
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw new InvalidOptionException(
          message.contains("; use ") ? message : message + "; use " + WekaMethodNames.synopsis(p));
    }
  }

  private static String quoted(String value) {
    return value.isEmpty() || value.matches(".*[\\s\"'\\\\].*") ? Utils.quote(value) : value;
  }

  /**
   * The parameters that are not shared settings: the ones {@link #getMethodSettings()} holds.
   *
   * @return the parameters, each once
   */
  public List<Parameter> otherParameters() {
    List<Parameter> others = new ArrayList<>();
    for (Parameter p : WekaMethodNames.parameters(methods()).keySet()) {
      if (SHARED.stream().noneMatch(s -> s.name().equals(p.name()))) {
        others.add(p);
      }
    }
    return others;
  }

  /**
   * The options for a scheme's {@code listOptions()}, each described from the catalogue with its
   * default.
   *
   * @return the options
   */
  public List<Option> listOptions() {
    return CatalogueOptionList.of(this, methods());
  }

  /**
   * Reads the options strictly, blanking those read; an absent option takes its default.
   *
   * @param options the options
   * @throws InvalidOptionException naming the first bad option
   */
  public void setOptions(String[] options) {
    String name = read(List.of("method"), options, "-method <name>");
    setMethod(name == null ? MethodCatalogue.AUTO : name);
    String b = read(WekaMethodNames.namesOf(Parameters.BUDGET), options, "-budget <n>");
    setBudget(b == null ? 0 : budgetValue(b));
    String size =
        read(WekaMethodNames.namesOf(Parameters.BACKGROUND_SIZE), options, "-background-size <n>");
    setBackgroundSize(
        size == null
            ? defaultInt(Parameters.BACKGROUND_SIZE)
            : (Integer) check(Parameters.BACKGROUND_SIZE, size));
    String s = read(WekaMethodNames.namesOf(Parameters.SEED), options, "-S <seed>");
    setSeed(
        s == null
            ? Long.parseLong(Parameters.SEED.defaultValue())
            : (Long) check(Parameters.SEED, s));
    String t = read(WekaMethodNames.namesOf(Parameters.THREADS), options, "-num-slots <n>");
    setThreads(t == null ? defaultInt(Parameters.THREADS) : (Integer) check(Parameters.THREADS, t));
    Map<String, String> read = new LinkedHashMap<>();
    for (Parameter p : otherParameters()) {
      String value = read(WekaMethodNames.namesOf(p), options, WekaMethodNames.synopsis(p));
      if (value != null) {
        read.put(p.name(), text(p, value));
      }
    }
    this.settings = read;
  }

  private static int budgetValue(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return (Integer) check(Parameters.BUDGET, text);
    }
  }

  private static String read(List<String> names, String[] options, String synopsis) {
    String found = null;
    for (String name : names) {
      String value;
      try {
        value = Utils.getOption(name, options);
      } catch (Exception e) {
        throw new InvalidOptionException(name, null, "no value given", "use " + synopsis);
      }
      if (!value.isEmpty()) {
        if (found != null) {
          throw new InvalidOptionException(
              "-" + name + " is given twice (also as -" + names.get(0) + "); give it once");
        }
        found = value;
      }
    }
    return found;
  }

  /**
   * The options as {@link #setOptions} reads them back.
   *
   * @return the options
   */
  public List<String> getOptions() {
    List<String> options = new ArrayList<>();
    options.add("-method");
    options.add(method);
    options.add("-budget");
    options.add(Integer.toString(budget));
    options.add("-background-size");
    options.add(Integer.toString(backgroundSize));
    options.add("-S");
    options.add(Long.toString(seed));
    options.add("-num-slots");
    options.add(Integer.toString(threads));
    settings.forEach(
        (name, value) -> {
          options.add("-" + WekaMethodNames.optionName(name));
          options.add(value);
        });
    return options;
  }

  /**
   * A property's tip text for Weka's GUI, from the catalogue, with its default.
   *
   * @param property {@code method}, {@code budget}, {@code backgroundSize}, {@code seed}, {@code
   *     threads} or {@code methodSettings}
   * @return the tip text
   */
  public String tipText(String property) {
    return CatalogueOptionList.tipText(this, methods(), property);
  }

  /**
   * The method these options name for a classifier: the named one, or the {@code auto} choice.
   *
   * @param model the trained classifier
   * @return the method's spec
   */
  public MethodSpec resolve(WekaModel model) {
    return CatalogueExplainers.resolve(this, model);
  }

  /**
   * Chooses the method for a trained classifier, draws its background from the training rows with
   * the seed (as the command line does) and builds it through the catalogue.
   *
   * @param model the trained classifier
   * @param training the rows it was trained on
   * @return the explainer, with the model it explains and a description
   * @throws IllegalArgumentException if the method or a setting does not suit the model or data
   */
  public ExplainerChoice choose(WekaModel model, Dataset training) {
    return CatalogueExplainers.choose(this, model, training, null);
  }

  /**
   * As {@link #choose(WekaModel, Dataset)}, with a background already drawn (used when the method
   * takes one).
   *
   * @param model the trained classifier
   * @param training the rows it was trained on
   * @param background the background rows
   * @return the explainer, with the model it explains and a description
   */
  public ExplainerChoice choose(WekaModel model, Dataset training, Background background) {
    return CatalogueExplainers.choose(this, model, training, background);
  }
}
