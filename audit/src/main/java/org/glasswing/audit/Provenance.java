package org.glasswing.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import weka.core.Instances;

/**
 * What the report's header states so that the page can be reproduced: the date, the Glasswing and
 * Weka versions (as the running Weka reports itself, and the Maven version of its jar where they
 * differ), the data's name and SHA-256 checksum, the seed and the plan.
 */
final class Provenance {

  private static final String WEKA_POM =
      "/META-INF/maven/nz.ac.waikato.cms.weka/weka-stable/pom.properties";
  private static final String GLASSWING_POM = "/META-INF/maven/org.glasswing/audit/pom.properties";

  private Provenance() {}

  /**
   * The header facts of an audit.
   *
   * @param inputs the model and data
   * @param plan the plan used
   * @param described the classifier in words
   * @return name and value pairs, in display order
   */
  static Map<String, String> of(AuditInputs inputs, AuditPlan plan, String described) {
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put(
        "report date",
        ZonedDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    metadata.put("Glasswing", glasswingVersion());
    metadata.put("Weka", wekaVersion(weka.core.Version.VERSION, mavenVersion(WEKA_POM)));
    metadata.put("data", inputs.rowsName());
    Instances data = inputs.training() != null ? inputs.training() : inputs.rows();
    metadata.put("data SHA-256 (rows as ARFF)", sha256(data.toString()));
    metadata.put("class", inputs.model().schema().target().name());
    metadata.put("classifier", described);
    metadata.put("seed", Long.toString(plan.seed()));
    metadata.put(
        "audit plan",
        "JSON in the settings at the end; save it with --save-plan, run it again with --plan");
    return metadata;
  }

  /**
   * The Weka version in words: the running one, and the jar's where it differs.
   *
   * @param running what {@code weka.core.Version} says
   * @param jar the Maven version of the jar, or {@code null} when unknown
   * @return such as {@code 3.8.8-SNAPSHOT (running; the jar is weka-stable 3.8.7)}
   */
  static String wekaVersion(String running, String jar) {
    if (jar == null || jar.equals(running)) {
      return running;
    }
    return running + " (as the running Weka reports it; the jar is weka-stable " + jar + ")";
  }

  /**
   * The SHA-256 checksum of a text in UTF-8.
   *
   * @param text the text
   * @return 64 lower-case hex digits
   */
  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }

  private static String glasswingVersion() {
    String version = mavenVersion(GLASSWING_POM);
    return version != null ? version : "(development build)";
  }

  private static String mavenVersion(String resource) {
    try (InputStream in = Provenance.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      return null;
    }
  }
}
