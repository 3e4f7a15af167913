package org.glasswing.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.SerializationHelper;

class SavedModelLoaderTest {

  @TempDir Path dir;

  @Test
  void aSavedJ48LoadsWithItsHeaderAndPredictsTheSame() throws Exception {
    Instances iris = TestData.iris();
    J48 j48 = new J48();
    j48.buildClassifier(iris);
    Path file = dir.resolve("j48.model");
    SerializationHelper.writeAll(file.toString(), new Object[] {j48, new Instances(iris, 0)});

    SavedModel saved = SavedModelLoader.load(file);

    assertThat(saved.classifier()).isInstanceOf(J48.class);
    assertThat(saved.savedHeader()).isPresent();
    assertThat(saved.header().classIndex()).isEqualTo(4);
    WekaModel loaded = new WekaModel(saved.classifier(), saved.header());
    WekaModel original = new WekaModel(j48, iris);
    double[][] rows = WekaData.dataset(iris).rows();
    assertThat(loaded.predict(rows)).isDeepEqualTo(original.predict(rows));
    ModelHeaders.checkHeader(saved, iris, "--data iris.arff"); // no exception
  }

  @Test
  void aGzippedModelWithoutHeaderLoads() throws Exception {
    Instances iris = TestData.iris();
    J48 j48 = new J48();
    j48.buildClassifier(iris);
    Path file = dir.resolve("j48.model.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      SerializationHelper.write(out, j48);
    }
    SavedModel saved = SavedModelLoader.load(file);
    assertThat(saved.classifier()).isInstanceOf(J48.class);
    assertThat(saved.savedHeader()).isEmpty();
  }

  @Test
  void aJavaNetUrlIsRejectedByName() throws Exception {
    Path file = dir.resolve("url.model");
    write(file, new URL("http://example.com/"));
    assertThatThrownBy(() -> SavedModelLoader.load(file))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("java.net.URL")
        .hasMessageContaining("not loaded");
  }

  @Test
  void aClassOutsideTheAllowListIsRejectedBeforeItIsCreated() throws Exception {
    Path file = dir.resolve("evil.model");
    write(file, new Payload());
    Payload.created = false;
    assertThatThrownBy(() -> SavedModelLoader.load(file))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining(Payload.class.getName());
    assertThat(Payload.created).isFalse();
  }

  @Test
  void aDisallowedClassInsideAnAllowedContainerIsRejected() throws Exception {
    Path file = dir.resolve("nested.model");
    java.util.ArrayList<Object> list = new java.util.ArrayList<>();
    list.add(new Payload());
    write(file, list);
    assertThatThrownBy(() -> SavedModelLoader.load(file))
        .hasMessageContaining(Payload.class.getName());
  }

  @Test
  void aFileThatIsNoModelIsRefused() throws Exception {
    Path garbage = dir.resolve("garbage.model");
    Files.writeString(garbage, "not a model");
    assertThatThrownBy(() -> SavedModelLoader.load(garbage))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("cannot read the model");
    Path string = dir.resolve("string.model");
    write(string, "hello");
    assertThatThrownBy(() -> SavedModelLoader.load(string))
        .hasMessageContaining("is not a Weka model");
    assertThatThrownBy(() -> SavedModelLoader.load(dir.resolve("missing.model")))
        .hasMessageContaining("no such file");
  }

  @Test
  void aHeaderMismatchNamesTheAttribute() throws Exception {
    Instances iris = TestData.iris();
    J48 j48 = new J48();
    j48.buildClassifier(iris);
    Path file = dir.resolve("j48.model");
    SerializationHelper.writeAll(file.toString(), new Object[] {j48, new Instances(iris, 0)});
    SavedModel saved = SavedModelLoader.load(file);

    Instances renamed = TestData.iris();
    renamed.renameAttribute(2, "petal_len");
    assertThatThrownBy(() -> ModelHeaders.checkHeader(saved, renamed, "--data x.arff"))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("--data x.arff")
        .hasMessageContaining("'petal_len'")
        .hasMessageContaining("'petallength'");
    Instances relabelled = TestData.iris();
    relabelled.renameAttributeValue(4, 0, "setosa");
    assertThatThrownBy(() -> ModelHeaders.checkHeader(saved, relabelled, "--data x.arff"))
        .hasMessageContaining("'class'");
  }

  private static void write(Path file, Object object) throws Exception {
    try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
      out.writeObject(object);
    }
  }

  /** A serializable class outside the allow-list that notes when it is deserialized. */
  static final class Payload implements Serializable {
    private static final long serialVersionUID = 1L;
    static volatile boolean created;

    private void readObject(java.io.ObjectInputStream in) throws Exception {
      in.defaultReadObject();
      created = true;
    }
  }
}
