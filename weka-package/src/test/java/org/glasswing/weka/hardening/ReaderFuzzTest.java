package org.glasswing.weka.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import org.glasswing.weka.DataLoader;
import org.glasswing.weka.UserInputException;
import org.glasswing.weka.input.DataReading;
import weka.core.Instances;

/**
 * Feeds the ARFF and CSV readers random bytes and mutated valid files (bytes flipped, inserted and
 * deleted in iris.arff and a CSV). Each try must end, within a time limit, in either a read that
 * yields attributes or a {@link UserInputException} with a one-line message, never in another
 * exception or in output on standard output.
 */
class ReaderFuzzTest {

  private static final long SECONDS_PER_TRY = 10;
  private static final ExecutorService WORKER = Executors.newSingleThreadExecutor();
  private static final byte[] IRIS = resource("weka/gui/knowledgeflow/templates/iris.arff");
  private static final byte[] CSV =
      (String.join("\n", Cli.smallCsvLines()) + "\n").getBytes(StandardCharsets.UTF_8);

  @AfterContainer
  static void stopWorker() {
    WORKER.shutdownNow();
  }

  @Property(tries = 250)
  void randomBytesAsArff(@ForAll @Size(max = 3000) byte[] bytes) throws Exception {
    readsOrRefusesClearly(bytes, ".arff");
  }

  @Property(tries = 250)
  void randomBytesAsCsv(@ForAll @Size(max = 3000) byte[] bytes) throws Exception {
    readsOrRefusesClearly(bytes, ".csv");
  }

  @Property(tries = 250)
  void structuredTextAsCsvOrArff(@ForAll("csvLike") String text) throws Exception {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    readsOrRefusesClearly(bytes, ".csv");
    readsOrRefusesClearly(bytes, ".arff");
  }

  @Property(tries = 250)
  void mutatedIrisArff(@ForAll("edits") List<int[]> edits) throws Exception {
    readsOrRefusesClearly(mutate(IRIS, edits), ".arff");
  }

  @Property(tries = 250)
  void mutatedCsv(@ForAll("edits") List<int[]> edits) throws Exception {
    readsOrRefusesClearly(mutate(CSV, edits), ".csv");
  }

  @Provide
  Arbitrary<List<int[]>> edits() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, Integer.MAX_VALUE),
            Arbitraries.integers().between(0, 255))
        .as((kind, position, value) -> new int[] {kind, position, value})
        .list()
        .ofMinSize(1)
        .ofMaxSize(10);
  }

  @Provide
  Arbitrary<String> csvLike() {
    return Arbitraries.strings()
        .withChars("ab1,;\t\"'\n\r?{}@% 0.-eE\\\uFEFF\u00e9")
        .ofMaxLength(400)
        .map(s -> (s.length() % 2 == 0 ? "a,b,c\n" : "@relation r\n@attribute a numeric\n") + s);
  }

  /** Applies flips, insertions and deletions at positions taken modulo the current length. */
  private static byte[] mutate(byte[] original, List<int[]> edits) {
    List<Byte> bytes = new ArrayList<>(original.length);
    for (byte b : original) {
      bytes.add(b);
    }
    for (int[] edit : edits) {
      int kind = edit[0];
      int value = edit[2];
      if (kind == 0 && !bytes.isEmpty()) {
        int at = edit[1] % bytes.size();
        bytes.set(at, (byte) (bytes.get(at) ^ (1 << (value % 8))));
      } else if (kind == 1) {
        bytes.add(edit[1] % (bytes.size() + 1), (byte) value);
      } else if (!bytes.isEmpty()) {
        bytes.remove(edit[1] % bytes.size());
      }
    }
    byte[] result = new byte[bytes.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = bytes.get(i);
    }
    return result;
  }

  private static void readsOrRefusesClearly(byte[] bytes, String suffix) throws Exception {
    Path file = Files.createTempFile("fuzz", suffix);
    PrintStream stdout = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try {
      Files.write(file, bytes);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      Future<Instances> read =
          WORKER.submit(() -> DataLoader.load(file, null, DataReading.DEFAULT));
      try {
        Instances data = read.get(SECONDS_PER_TRY, TimeUnit.SECONDS);
        assertThat(data.numAttributes()).isPositive();
        for (int a = 0; a < data.numAttributes(); a++) {
          assertThat(data.attribute(a).name()).doesNotContain("\uFEFF");
        }
      } catch (TimeoutException e) {
        read.cancel(true);
        fail("reading took longer than " + SECONDS_PER_TRY + " s");
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UserInputException refused)) {
          throw new AssertionError("not a UserInputException", e.getCause());
        }
        assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
      }
    } finally {
      System.setOut(stdout);
      Files.deleteIfExists(file);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).as("standard output").isEmpty();
  }

  private static byte[] resource(String name) {
    try (InputStream in = ReaderFuzzTest.class.getClassLoader().getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
