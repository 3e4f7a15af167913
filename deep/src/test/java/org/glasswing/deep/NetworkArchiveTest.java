package org.glasswing.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.InvalidObjectException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;
import weka.core.Instances;

class NetworkArchiveTest {

  private static DeepNetClassifier classifier;
  private static Instances data;

  @BeforeAll
  static void train() throws Exception {
    data = DeepData.toWeka(DeepData.tabular(60, 3));
    classifier = new DeepNetClassifier();
    classifier.setEpochs(2);
    classifier.setLayers("4");
    classifier.buildClassifier(data);
  }

  @Test
  void aNetworkReadsBackWithTheSameOutputs() throws Exception {
    byte[] zip = NetworkArchive.write(classifier.network());
    assertThat(entries(zip).keySet()).containsExactly("configuration.json", "coefficients.bin");
    MultiLayerNetwork back = NetworkArchive.read(zip);
    assertThat(back.params()).isEqualTo(classifier.network().params());
  }

  @Test
  void aZipWrittenByModelSerializerWithUpdaterStateStillReads() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelSerializer.writeModel(classifier.network(), bytes, true);
    assertThat(entries(bytes.toByteArray())).containsKey("updaterState.bin");
    assertThat(NetworkArchive.read(bytes.toByteArray()).params())
        .isEqualTo(classifier.network().params());
  }

  @Test
  void aPreprocessorEntryIsRefusedAndNotDeserialized() throws Exception {
    Map<String, byte[]> entries = entries(NetworkArchive.write(classifier.network()));
    ByteArrayOutputStream gadget = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(gadget)) {
      out.writeObject(new Gadget());
    }
    entries.put("preprocessor.bin", gadget.toByteArray());
    Gadget.ran = false;
    assertThatThrownBy(() -> NetworkArchive.read(zip(entries)))
        .isInstanceOf(InvalidObjectException.class)
        .hasMessageContaining("'preprocessor.bin'");
    assertThat(Gadget.ran).isFalse();
  }

  @Test
  void aNormalizerOrUnknownEntryIsRefused() throws Exception {
    for (String name : new String[] {"normalizer.bin", "extra.bin"}) {
      Map<String, byte[]> entries = entries(NetworkArchive.write(classifier.network()));
      entries.put(name, new byte[] {1, 2, 3});
      assertThatThrownBy(() -> NetworkArchive.read(zip(entries)))
          .hasMessageContaining("'" + name + "'");
    }
  }

  @Test
  void aConfigurationNamingAForeignClassIsRefusedBeforeParsing() throws Exception {
    Map<String, byte[]> entries = entries(NetworkArchive.write(classifier.network()));
    String json = new String(entries.get("configuration.json"), StandardCharsets.UTF_8);
    assertThat(json).contains("\"@class\"");
    String hostile =
        json.replaceFirst(
            "\"org\\.nd4j\\.linalg\\.activations\\.impl\\.ActivationTanH\"",
            "\"com.example.Evil\"");
    assertThat(hostile).isNotEqualTo(json);
    entries.put("configuration.json", hostile.getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> NetworkArchive.read(zip(entries)))
        .hasMessageContaining("'com.example.Evil'");
  }

  @Test
  void aComputationGraphOrDeeplyNestedConfigurationIsRefused() throws Exception {
    Map<String, byte[]> entries = entries(NetworkArchive.write(classifier.network()));
    entries.put("configuration.json", "{\"vertices\":{}}".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> NetworkArchive.read(zip(entries)))
        .hasMessageContaining("ComputationGraph");
    entries.put(
        "configuration.json",
        ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> NetworkArchive.read(zip(entries))).hasMessageContaining("deeper");
  }

  @Test
  void parametersOfTheWrongCountAreRefused() throws Exception {
    Map<String, byte[]> entries = entries(NetworkArchive.write(classifier.network()));
    ByteArrayOutputStream params = new ByteArrayOutputStream();
    Nd4j.write(Nd4j.zeros(1, 3), new DataOutputStream(params));
    entries.put("coefficients.bin", params.toByteArray());
    assertThatThrownBy(() -> NetworkArchive.read(zip(entries)))
        .hasMessageContaining("has 3 parameters");
  }

  @Test
  void aSerializedClassifierPredictsTheSameAfterReading() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(classifier);
    }
    DeepNetClassifier back;
    try (java.io.ObjectInputStream in =
        new java.io.ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (DeepNetClassifier) in.readObject();
    }
    assertThat(back.distributionsForInstances(data))
        .isDeepEqualTo(classifier.distributionsForInstances(data));
  }

  static Map<String, byte[]> entries(byte[] zip) throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        entries.put(e.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  static byte[] zip(Map<String, byte[]> entries) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** Records whether it was ever deserialized. */
  static final class Gadget implements Serializable {
    private static final long serialVersionUID = 1L;
    static volatile boolean ran;

    private void readObject(java.io.ObjectInputStream in) throws Exception {
      in.defaultReadObject();
      ran = true;
    }
  }
}
