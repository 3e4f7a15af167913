package org.glasswing.weka.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.glasswing.weka.TestData;
import org.glasswing.weka.cli.GlasswingCommand;
import org.glasswing.weka.serial.SerialAllowList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import weka.core.Instances;
import weka.core.converters.ArffSaver;

/**
 * A nested {@code ObjectInputStream}, opened by the {@code readObject} of a class the user allowed,
 * is filtered too when the CLI's {@code main} installed the JVM-wide factory. The factory can only
 * be set before a JVM's first stream, so the CLI runs in a fresh JVM.
 */
class NestedStreamTest {

  @TempDir Path dir;

  @Test
  void aNestedStreamInsideTheUntrustedScopeIsFilteredInTheCliProcess() throws Exception {
    Instances iris = TestData.iris();
    Path data = dir.resolve("iris.arff");
    ArffSaver saver = new ArffSaver();
    saver.setInstances(iris);
    saver.setFile(data.toFile());
    saver.writeBatch();
    NestedOpener opener = new NestedOpener();
    opener.buildClassifier(iris);
    opener.inner = HostileFiles.serialize(new Gadget());
    Path model = HostileFiles.write(dir.resolve("nested.model"), opener, new Instances(iris, 0));
    Path marker = dir.resolve("gadget-ran");

    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "-D" + SerialAllowList.ALLOW_PROPERTY + "=" + NestedOpener.class.getName(),
                "-D" + Gadget.MARKER + "=" + marker,
                GlasswingCommand.class.getName(),
                "explain",
                "--model",
                model.toString(),
                "--data",
                data.toString(),
                "--rows",
                "1")
            .redirectOutput(dir.resolve("out.txt").toFile())
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> err = Files.readAllLines(dir.resolve("err.txt"), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(String.join("\n", err)).isEqualTo(2);
    assertThat(err).hasSize(1);
    assertThat(err.get(0)).contains("was not loaded", Gadget.class.getName());
    assertThat(marker).doesNotExist();
  }
}
