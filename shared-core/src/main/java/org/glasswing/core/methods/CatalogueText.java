package org.glasswing.core.methods;

import java.util.List;
import java.util.StringJoiner;
import org.glasswing.core.io.Json;

/**
 * The catalogue as people and tools read it: a plain-text listing and a JSON document, generated
 * from the specs so that they always say what the faces do.
 */
public final class CatalogueText {

  private CatalogueText() {}

  /**
   * A plain-text listing: per family, each method with its question, requirements, settings (name,
   * default, allowed values) and citation.
   *
   * @param specs the specs to list
   * @param optionPrefix how the face spells an option, such as {@code "--"} or {@code "-"}
   * @return the text, ending in a newline
   */
  public static String table(List<MethodSpec> specs, String optionPrefix) {
    StringBuilder out = new StringBuilder();
    Family current = null;
    for (MethodSpec spec : specs) {
      if (spec.family() != current) {
        current = spec.family();
        out.append(out.length() == 0 ? "" : "\n")
            .append("== ")
            .append(current.label())
            .append('\n');
      }
      out.append(spec.name())
          .append(spec.exact() ? "  (exact)" : "")
          .append("\n  ")
          .append(spec.question())
          .append("\n  needs: ")
          .append(spec.model().label())
          .append("; data: ")
          .append(kinds(spec))
          .append('\n');
      for (Parameter p : spec.parameters()) {
        out.append("  ")
            .append(optionPrefix)
            .append(p.name())
            .append(" (default ")
            .append(p.defaultLabel())
            .append(allowed(p))
            .append("): ")
            .append(p.description())
            .append('\n');
      }
      out.append("  source: ").append(spec.citation()).append('\n');
    }
    return out.toString();
  }

  private static String kinds(MethodSpec spec) {
    StringJoiner joiner = new StringJoiner(", ");
    for (DataKind kind : DataKind.values()) {
      if (spec.explains(kind)) {
        joiner.add(kind.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    return joiner.toString();
  }

  private static String allowed(Parameter p) {
    String range = p.range();
    if (p.type() == Parameter.Type.CHOICE) {
      return "; " + range;
    }
    return range.isEmpty() ? "" : "; " + range;
  }

  /**
   * The catalogue as one JSON array, one object per method.
   *
   * @param specs the specs
   * @return the JSON text, ending in a newline
   */
  public static String json(List<MethodSpec> specs) {
    StringJoiner methods = new StringJoiner(",\n  ", "[\n  ", "\n]\n");
    for (MethodSpec spec : specs) {
      StringJoiner parameters = new StringJoiner(", ", "[", "]");
      for (Parameter p : spec.parameters()) {
        StringJoiner choices = new StringJoiner(", ", "[", "]");
        p.choices().forEach(c -> choices.add(Json.string(c)));
        parameters.add(
            "{\"name\": "
                + Json.string(p.name())
                + ", \"type\": "
                + Json.string(p.type().name().toLowerCase(java.util.Locale.ROOT))
                + ", \"default\": "
                + Json.string(p.defaultLabel())
                + ", \"allowed\": "
                + Json.string(p.range())
                + ", \"choices\": "
                + choices
                + ", \"description\": "
                + Json.string(p.description())
                + "}");
      }
      methods.add(
          "{\"name\": "
              + Json.string(spec.name())
              + ", \"family\": "
              + Json.string(spec.family().label())
              + ", \"question\": "
              + Json.string(spec.question())
              + ", \"requires\": "
              + Json.string(spec.model().label())
              + ", \"data\": "
              + Json.string(kinds(spec))
              + ", \"exact\": "
              + spec.exact()
              + ", \"local\": "
              + spec.isLocal()
              + ", \"citation\": "
              + Json.string(spec.citation())
              + ", \"parameters\": "
              + parameters
              + "}");
    }
    return methods.toString();
  }
}
