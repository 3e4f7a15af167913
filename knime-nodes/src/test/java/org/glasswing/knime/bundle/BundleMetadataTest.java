package org.glasswing.knime.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeHarness;
import org.knime.core.node.NodeModel;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The bundle's metadata holds together: every factory in plugin.xml exists, sits in the Glasswing
 * category and has a well-formed v4.1 description beside it whose ports match the model and whose
 * icon exists; the manifest requires org.knime.core; node code imports only real KNIME API types.
 */
class BundleMetadataTest {

  private static final String NS = "http://knime.org/node/v4.1";
  private static final int EXPECTED_NODES = 27;

  private static Document parse(InputStream in) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    return builder.parse(in);
  }

  @Test
  void everyRegisteredFactoryExistsWithAMatchingDescriptionAndIcon() throws Exception {
    Document plugin = parse(Files.newInputStream(Path.of("plugin.xml")));
    Element category = (Element) plugin.getElementsByTagName("category").item(0);
    assertThat(category.getAttribute("name")).isEqualTo("Glasswing");
    String path = "/" + category.getAttribute("level-id");
    NodeList nodes = plugin.getElementsByTagName("node");
    assertThat(nodes.getLength()).isEqualTo(EXPECTED_NODES);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element node = (Element) nodes.item(i);
      assertThat(node.getAttribute("category-path")).isEqualTo(path);
      Class<?> type = Class.forName(node.getAttribute("factory-class"));
      assertThat(NodeFactory.class).isAssignableFrom(type);
      NodeModel model = ((NodeFactory<?>) type.getConstructor().newInstance()).createNodeModel();
      String xml = type.getSimpleName() + ".xml";
      try (InputStream in = type.getResourceAsStream(xml)) {
        assertThat(in).as(xml).isNotNull();
        Element root = parse(in).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(NS);
        assertThat(root.getLocalName()).isEqualTo("knimeNode");
        for (String required : List.of("name", "shortDescription", "fullDescription", "ports")) {
          assertThat(root.getElementsByTagNameNS(NS, required).getLength())
              .as("%s in %s", required, xml)
              .isEqualTo(1);
        }
        assertThat(root.getElementsByTagNameNS(NS, "intro").getLength()).isEqualTo(1);
        assertThat(indices(root, "inPort")).hasSize(NodeHarness.inPorts(model));
        assertThat(indices(root, "outPort")).hasSize(NodeHarness.outPorts(model));
        String icon = root.getAttribute("icon").replaceFirst("^\\./", "");
        assertThat(type.getResource(icon)).as("icon %s", icon).isNotNull();
      }
    }
    assertThat(Path.of(category.getAttribute("icon"))).exists();
  }

  @Test
  void everyRegisteredPortTypeHasItsClassesAndSerializers() throws Exception {
    Document plugin = parse(Files.newInputStream(Path.of("plugin.xml")));
    NodeList ports = plugin.getElementsByTagName("portType");
    assertThat(ports.getLength()).isGreaterThan(0);
    for (int i = 0; i < ports.getLength(); i++) {
      Element port = (Element) ports.item(i);
      for (String attribute :
          List.of("objectClass", "objectSerializer", "specClass", "specSerializer")) {
        Class<?> type = Class.forName(port.getAttribute(attribute));
        assertThat(type.getConstructor()).as("%s of %s", attribute, port).isNotNull();
      }
      Class<?> object = Class.forName(port.getAttribute("objectClass"));
      assertThat(object.getField("TYPE").get(null)).isNotNull();
    }
  }

  @Test
  void theManifestRequiresKnimeCoreAsASingleton() throws IOException {
    String manifest = Files.readString(Path.of("META-INF/MANIFEST.MF"));
    assertThat(manifest)
        .contains("Require-Bundle: org.knime.core;")
        .contains("Bundle-SymbolicName: org.glasswing.knime;singleton:=true")
        .contains("Bundle-RequiredExecutionEnvironment: JavaSE-17");
  }

  @Test
  void nodeCodeImportsOnlyTypesOfTheRealKnimeApi() throws IOException {
    Set<String> real = new HashSet<>();
    for (String line :
        Files.readAllLines(Path.of("../knime-sdk-stubs/src/test/resources/knime-api.txt"))) {
      if (!line.startsWith("#") && line.contains(" | ")) {
        real.add(line.substring(0, line.indexOf(" | ")));
      }
    }
    Pattern imports = Pattern.compile("^import (org\\.knime\\.[\\w.]+);", Pattern.MULTILINE);
    int seen = 0;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = imports.matcher(Files.readString(file));
        while (m.find()) {
          assertThat(real).as("%s imports %s", file, m.group(1)).contains(m.group(1));
          seen++;
        }
      }
    }
    assertThat(seen).isGreaterThan(20);
  }

  private static Set<String> indices(Element root, String port) {
    NodeList ports = root.getElementsByTagNameNS(NS, port);
    Set<String> indices = new HashSet<>();
    for (int i = 0; i < ports.getLength(); i++) {
      indices.add(((Element) ports.item(i)).getAttribute("index"));
    }
    assertThat(indices).hasSize(ports.getLength());
    return indices;
  }
}
