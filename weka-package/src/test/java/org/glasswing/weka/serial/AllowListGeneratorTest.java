package org.glasswing.weka.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Regenerates weka-package's allow-list and fails, with the difference, if the committed resource
 * differs. Run with {@code -Dglasswing.allowlist.write=true} to rewrite the resource instead.
 */
class AllowListGeneratorTest {

  static final Path RESOURCE = Path.of("src/main/resources").resolve(SerialAllowList.RESOURCE);

  @Test
  void theCommittedAllowListIsTheGeneratedOne() throws Exception {
    String generated = AllowListGenerator.generate();
    if (Boolean.getBoolean("glasswing.allowlist.write")) {
      Files.createDirectories(RESOURCE.getParent());
      Files.writeString(RESOURCE, generated, StandardCharsets.UTF_8);
    }
    String committed =
        Files.isRegularFile(RESOURCE) ? Files.readString(RESOURCE, StandardCharsets.UTF_8) : "";
    assertThat(committed)
        .as(
            "the allow-list changed; rerun with -Dglasswing.allowlist.write=true if intended:%n%s",
            diff(committed, generated))
        .isEqualTo(generated);
  }

  private static String diff(String committed, String generated) {
    Set<String> before = new TreeSet<>(committed.lines().toList());
    Set<String> after = new TreeSet<>(generated.lines().toList());
    List<String> lines = new ArrayList<>();
    for (String line : after) {
      if (!before.contains(line)) {
        lines.add("+ " + line);
      }
    }
    for (String line : before) {
      if (!after.contains(line)) {
        lines.add("- " + line);
      }
    }
    return String.join(System.lineSeparator(), lines);
  }
}
