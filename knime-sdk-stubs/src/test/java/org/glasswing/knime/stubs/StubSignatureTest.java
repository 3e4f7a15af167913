package org.glasswing.knime.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeModel;

/**
 * The stubs are a subset of the real KNIME 5.11 API: every public or protected member of every stub
 * type appears in {@code knime-api.txt} with the same signature.
 */
class StubSignatureTest {

  private static ApiFacts api;

  @BeforeAll
  static void loadFacts() throws IOException {
    api = ApiFacts.load();
  }

  @Test
  void everyPublicOrProtectedMemberOfEveryStubTypeIsInTheRealApi() throws Exception {
    List<Class<?>> stubs = stubTypes();
    assertThat(stubs).hasSizeGreaterThan(50);
    Set<String> names = stubs.stream().map(Class::getSimpleName).collect(Collectors.toSet());
    StubChecker checker = new StubChecker(api, names);
    List<String> problems = new ArrayList<>();
    for (Class<?> stub : stubs) {
      problems.addAll(checker.check(stub, StubChecker.apiName(stub)));
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theCheckFindsAChangedParameterAnExtraMemberAndAWrongModifier() {
    // A look-alike of NodeLogger, checked as if it were the stub: three departures from the API.
    List<String> problems =
        new StubChecker(api).check(FakeLogger.class, "org.knime.core.node.NodeLogger");
    assertThat(problems)
        .anyMatch(p -> p.contains("modifiers"))
        .anyMatch(p -> p.contains("void debug(String o)"))
        .anyMatch(p -> p.contains("void trace(Object o)"))
        .anyMatch(p -> p.contains("constructor"));
    assertThat(new StubChecker(api).check(FakeLogger.class, "org.knime.core.node.NoSuchThing"))
        .singleElement()
        .asString()
        .contains("not a type of the real API");
  }

  @Test
  void theCheckComparesDeprecation() {
    List<String> problems =
        new StubChecker(api).check(FakeFactory.class, "org.knime.core.node.NodeFactory");
    assertThat(problems).anyMatch(p -> p.contains("deprecation none, real removal"));
  }

  @Test
  void theCheckFindsAMissingSupertypeAMisplacedAccessorAndAMissingConstructor() {
    StubChecker checker = new StubChecker(api, Set.of("DataTableSpec", "DataType"));
    assertThat(checker.check(FakeIntCell.class, "org.knime.core.data.def.IntCell"))
        .anyMatch(p -> p.contains("lacks the real supertype IntValue"))
        .anyMatch(p -> p.contains("lacks the real supertype BoundedValue"));
    assertThat(checker.check(FakeSettingsRO.class, "org.knime.core.node.NodeSettingsRO"))
        .anyMatch(p -> p.contains("getInt(String key)") && p.contains("ConfigBaseRO only"));
    assertThat(checker.check(FakeContainer.class, "org.knime.core.data.container.DataContainer"))
        .anyMatch(p -> p.contains("lacks the real constructor public DataContainer("))
        .noneMatch(p -> p.contains("DataContainerSettings"));
  }

  /** Implements only one of IntCell's seven value interfaces. */
  public abstract static class FakeIntCell extends org.knime.core.data.DataCell
      implements org.knime.core.data.DoubleValue {
    private static final long serialVersionUID = 1L;

    /**
     * The real constructor.
     *
     * @param i the value
     */
    public FakeIntCell(int i) {}
  }

  /** Redeclares an accessor the real API declares on ConfigBaseRO only. */
  public interface FakeSettingsRO extends org.knime.core.node.config.ConfigRO {
    /**
     * Redeclared.
     *
     * @param key the key
     * @return the value
     * @throws org.knime.core.node.InvalidSettingsException never
     */
    @Override
    int getInt(String key) throws org.knime.core.node.InvalidSettingsException;
  }

  /** Has one of DataContainer's four public constructors that need no internal type. */
  public static class FakeContainer {
    /**
     * One real constructor.
     *
     * @param spec the spec
     */
    public FakeContainer(org.knime.core.data.DataTableSpec spec) {}
  }

  /** Not final (the real one is), a changed parameter type, an extra method and constructor. */
  public static class FakeLogger {
    /** An extra constructor. */
    public FakeLogger() {}

    /**
     * A changed parameter type.
     *
     * @param o the message
     */
    public void debug(String o) {}

    /**
     * An extra method.
     *
     * @param o the message
     */
    public void trace(Object o) {}
  }

  /** Misses the deprecation of hasDialog. */
  public abstract static class FakeFactory {
    /**
     * Not deprecated here, deprecated for removal in the real API.
     *
     * @return whether there is a dialog
     */
    protected abstract boolean hasDialog();
  }

  private static List<Class<?>> stubTypes() throws URISyntaxException, IOException {
    Path root =
        Path.of(NodeModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name = root.relativize(file).toString().replace('/', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.endsWith("package-info") || name.matches(".*\\$\\d+.*")) {
          continue;
        }
        Class<?> type = load(name);
        int mods = type.getModifiers();
        if (Modifier.isPublic(mods) || Modifier.isProtected(mods)) {
          types.add(type);
        }
      }
    }
    return types;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, StubSignatureTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
