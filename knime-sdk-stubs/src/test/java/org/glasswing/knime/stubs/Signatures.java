package org.glasswing.knime.stubs;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders compiled members as the source-like text of {@code knime-api.txt}, and normalises both
 * sides the same way: annotations out (deprecation is compared apart), qualifiers of type names
 * out, modifiers in one order, spacing unified.
 */
final class Signatures {

  private static final List<String> MODIFIER_ORDER =
      List.of(
          "public",
          "protected",
          "private",
          "abstract",
          "default",
          "static",
          "final",
          "synchronized",
          "native",
          "transient",
          "volatile",
          "strictfp");

  private Signatures() {}

  /** Modifiers every interface method has implicitly. */
  static final Set<String> INTERFACE_METHOD = Set.of("public", "abstract");

  /** Modifiers every interface field has implicitly. */
  static final Set<String> INTERFACE_FIELD = Set.of("public", "static", "final");

  /**
   * The normalised form of a source-like signature.
   *
   * @param text the signature
   * @param implicit modifiers to drop because they are implied (interface members)
   */
  static String normalise(String text, Set<String> implicit) {
    String s = text.replace("/*package-private*/", " ");
    s = s.replaceAll("@Deprecated(\\([^)]*\\))?", " ");
    // Qualifiers: java.util.Map -> Map, FlowVariable.Type -> Type.
    s = s.replaceAll("\\b(?:[a-z_][\\w]*\\.)+(?=[A-Za-z_])", "");
    s = s.replaceAll("\\b(?:[A-Z][\\w]*\\.)+(?=[A-Z])", "");
    s = s.replaceAll("\\s+", " ").trim();
    s = s.replaceAll("\\s*,\\s*", ", ").replaceAll("<\\s+", "<").replaceAll("\\s+>", ">");
    String[] words = s.split(" ");
    List<String> modifiers = new ArrayList<>();
    int i = 0;
    while (i < words.length && MODIFIER_ORDER.contains(words[i])) {
      modifiers.add(words[i++]);
    }
    modifiers.removeAll(implicit);
    modifiers.sort((a, b) -> MODIFIER_ORDER.indexOf(a) - MODIFIER_ORDER.indexOf(b));
    String rest = String.join(" ", Arrays.copyOfRange(words, i, words.length));
    return (String.join(" ", modifiers) + " " + rest).trim();
  }

  /** Whether the text carries {@code @Deprecated}, and with forRemoval=true. */
  static String deprecation(String text) {
    if (!text.contains("@Deprecated")) {
      return "none";
    }
    return text.matches(".*@Deprecated\\([^)]*forRemoval\\s*=\\s*true.*") ? "removal" : "plain";
  }

  static String deprecation(java.lang.reflect.AnnotatedElement element) {
    Deprecated d = element.getAnnotation(Deprecated.class);
    if (d == null) {
      return "none";
    }
    return d.forRemoval() ? "removal" : "plain";
  }

  static String method(Method m) {
    int mods = m.getModifiers() & Modifier.methodModifiers();
    StringBuilder s = new StringBuilder(Modifier.toString(mods));
    if (m.isDefault()) {
      s.append(" default");
    }
    s.append(' ').append(typeParameters(m.getTypeParameters()));
    s.append(' ').append(type(m.getGenericReturnType()));
    s.append(' ').append(m.getName()).append(parameters(m)).append(throwsClause(m));
    return s.toString();
  }

  static String constructor(Constructor<?> c) {
    int mods = c.getModifiers() & Modifier.constructorModifiers();
    return Modifier.toString(mods)
        + " "
        + typeParameters(c.getTypeParameters())
        + " "
        + c.getDeclaringClass().getSimpleName()
        + parameters(c)
        + throwsClause(c);
  }

  static String field(Field f) {
    int mods = f.getModifiers() & Modifier.fieldModifiers();
    return Modifier.toString(mods) + " " + type(f.getGenericType()) + " " + f.getName();
  }

  static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables)
        .map(
            v -> {
              List<String> bounds =
                  Arrays.stream(v.getBounds())
                      .filter(b -> b != Object.class)
                      .map(Signatures::type)
                      .toList();
              return bounds.isEmpty()
                  ? v.getName()
                  : v.getName() + " extends " + String.join(" & ", bounds);
            })
        .collect(Collectors.joining(", ", "<", ">"));
  }

  static String type(Type t) {
    if (t instanceof Class<?> c) {
      return c.isArray() ? type(c.getComponentType()) + "[]" : c.getSimpleName();
    }
    if (t instanceof ParameterizedType p) {
      return type(p.getRawType())
          + Arrays.stream(p.getActualTypeArguments())
              .map(Signatures::type)
              .collect(Collectors.joining(", ", "<", ">"));
    }
    if (t instanceof WildcardType w) {
      if (w.getLowerBounds().length > 0) {
        return "? super " + type(w.getLowerBounds()[0]);
      }
      Type upper = w.getUpperBounds()[0];
      return upper == Object.class ? "?" : "? extends " + type(upper);
    }
    if (t instanceof GenericArrayType g) {
      return type(g.getGenericComponentType()) + "[]";
    }
    if (t instanceof TypeVariable<?> v) {
      return v.getName();
    }
    throw new IllegalArgumentException("unknown type " + t);
  }

  private static String parameters(Executable e) {
    Parameter[] params = e.getParameters();
    Type[] types = e.getGenericParameterTypes();
    if (types.length != params.length) {
      // Inner-class constructors carry an implicit outer parameter; not in the stubs.
      throw new IllegalStateException("unexpected implicit parameter in " + e);
    }
    List<String> rendered = new ArrayList<>();
    for (int i = 0; i < params.length; i++) {
      String type = type(types[i]);
      if (e.isVarArgs() && i == params.length - 1) {
        type = type.substring(0, type.length() - 2) + "...";
      }
      if (!params[i].isNamePresent()) {
        throw new IllegalStateException("compile the stubs with -parameters: " + e);
      }
      rendered.add(type + " " + params[i].getName());
    }
    return "(" + String.join(", ", rendered) + ")";
  }

  private static String throwsClause(Executable e) {
    Type[] thrown = e.getGenericExceptionTypes();
    if (thrown.length == 0) {
      return "";
    }
    return " throws "
        + Arrays.stream(thrown).map(Signatures::type).collect(Collectors.joining(", "));
  }
}
