package org.glasswing.knime.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * The installable bundle holds together: the manifest exports every package of the node code and
 * every package a class named in plugin.xml lives in; the feature names the bundle with its
 * symbolic name and version; the dropins layout puts both where Eclipse's dropins reconciler looks.
 */
class BundleLayoutTest {

  private static Manifest manifest() throws IOException {
    try (InputStream in = Files.newInputStream(Path.of("META-INF/MANIFEST.MF"))) {
      return new Manifest(in);
    }
  }

  private static Set<String> exported() throws IOException {
    String value = manifest().getMainAttributes().getValue("Export-Package");
    return Arrays.stream(value.split(","))
        .map(p -> p.split(";")[0].trim())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Document parse(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  @Test
  void theManifestExportsEveryNodePackageAndEveryPackagePluginXmlNames() throws Exception {
    Set<String> packages = new TreeSet<>();
    Path root = Path.of("src/main/java");
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .forEach(f -> packages.add(root.relativize(f.getParent()).toString().replace('/', '.')));
    }
    assertThat(packages).hasSizeGreaterThan(8);
    Document plugin = parse(Path.of("plugin.xml"));
    NodeList all = plugin.getElementsByTagName("*");
    Set<String> named = new TreeSet<>();
    for (int i = 0; i < all.getLength(); i++) {
      NamedNodeMap attributes = all.item(i).getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        String value = attributes.item(a).getNodeValue();
        if (value.startsWith("org.glasswing.")) {
          named.add(value.substring(0, value.lastIndexOf('.')));
        }
      }
    }
    assertThat(named).isNotEmpty();
    assertThat(exported()).containsAll(packages).containsAll(named);
    assertThat(packages).containsAll(named);
  }

  @Test
  void theFeatureAndTheDropinsLayoutNameTheBundleAsItsManifestDoes() throws Exception {
    var attributes = manifest().getMainAttributes();
    String name = attributes.getValue("Bundle-SymbolicName").split(";")[0].trim();
    String version = attributes.getValue("Bundle-Version").trim();
    Element feature = parse(Path.of("feature/feature.xml")).getDocumentElement();
    Element plugin = (Element) feature.getElementsByTagName("plugin").item(0);
    assertThat(plugin.getAttribute("id")).isEqualTo(name);
    assertThat(plugin.getAttribute("version")).isEqualTo(version);
    assertThat(feature.getAttribute("version")).isEqualTo(version);
    Element requires = (Element) feature.getElementsByTagName("import").item(0);
    assertThat(requires.getAttribute("plugin")).isEqualTo("org.knime.core");
    assertThat(attributes.getValue("Require-Bundle")).startsWith("org.knime.core;");
    String layout = Files.readString(Path.of("src/assembly/dropins.xml"));
    assertThat(layout)
        .contains("<destName>" + name + "_" + version + ".jar</destName>")
        .contains("glasswing/plugins")
        .contains(
            "glasswing/features/"
                + feature.getAttribute("id")
                + "_"
                + version
                + "</outputDirectory>");
    for (String jar : attributes.getValue("Bundle-ClassPath").split(",")) {
      String entry = jar.trim();
      assertThat(entry.equals(".") || entry.matches("lib/[\\w.-]+\\.jar")).as(entry).isTrue();
    }
  }

  @Test
  void theBuiltManifestCarriesTheMavenVersionInOsgiForm() throws Exception {
    Element parent = (Element) parse(Path.of("pom.xml")).getElementsByTagName("parent").item(0);
    String maven = parent.getElementsByTagName("version").item(0).getTextContent().trim();
    String osgi = maven.replace('-', '.');
    assertThat(manifest().getMainAttributes().getValue("Bundle-Version"))
        .isEqualTo("${parsedVersion.osgiVersion}");
    Manifest built;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
      built = new Manifest(in);
    }
    assertThat(built.getMainAttributes().getValue("Bundle-Version")).isEqualTo(osgi);
    assertThat(built.getMainAttributes().getValue("Export-Package"))
        .isEqualTo(manifest().getMainAttributes().getValue("Export-Package"));
  }
}
