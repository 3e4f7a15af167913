package org.glasswing.weka.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.glasswing.deep.DeepNetClassifier;
import org.glasswing.weka.TestData;
import org.glasswing.weka.serial.SerialAllowList;
import org.glasswing.weka.serial.SerialLimits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.classifiers.meta.Vote;
import weka.classifiers.trees.J48;
import weka.core.Instances;
import weka.core.converters.ArffSaver;
import weka.glasswingtest.WekaGadget;

/**
 * Hostile {@code .model} files given to {@code glasswing explain --model}: each ends with exit code
 * 2, one line naming the refused class or exceeded limit, and no gadget code run.
 */
class HostileModelTest {

  @TempDir static Path shared;
  @TempDir Path dir;

  private static Path data;
  private static Instances iris;
  private static J48 j48;

  @BeforeAll
  static void setUp() throws Exception {
    iris = TestData.iris();
    data = shared.resolve("iris.arff");
    ArffSaver saver = new ArffSaver();
    saver.setInstances(iris);
    saver.setFile(data.toFile());
    saver.writeBatch();
    j48 = new J48();
    j48.buildClassifier(iris);
  }

  @BeforeEach
  void resetFlags() {
    Gadget.ran = false;
    WekaGadget.ran = false;
  }

  private HardeningCli refused(Path model, String... expected) {
    HardeningCli run = HardeningCli.explain(model, data);
    assertThat(run.code()).as(run.err()).isEqualTo(2);
    assertThat(run.errorLine()).startsWith("glasswing: error: ").contains(expected);
    assertThat(run.out()).isEmpty();
    assertThat(Gadget.ran).as("the gadget ran").isFalse();
    assertThat(WekaGadget.ran).as("the weka.* gadget ran").isFalse();
    return run;
  }

  @Test
  void aGadgetAtTopLevelIsRefusedByName() throws Exception {
    Path model = HostileFiles.write(dir.resolve("gadget.model"), new Gadget());
    refused(model, "was not loaded", Gadget.class.getName(), "-Dglasswing.serial.allow=");
  }

  @Test
  void aGadgetInAnAllowedClassifiersFieldIsRefused() throws Exception {
    Vote vote = new Vote();
    java.lang.reflect.Field field = Vote.class.getDeclaredField("m_preBuiltClassifiers");
    field.setAccessible(true);
    @SuppressWarnings("unchecked")
    List<Object> prebuilt = (List<Object>) field.get(vote);
    prebuilt.add(new Gadget());
    Path model = HostileFiles.write(dir.resolve("vote.model"), vote, new Instances(iris, 0));
    refused(model, Gadget.class.getName());
  }

  @Test
  void aGadgetInADeepNetworksPreprocessorEntryIsNeverDeserialized() throws Exception {
    DeepNetClassifier deep = new DeepNetClassifier();
    deep.setEpochs(1);
    deep.setLayers("3");
    deep.buildClassifier(iris);
    byte[] crafted =
        HostileFiles.withZipEntry(
            HostileFiles.serialize(deep, new Instances(iris, 0)),
            "preprocessor.bin",
            HostileFiles.serialize(new Gadget()));
    Path model = Files.write(dir.resolve("deep.model"), crafted);
    refused(model, "'preprocessor.bin'", "re-save");
  }

  @Test
  void aClassInAWekaPackageThatIsNotListedIsRefused() throws Exception {
    Path model = HostileFiles.write(dir.resolve("weka.model"), new WekaGadget());
    refused(model, WekaGadget.class.getName());
  }

