package org.glasswing.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.glasswing.core.fairness.ProtectedAttribute;
import org.glasswing.core.gradient.DifferentiableModel;
import org.glasswing.core.gradient.ImageShape;
import org.glasswing.weka.ClassifierFactory;
import org.glasswing.weka.WekaModel;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instances;

/**
 * What an audit looks at: the trained model, the training rows, the rows to explain (and, without a
 * learner, to test on), and optionally a learner: a way to get new untrained copies of the
 * classifier, for the sections that retrain it. Immutable; built with {@link #builder}.
 */
public final class AuditInputs {

  /**
   * An image network, whose audit shows integrated-gradients heat maps instead of tabular views.
   *
   * @param shape the images' shape
   * @param model the network as a differentiable model
   */
  public record ImageNetwork(ImageShape shape, DifferentiableModel model) {

    /**
     * Checks the network.
     *
     * @param shape the shape
     * @param model the model
     */
    public ImageNetwork {
      Objects.requireNonNull(shape, "shape");
      Objects.requireNonNull(model, "model");
    }
  }

  private final WekaModel model;
  private final Instances training;
  private final String trainingName;
  private final Instances rows;
  private final String rowsName;
  private final Supplier<Classifier> learner;
  private final ImageNetwork image;
  private final Map<String, String> settings;
  private final java.util.List<ProtectedAttribute> protectedAttributes;
  private final java.util.List<String> frozenAttributes;
  private final boolean redact;

  private AuditInputs(Builder b) {
    this.model = Objects.requireNonNull(b.model, "model");
    if (b.training == null && b.rows == null) {
      throw new IllegalArgumentException("an audit needs training rows or rows to examine");
    }
    if (b.learner != null && b.training == null) {
      throw new IllegalArgumentException("a learner needs training rows to retrain on");
    }
    this.training = b.training == null ? null : new Instances(b.training);
    this.trainingName = b.trainingName;
    this.rows = b.rows == null ? null : new Instances(b.rows);
    this.rowsName = b.rowsName;
    this.learner = b.learner;
    this.image = b.image;
    this.settings = Collections.unmodifiableMap(new LinkedHashMap<>(b.settings));
    this.protectedAttributes = java.util.List.copyOf(b.protectedAttributes);
    java.util.Set<String> frozen = new java.util.LinkedHashSet<>(b.frozenAttributes);
    protectedAttributes.forEach(a -> frozen.add(a.name()));
    this.frozenAttributes = java.util.List.copyOf(frozen);
    this.redact = b.redact;
    checkInputs(model.schema(), frozenAttributes);
  }

  /**
   * Checks that attributes to protect or freeze are inputs of a schema.
   *
   * @param schema the model's or the data's schema
   * @param names the attributes' names
   * @throws IllegalArgumentException naming the first that is not an input, and the inputs
   */
  public static void checkInputs(
      org.glasswing.core.data.Schema schema, java.util.Collection<String> names) {
    for (String name : names) {
      java.util.Optional<Integer> column = schema.indexOf(name);
      if (column.isEmpty() || column.get() == schema.targetIndex()) {
        throw new IllegalArgumentException(
            "'"
                + name
                + "' is not an input attribute of the model; name one of: "
                + String.join(
                    ", ",
                    schema.inputs().stream().map(org.glasswing.core.data.Feature::name).toList()));
      }
    }
  }

  /**
   * Whether the report leaves the team: other rows' values (neighbours, prototypes, the values a
   * counterfactual takes from a reference row) are replaced by their row numbers.
   *
   * @return true to redact
   */
  public boolean redact() {
    return redact;
  }

  /**
   * The protected attributes (such as age or sex): the fairness section compares their groups, and
   * counterfactuals never change them.
   *
   * @return the attributes, with cut points for numeric ones; possibly empty
   */
  public java.util.List<ProtectedAttribute> protectedAttributes() {
    return protectedAttributes;
  }

  /**
   * The attributes a counterfactual must never change: the frozen ones (which nobody can act on),
   * then the protected ones, each once.
   *
   * @return the names, possibly empty
   */
  public java.util.List<String> frozenAttributes() {
    return frozenAttributes;
  }

  /**
   * Starts the inputs of an audit of a trained model.
   *
   * @param model the trained model
   * @return a builder
   */
  public static Builder builder(WekaModel model) {
    return new Builder(model);
  }

  /**
   * @return the trained model
   */
  public WekaModel model() {
    return model;
  }

  /**
   * @return whether training rows were given
   */
  public boolean hasTraining() {
    return training != null;
  }

  /**
   * @return a copy of the training rows; null when only rows to examine were given
   */
  public Instances training() {
    return training == null ? null : new Instances(training);
  }

  /**
   * @return how the report names the training rows
   */
  public String trainingName() {
    return trainingName;
  }

  /**
   * @return whether rows other than the training rows were given to explain and test on
   */
  public boolean hasSeparateRows() {
    return rows != null;
  }

