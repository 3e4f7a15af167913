package org.glasswing.weka.tree;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads Weka's protected tree fields by reflection on the object's runtime class (no split-package
 * access, so it works under Weka's package class loader). The fields of each class are looked up
 * and made accessible once, not once per node.
 */
final class WekaFields {

  private WekaFields() {}

  /**
   * Reads a field by name from an object's runtime class or its superclasses.
   *
   * @param target the object
   * @param name the field name
   * @return the field's value
   * @throws IllegalArgumentException if no such field exists or it cannot be read
   */
  static Object read(Object target, String name) {
    Field field = FIELDS.get(target.getClass()).get(name);
    if (field == null) {
      throw new IllegalArgumentException(
          "cannot read Weka's tree structure: "
              + target.getClass().getName()
              + " has no field "
              + name
              + " (another Weka version?); use exact-shapley, sampling-shapley or kernel-shap"
              + " instead");
    }
    try {
      return field.get(target);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot read Weka's tree structure (field "
              + name
              + " of "
              + field.getDeclaringClass().getName()
              + "); use exact-shapley, sampling-shapley or kernel-shap instead",
          e);
    }
  }

  /**
   * The fields of a class and its superclasses by name (the nearest declaration wins), made
   * accessible once per class rather than once per node.
   */
  private static final ClassValue<Map<String, Field>> FIELDS =
      new ClassValue<>() {
        @Override
        protected Map<String, Field> computeValue(Class<?> type) {
          Map<String, Field> fields = new HashMap<>();
          for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
              if (fields.containsKey(field.getName())) {
                continue;
              }
              try {
                field.setAccessible(true);
              } catch (RuntimeException e) {
                continue; // left out: reading it then reports the field as missing
              }
              fields.put(field.getName(), field);
            }
          }
          return Map.copyOf(fields);
        }
      };
}