  @Test
  void theHashSetBombIsRefusedWithinSeconds() throws Exception {
    Path model = HostileFiles.write(dir.resolve("bomb.model"), HostileFiles.hashSetBomb());
    assertThat(Files.size(model)).isBetween(2_000L, 5_000L);
    long start = System.nanoTime();
    assertTimeoutPreemptively(
        Duration.ofSeconds(20), () -> refused(model, "hash-based collections", "MAX_HASH_NESTING"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aHugeArrayIsRefusedBeforeItIsAllocated() throws Exception {
    Path model =
        Files.write(
            dir.resolve("array.model"), HostileFiles.hugeDoubleArray(Integer.MAX_VALUE - 8));
    refused(model, "an array of 2147483639 elements", "MAX_ARRAY_LENGTH");
  }

  @Test
  void aGzipFileInflatingPastTheByteCapIsRefused() throws Exception {
    Path model =
        HostileFiles.write(
            dir.resolve("inflating.model.gz"), j48, (Object) new double[1 << 18], iris);
    assertThat(Files.size(model)).isLessThan(100_000);
    System.setProperty(SerialLimits.MAX_BYTES_PROPERTY, Integer.toString(1 << 20));
    try {
      refused(model, "more than 1048576 bytes", "MAX_STREAM_BYTES");
    } finally {
      System.clearProperty(SerialLimits.MAX_BYTES_PROPERTY);
    }
  }

  @Test
  void aTruncatedFileIsReportedAsCutShort() throws Exception {
    byte[] whole = HostileFiles.serialize(j48, new Instances(iris, 0));
    byte[] half = java.util.Arrays.copyOf(whole, whole.length / 3);
    refused(Files.write(dir.resolve("cut.model"), half), "cannot read the model", "cut short");
  }

  @Test
  void anEmptyFileIsReported() throws Exception {
    refused(Files.write(dir.resolve("empty.model"), new byte[0]), "empty");
  }

  @Test
  void aFileOfAnotherObjectIsNotAModel() throws Exception {
    Path model = HostileFiles.write(dir.resolve("header.model"), new Instances(iris, 0));
    refused(model, "is not a Weka model", "weka.core.Instances");
  }

  @Test
  void aFolderIsNotAModelFile() throws Exception {
    Path folder = Files.createDirectory(dir.resolve("models"));
    refused(folder, "is a folder, not a model file");
  }

  @Test
  void aDeeplyNestedGraphIsRefusedByDepth() throws Exception {
    List<Object> outer = new ArrayList<>();
    List<Object> list = outer;
    for (int i = 0; i < SerialLimits.MAX_DEPTH; i++) {
      List<Object> inner = new ArrayList<>();
      list.add(inner);
      list = inner;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Thread writer =
        new Thread(
            null,
            () -> {
              try {
                bytes.write(HostileFiles.serialize(outer));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            },
            "deep-writer",
            1L << 28);
    writer.start();
    writer.join();
    refused(Files.write(dir.resolve("deep.model"), bytes.toByteArray()), "MAX_DEPTH");
  }

  @Test
  void aThirdPartyClassifierIsRefusedUntilTheUserAllowsIt() throws Exception {
    ThirdPartyZeroR zeroR = new ThirdPartyZeroR();
    zeroR.buildClassifier(iris);
    Path model = HostileFiles.write(dir.resolve("third.model"), zeroR, new Instances(iris, 0));
    refused(model, "-Dglasswing.serial.allow=" + ThirdPartyZeroR.class.getName());
    System.setProperty(SerialAllowList.ALLOW_PROPERTY, ThirdPartyZeroR.class.getName());
    try {
      HardeningCli run = HardeningCli.explain(model, data);
      assertThat(run.code()).as(run.err()).isZero();
      assertThat(run.out()).isNotBlank();
    } finally {
      System.clearProperty(SerialAllowList.ALLOW_PROPERTY);
    }
  }

  @Test
  void anAllowFileMayOptIntoAPackageExplicitly() throws Exception {
    ThirdPartyZeroR zeroR = new ThirdPartyZeroR();
    zeroR.buildClassifier(iris);
    Path model = HostileFiles.write(dir.resolve("third.model"), zeroR, new Instances(iris, 0));
    Path allow =
        Files.writeString(dir.resolve("allow.txt"), "# mine\norg.glasswing.weka.hardening.**\n");
    System.setProperty(SerialAllowList.ALLOW_FILE_PROPERTY, allow.toString());
    try {
      assertThat(HardeningCli.explain(model, data).code()).isZero();
      Path gadget = HostileFiles.write(dir.resolve("gadget.model"), new Gadget());
      assertThat(HardeningCli.explain(gadget, data).code()).isEqualTo(2); // not a classifier
      assertThat(Gadget.ran).isTrue(); // the user opted into the whole package, gadget included
    } finally {
      System.clearProperty(SerialAllowList.ALLOW_FILE_PROPERTY);
    }
  }
}
