package org.glasswing.weka.serial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.glasswing.weka.TestData;
import org.glasswing.weka.TextTestData;
import org.glasswing.weka.classifiers.CalibratedClassifier;
import org.glasswing.weka.classifiers.ConformalClassifier;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.functions.SMO;
import weka.classifiers.functions.supportVector.Kernel;
import weka.classifiers.meta.FilteredClassifier;
import weka.classifiers.rules.ZeroR;
import weka.core.Instances;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.StringToWordVector;
import weka.gui.GenericPropertiesCreator;

/**
 * Generates weka-package's serialisation allow-list: every classifier Weka registers under {@code
 * weka.classifiers.Classifier} (as the Explorer discovers them), every registered filter inside a
 * {@link FilteredClassifier}, every registered SMO kernel, and Glasswing's own classifiers, each
 * trained on every dataset it can take (iris, part of credit-g, iris with a numeric class, short
 * text reviews) and serialised with the data's header. What cannot be built on any is skipped and
 * named in the file's header.
 */
final class AllowListGenerator {

  /**
   * The longest a classifier may train before it is skipped: generous, so that a busy machine does
   * not change the list (the slowest takes seconds).
   */
  private static final long TIMEOUT_SECONDS = 600;

  private final Map<String, String> skipped = new TreeMap<>();
  private ExecutorService executor = newExecutor();
  private final Set<String> classes = new TreeSet<>();
  private long deepest;
  private int mostHashNesting;

  private AllowListGenerator() {}

  /**
   * Generates the allow-list file's text.
   *
   * @return the text, header comment first
   * @throws Exception if Weka's registry cannot be read
   */
  static String generate() throws Exception {
    AllowListGenerator generator = new AllowListGenerator();
    generator.run();
    return generator.text();
  }

  private void run() throws Exception {
    List<Instances> datasets = datasets();
    try {
      for (String name : registered("weka.classifiers.Classifier")) {
        build(name, () -> forName(name), datasets);
      }
      for (String filter : registered("weka.filters.Filter")) {
        build("FilteredClassifier/" + filter, () -> filtered(filter), datasets);
      }
      for (String kernel : registered("weka.classifiers.functions.supportVector.Kernel")) {
        build("SMO/" + kernel, () -> smo(kernel), datasets);
      }
      build("CalibratedClassifier", CalibratedClassifier::new, datasets);
      build("ConformalClassifier", ConformalClassifier::new, datasets);
      build(
          "ExplainableBoostingMachine",
          org.glasswing.weka.classifiers.ExplainableBoostingMachine::new,
          datasets);
      build(
          "SparseLogisticRegression",
          org.glasswing.weka.classifiers.SparseLogisticRegression::new,
          datasets);
      build("MixtureOfExperts", org.glasswing.weka.classifiers.MixtureOfExperts::new, datasets);
      FilteredClassifier text = new FilteredClassifier();
      text.setFilter(new StringToWordVector());
      build("FilteredClassifier/StringToWordVector+J48", () -> copy(text), datasets);
    } finally {
      executor.shutdownNow();
    }
  }

  private void build(String label, Supplier<Classifier> make, List<Instances> datasets)
      throws Exception {
    String reason = "no dataset fits its capabilities";
    boolean built = false;
    for (Instances data : datasets) {
      Classifier classifier;
      try {
        classifier = make.get();
      } catch (RuntimeException e) {
        reason = "cannot be created (" + e.getClass().getSimpleName() + ")";
        break;
      }
      if (!classifier.getCapabilities().test(data)) {
        continue;
      }
      Future<?> job =
          executor.submit(
              () -> {
                classifier.buildClassifier(new Instances(data));
                Set<String> seen = new TreeSet<>();
                SerialClassRecorder.Shape shape =
                    SerialClassRecorder.record(seen, classifier, new Instances(data, 0));
                synchronized (classes) {
                  classes.addAll(seen);
                  deepest = Math.max(deepest, shape.depth());
                  mostHashNesting = Math.max(mostHashNesting, shape.hashNesting());
                }
                return null;
              });
      try {
        job.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        built = true;
      } catch (TimeoutException e) {
        job.cancel(true);
        executor.shutdownNow();
        executor = newExecutor(); // the stuck thread is abandoned; it is a daemon
        reason = "took longer than " + TIMEOUT_SECONDS + " s";
        break;
      } catch (java.util.concurrent.ExecutionException e) {
        reason = "fails to build (" + e.getCause().getClass().getSimpleName() + ")";
      }
    }
    if (!built) {
      skipped.put(label, reason);
    }
  }

  private String text() {
    StringBuilder text = new StringBuilder();
    text.append("# Glasswing serialisation allow-list of weka-package: the classes a saved model")
        .append(" may contain.\n")
        .append("# GENERATED by AllowListGenerator (weka-package test sources): every classifier")
        .append(" Weka registers,\n")
        .append("# every registered filter in a FilteredClassifier, every SMO kernel and")
        .append(" Glasswing's classifiers,\n")
        .append("# trained on iris, credit-g, a numeric class and text, serialised with the")
        .append(" header; each class read back.\n")
        .append("# Do not edit; regenerate from the repository root with\n")
        .append("#   mvn -B -pl weka-package -am test -Dtest=AllowListGeneratorTest")
        .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dglasswing.allowlist.write=true\n")
        .append("# Classes of other libraries belong in ~/.glasswing/serial-allowlist.txt")
        .append(" or -Dglasswing.serial.allow.\n")
        .append("# Deepest object nesting seen: ")
        .append(deepest)
        .append("; most hash collections nested: ")
        .append(mostHashNesting)
        .append(".\n")
        .append("# Skipped (")
        .append(skipped.size())
        .append("):\n");
    skipped.forEach(
        (name, why) -> text.append("#   ").append(name).append(": ").append(why).append('\n'));
    for (String name : classes) {
      if (!name.startsWith("org.glasswing.deep.")) {
        text.append(name).append('\n');
      }
    }
    return text.toString();
  }

  private static List<String> registered(String key) throws Exception {
    String list = GenericPropertiesCreator.getGlobalOutputProperties().getProperty(key, "");
    List<String> names = new ArrayList<>();
    for (String name : list.split(",")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    names.sort(null);
    return names;
  }

  private static List<Instances> datasets() {
    Instances credit = new Instances(TestData.creditG(), 0, 200);
    Instances numeric = TestData.iris();
    numeric.setClassIndex(0);
    Instances text = TestData.arff(TextTestData.reviewsArff(40));
    return Arrays.asList(TestData.iris(), credit, numeric, text);
  }

  private static Classifier forName(String name) {
    try {
      return AbstractClassifier.forName(name, null);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Classifier filtered(String filter) {
    try {
      FilteredClassifier classifier = new FilteredClassifier();
      classifier.setFilter((Filter) Class.forName(filter).getDeclaredConstructor().newInstance());
      classifier.setClassifier(new ZeroR());
      return classifier;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Classifier smo(String kernel) {
    try {
      SMO smo = new SMO();
      smo.setKernel((Kernel) Class.forName(kernel).getDeclaredConstructor().newInstance());
      return smo;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Classifier copy(Classifier classifier) {
    try {
      return AbstractClassifier.makeCopy(classifier);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ExecutorService newExecutor() {
    return Executors.newSingleThreadExecutor(AllowListGenerator::daemon);
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "allow-list-generator");
    t.setDaemon(true);
    return t;
  }
}
