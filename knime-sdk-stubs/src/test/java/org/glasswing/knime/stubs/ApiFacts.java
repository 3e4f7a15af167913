package org.glasswing.knime.stubs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The real KNIME API facts of {@code knime-api.txt} (a copy of the design file, in test resources)
 * and of {@code knime-api-supplement.txt} (the supertypes it names but does not describe): for
 * every type its declaration and its public/protected members, each as the source text the
 * extractor recorded.
 */
final class ApiFacts {

  /** One member line: its record kind (DECL, CTOR, METHOD, FIELD, CONST) and its text. */
  record Fact(String record, String text) {}

  private final Map<String, List<Fact>> byType = new HashMap<>();

  private ApiFacts() {}

  /** The facts files, in test resources: KNIME's API and the supplement for its supertypes. */
  static final List<String> FILES = List.of("/knime-api.txt", "/knime-api-supplement.txt");

  static ApiFacts load() throws IOException {
    ApiFacts facts = new ApiFacts();
    for (String file : FILES) {
      facts.read(file);
    }
    return facts;
  }

  private void read(String file) throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(ApiFacts.class.getResourceAsStream(file), file),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] parts = line.split(" \\| ", 3);
        if (parts.length < 3 || parts[1].equals("imports")) {
          continue;
        }
        String body = parts[2];
        int space = body.indexOf(' ');
        String record = space < 0 ? body : body.substring(0, space);
        String text = space < 0 ? "" : body.substring(space + 1);
        byType.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(new Fact(record, text));
      }
    }
  }

  boolean knows(String type) {
    return byType.containsKey(type);
  }

  List<Fact> of(String type) {
    return byType.getOrDefault(type, List.of());
  }
}