  /**
   * @return a copy of the rows to explain: the separate rows, or the training rows
   */
  public Instances rows() {
    return new Instances(rows != null ? rows : training);
  }

  /**
   * @return how the report names the rows to explain
   */
  public String rowsName() {
    return rows != null ? rowsName : trainingName;
  }

  /**
   * @return whether a learner was given, so that the retraining sections can run
   */
  public boolean hasLearner() {
    return learner != null;
  }

  /**
   * A new untrained copy of the classifier.
   *
   * @return the classifier
   * @throws IllegalStateException when no learner was given
   */
  public Classifier newLearner() {
    if (learner == null) {
      throw new IllegalStateException("no learner was given");
    }
    return learner.get();
  }

  /**
   * @return the image network, or null for a tabular model
   */
  public ImageNetwork image() {
    return image;
  }

  /**
   * @return the caller's own lines for the report's settings, such as the plan file's name
   */
  public Map<String, String> settings() {
    return settings;
  }

  /** Collects the inputs. */
  public static final class Builder {
    private final WekaModel model;
    private Instances training;
    private String trainingName = "the training data";
    private Instances rows;
    private String rowsName = "the data";
    private Supplier<Classifier> learner;
    private ImageNetwork image;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final java.util.List<ProtectedAttribute> protectedAttributes =
        new java.util.ArrayList<>();
    private final java.util.List<String> frozenAttributes = new java.util.ArrayList<>();
    private boolean redact;

    private Builder(WekaModel model) {
      this.model = model;
    }

    /**
     * The rows the model was trained on, which the retraining sections retrain on.
     *
     * @param rows the rows, following the model's header
     * @param name how the report names them, such as {@code --train credit-g.arff}
     * @return this builder
     */
    public Builder training(Instances rows, String name) {
      this.training = rows;
      this.trainingName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Rows to explain other than the training rows; without a learner the model is also tested on
     * them.
     *
     * @param rows the rows, following the model's header
     * @param name how the report names them
     * @return this builder
     */
    public Builder rows(Instances rows, String name) {
      this.rows = rows;
      this.rowsName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * The learner, as a source of new untrained copies of the classifier.
     *
     * @param newClassifier gives a new untrained classifier on each call
     * @return this builder
     */
    public Builder learner(Supplier<Classifier> newClassifier) {
      this.learner = Objects.requireNonNull(newClassifier, "newClassifier");
      return this;
    }

    /**
     * The learner as a Weka classifier spec, such as {@code weka.classifiers.trees.J48 -C 0.25}.
     *
     * @param spec the spec
     * @return this builder
     * @throws org.glasswing.weka.UserInputException if the spec is invalid
     */
    public Builder learnerSpec(String spec) {
      ClassifierFactory.create(spec); // fail now, not half way through the audit
      return learner(() -> ClassifierFactory.create(spec));
    }

    /**
     * The learner as an untrained template, copied before each training.
     *
     * @param template the classifier (not changed)
     * @return this builder
     */
    public Builder learnerTemplate(Classifier template) {
      Objects.requireNonNull(template, "template");
      return learner(
          () -> {
            try {
              return AbstractClassifier.makeCopy(template);
            } catch (Exception e) {
              throw new IllegalArgumentException("cannot copy the classifier: " + e, e);
            }
          });
    }

    /**
     * Marks the model as an image network.
     *
     * @param network the network
     * @return this builder
     */
    public Builder image(ImageNetwork network) {
      this.image = network;
      return this;
    }

    /**
     * A line the report's settings show besides the audit's own, such as where the plan was saved.
     *
     * @param name the setting
     * @param value its value
     * @return this builder
     */
    public Builder setting(String name, String value) {
      settings.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Protected attributes, as {@code glasswing fairness --protected} takes them (see {@link
     * ProtectedAttribute#parseList}): the report gets a fairness section over their groups, and
     * counterfactuals never change them.
     *
     * @param attributes the attributes
     * @return this builder
     */
    public Builder protectedAttributes(java.util.List<ProtectedAttribute> attributes) {
      protectedAttributes.addAll(attributes);
      return this;
    }

    /**
     * Redacts the report for sharing outside the team: other rows' values are replaced by their row
     * numbers.
     *
     * @param on whether to redact
     * @return this builder
     */
    public Builder redact(boolean on) {
      this.redact = on;
      return this;
    }

    /**
     * Attributes the counterfactuals must never change, as {@code glasswing counterfactual
     * --freeze} takes them.
     *
     * @param names attribute names
     * @return this builder
     */
    public Builder frozenAttributes(java.util.List<String> names) {
      frozenAttributes.addAll(names);
      return this;
    }

    /**
     * The inputs.
     *
     * @return the inputs
     * @throws IllegalArgumentException with neither training rows nor rows, or a learner without
     *     training rows
     */
    public AuditInputs build() {
      return new AuditInputs(this);
    }
  }
}
