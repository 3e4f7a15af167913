package org.glasswing.audit;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.glasswing.core.methods.Parameter;

/** Turns the parsed JSON of a plan file into a checked {@link AuditPlan}. */
final class PlanReader {

  private PlanReader() {}

  /**
   * Checks every member of a plan file.
   *
   * @param members the file's top-level members
   * @return the plan
   * @throws IllegalArgumentException one line naming the first bad key or value
   */
  static AuditPlan read(Map<String, Object> members) {
    Object version = members.get(AuditPlan.versionKey());
    if (version == null) {
      throw new IllegalArgumentException(
          "no \"version\"; a plan file starts with \"version\": " + AuditPlan.VERSION);
    }
    if (!(version instanceof PlanJson.Number number)
        || !number.text().equals("" + AuditPlan.VERSION)) {
      throw new IllegalArgumentException(
          "\"version\" "
              + shown(version)
              + ": this Glasswing reads plan version "
              + AuditPlan.VERSION);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    Set<AuditSection> sections = EnumSet.allOf(AuditSection.class);
    for (Map.Entry<String, Object> member : members.entrySet()) {
      String key = member.getKey();
      Object value = member.getValue();
      if (key.equals(AuditPlan.versionKey())) {
        continue;
      }
      if (key.equals(AuditPlan.sectionsKey())) {
        sections = sections(value);
        continue;
      }
      Parameter p = PlanParameters.find(key).orElseThrow(() -> AuditPlan.unknownKey(key));
      boolean numeric =
          p.type() == Parameter.Type.INTEGER
              || p.type() == Parameter.Type.LONG
              || p.type() == Parameter.Type.REAL;
      boolean fits = numeric ? value instanceof PlanJson.Number : value instanceof String;
      if (!fits) {
        throw new IllegalArgumentException(
            "\"" + key + "\" " + shown(value) + ": needs " + (numeric ? "a number" : "a string"));
      }
      values.put(p.name(), p.check(text(value), n -> "\"" + n + "\""));
    }
    return AuditPlan.of(values, sections);
  }

  private static Set<AuditSection> sections(Object value) {
    if (!(value instanceof Map<?, ?> given)) {
      throw new IllegalArgumentException(
          "\"sections\" needs an object such as {\"lime\": false}, got " + shown(value));
    }
    Set<AuditSection> sections = EnumSet.allOf(AuditSection.class);
    for (Map.Entry<?, ?> entry : given.entrySet()) {
      AuditSection section;
      try {
        section = AuditSection.ofKey((String) entry.getKey());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("\"sections\": " + e.getMessage(), e);
      }
      if (!(entry.getValue() instanceof Boolean on)) {
        throw new IllegalArgumentException(
            "\"sections\" \""
                + entry.getKey()
                + "\" "
                + shown(entry.getValue())
                + ": use true or false");
      }
      if (!on) {
        sections.remove(section);
      }
    }
    return sections;
  }

  private static String text(Object value) {
    return value instanceof PlanJson.Number n ? n.text() : (String) value;
  }

  private static String shown(Object value) {
    if (value instanceof PlanJson.Number n) {
      return n.text();
    }
    if (value instanceof String s) {
      return "\"" + s + "\"";
    }
    return value instanceof Map ? "an object" : String.valueOf(value);
  }
}
