package org.glasswing.knime.stubs;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks one compiled stub type against the real API facts: the type is known, its declaration has
 * the same kind, modifiers and type parameters and only real supertypes, and every public or
 * protected constructor, method and field it declares is a real member with the same signature
 * (modifiers, type parameters, return type, name, parameter types and names, throws clause) and the
 * same deprecation. A method the real type inherits (an interface method a class implements) is
 * found in the facts of the supertype that declares it.
 */
final class StubChecker {

  private static final Set<String> INHERITED =
      Set.of("public", "abstract", "default", "synchronized");

  private static final Set<String> JDK_PARAMETER_TYPES =
      Set.of(
          "boolean",
          "byte",
          "char",
          "short",
          "int",
          "long",
          "float",
          "double",
          "String",
          "Object",
          "Class",
          "Iterable",
          "List",
          "Collection",
          "Map",
          "Set",
          "Iterator",
          "InputStream",
          "OutputStream",
          "File");

  private final ApiFacts api;
  private final Set<String> available;

  /**
   * A checker.
   *
   * @param api the real API facts
   * @param stubTypes the simple names of the stub types: a real constructor whose parameter types
   *     are all stubs or JDK types must be in the stub too
   */
  StubChecker(ApiFacts api, Set<String> stubTypes) {
    this.api = api;
    this.available = new HashSet<>(stubTypes);
    this.available.addAll(JDK_PARAMETER_TYPES);
  }

  StubChecker(ApiFacts api) {
    this(api, Set.of());
  }

  /** The name of a type as the facts spell it: nested types with dots. */
  static String apiName(Class<?> type) {
    return type.getName().replace('$', '.');
  }

  List<String> check(Class<?> stub, String apiName) {
    List<String> problems = new ArrayList<>();
    if (!api.knows(apiName)) {
      problems.add(apiName + ": not a type of the real API");
      return problems;
    }
    checkDeclaration(stub, apiName, problems);
    Set<String> stubConstructors = new HashSet<>();
    for (Constructor<?> c : stub.getDeclaredConstructors()) {
      if (visible(c) && !c.isSynthetic()) {
        checkConstructor(c, apiName, problems);
        stubConstructors.add(Signatures.normalise(Signatures.constructor(c), Set.<String>of()));
      }
    }
    if (!stub.isInterface()) {
      checkMissingConstructors(stub, stubConstructors, apiName, problems);
    }
    for (Method m : stub.getDeclaredMethods()) {
      if (visible(m) && !m.isSynthetic() && !m.isBridge() && !enumImplicit(stub, m)) {
        checkMethod(stub, m, apiName, problems);
      }
    }
    for (Field f : stub.getDeclaredFields()) {
      if (visible(f) && !f.isSynthetic() && !f.isEnumConstant()) {
        checkField(stub, f, apiName, problems);
      }
    }
    return problems;
  }

  private void checkDeclaration(Class<?> stub, String apiName, List<String> problems) {
    String decl =
        api.of(apiName).stream()
            .filter(f -> f.record().equals("DECL"))
            .map(ApiFacts.Fact::text)
            .findFirst()
            .orElse(null);
    if (decl == null) {
      problems.add(apiName + ": the facts have no declaration");
      return;
    }
    Declaration real = Declaration.parse(decl);
    String kind =
        stub.isInterface()
            ? "interface"
            : stub.isEnum() ? "enum" : stub.isRecord() ? "record" : "class";
    if (!kind.equals(real.kind())) {
      problems.add(apiName + ": a " + kind + ", the real type is a " + real.kind());
    }
    Set<String> modifiers =
        new HashSet<>(
            Arrays.asList(
                Modifier.toString(stub.getModifiers() & Modifier.classModifiers()).split(" ")));
    modifiers.remove("static");
    modifiers.remove("");
    if (stub.isInterface()) {
      modifiers.remove("abstract");
    }
    if (stub.getEnclosingClass() != null
        && stub.getEnclosingClass().isInterface()
        && !real.modifiers().contains("public")) {
      // a type nested in an interface is implicitly public; the facts give the source's words
      modifiers.remove("public");
    }
    if (!modifiers.equals(real.modifiers())) {
      problems.add(apiName + ": modifiers " + modifiers + ", real " + real.modifiers());
    }
    String typeParameters =
        Signatures.normalise(Signatures.typeParameters(stub.getTypeParameters()), Set.<String>of());
    if (!typeParameters.equals(Signatures.normalise(real.typeParameters(), Set.<String>of()))) {
      problems.add(
          apiName + ": type parameters " + typeParameters + ", real " + real.typeParameters());
    }
    List<Type> supertypes = new ArrayList<>(Arrays.asList(stub.getGenericInterfaces()));
    Class<?> superclass = stub.getSuperclass();
    if (superclass != null && superclass != Object.class && !stub.isEnum() && !stub.isRecord()) {
      supertypes.add(stub.getGenericSuperclass());
    }
    Set<String> stubSupertypes = new HashSet<>();
    for (Type supertype : supertypes) {
      String name = Signatures.normalise(Signatures.type(supertype), Set.<String>of());
      stubSupertypes.add(name);
      if (!real.supertypes().contains(name)) {
        problems.add(apiName + ": extends " + name + ", real supertypes " + real.supertypes());
      }
    }
    for (String name : real.supertypes()) {
      if (!stubSupertypes.contains(name)) {
        problems.add(apiName + ": lacks the real supertype " + name);
      }
    }
  }

  private void checkMissingConstructors(
      Class<?> stub, Set<String> stubConstructors, String apiName, List<String> problems) {
    for (ApiFacts.Fact fact : api.of(apiName)) {
      if (!fact.record().equals("CTOR") || fact.text().startsWith("(no public")) {
        continue;
      }
      if (fact.text().equals("(implicit default constructor)")) {
        String noArg = Signatures.normalise("public " + stub.getSimpleName() + "()", Set.of());
        if (!stubConstructors.contains(noArg)) {
          problems.add(apiName + ": lacks the real implicit public no-argument constructor");
        }
        continue;
      }
      String sig = Signatures.normalise(fact.text(), Set.<String>of());
      if (!stubConstructors.contains(sig)
          && Signatures.deprecation(fact.text()).equals("none")
          && parameterTypes(sig).stream().allMatch(available::contains)) {
        problems.add(apiName + ": lacks the real constructor " + sig);
      }
    }
  }

  /** The raw simple names of a normalised signature's parameter types. */
  static List<String> parameterTypes(String sig) {
    String list = sig.substring(sig.indexOf('(') + 1, sig.lastIndexOf(')')).trim();
    List<String> types = new ArrayList<>();
    if (list.isEmpty()) {
      return types;
    }
    for (String parameter : Declaration.splitTopLevel(list)) {
      String type = parameter.substring(0, parameter.lastIndexOf(' ')).trim();
      types.add(type.replaceAll("<.*>", "").replace("...", "").replace("[]", "").trim());
    }
    return types;
  }

  private void checkConstructor(Constructor<?> c, String apiName, List<String> problems) {
    String sig = Signatures.normalise(Signatures.constructor(c), Set.<String>of());
    for (ApiFacts.Fact fact : api.of(apiName)) {
      if (!fact.record().equals("CTOR")) {
        continue;
      }
      boolean implicit =
          fact.text().equals("(implicit default constructor)")
              && c.getParameterCount() == 0
              && Modifier.isPublic(c.getModifiers());
      if (implicit || Signatures.normalise(fact.text(), Set.<String>of()).equals(sig)) {
        sameDeprecation(c, fact.text(), apiName, sig, problems);
        return;
      }
    }
    problems.add(apiName + ": constructor not in the real API: " + sig);
  }

  private void checkMethod(Class<?> stub, Method m, String apiName, List<String> problems) {
    Set<String> implicit = stub.isInterface() ? Signatures.INTERFACE_METHOD : Set.<String>of();
    String sig = Signatures.normalise(Signatures.method(m), implicit);
    ApiFacts.Fact own = find(apiName, "METHOD", sig, implicit);
    if (own != null) {
      sameDeprecation(m, own.text(), apiName, sig, problems);
      return;
    }
    if (!Modifier.isStatic(m.getModifiers())) {
      String inherited = Signatures.normalise(Signatures.method(m), INHERITED);
      for (Class<?> supertype : supertypes(stub)) {
        if (find(apiName(supertype), "METHOD", inherited, INHERITED) != null) {
          problems.add(
              apiName
                  + ": declares "
                  + sig
                  + ", which the real API declares on "
                  + apiName(supertype)
                  + " only (inherit it)");
          return;
        }
      }
    }
    problems.add(apiName + ": method not in the real API: " + sig);
  }

  private void checkField(Class<?> stub, Field f, String apiName, List<String> problems) {
    Set<String> implicit = stub.isInterface() ? Signatures.INTERFACE_FIELD : Set.<String>of();
    String sig = Signatures.normalise(Signatures.field(f), implicit);
    ApiFacts.Fact fact = find(apiName, "FIELD", sig, implicit);
    if (fact == null) {
      problems.add(apiName + ": field not in the real API: " + sig);
    } else {
      sameDeprecation(f, fact.text(), apiName, sig, problems);
    }
  }

  private ApiFacts.Fact find(String apiName, String record, String sig, Set<String> implicit) {
    for (ApiFacts.Fact fact : api.of(apiName)) {
      if (fact.record().equals(record) && Signatures.normalise(fact.text(), implicit).equals(sig)) {
        return fact;
      }
    }
    return null;
  }

  private static void sameDeprecation(
      java.lang.reflect.AnnotatedElement element,
      String factText,
      String apiName,
      String sig,
      List<String> problems) {
    String stub = Signatures.deprecation(element);
    String real = Signatures.deprecation(factText);
    if (!stub.equals(real)) {
      problems.add(apiName + ": deprecation " + stub + ", real " + real + ": " + sig);
    }
  }

  private static Set<Class<?>> supertypes(Class<?> type) {
    Set<Class<?>> all = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      Class<?> next = todo.poll();
      if (next.getSuperclass() != null && all.add(next.getSuperclass())) {
        todo.add(next.getSuperclass());
      }
      for (Class<?> i : next.getInterfaces()) {
        if (all.add(i)) {
          todo.add(i);
        }
      }
    }
    return all;
  }

  private static boolean visible(Member member) {
    int mods = member.getModifiers();
    return Modifier.isPublic(mods) || Modifier.isProtected(mods);
  }

  private static boolean enumImplicit(Class<?> stub, Method m) {
    return stub.isEnum()
        && Modifier.isStatic(m.getModifiers())
        && (m.getName().equals("values") || m.getName().equals("valueOf"));
  }

  /** A declaration line of the facts, taken apart. */
  record Declaration(
      Set<String> modifiers, String kind, String typeParameters, Set<String> supertypes) {

    static Declaration parse(String text) {
      String s = text.replaceAll("@\\w+(\\([^)]*\\))?", " ").replaceAll("\\s+", " ").trim();
      String[] words = s.split(" ");
      Set<String> modifiers = new HashSet<>();
      int i = 0;
      while (!List.of("class", "interface", "enum", "record", "@interface").contains(words[i])) {
        modifiers.add(words[i++]);
      }
      modifiers.remove("static");
      String kind = words[i];
      String rest = String.join(" ", Arrays.copyOfRange(words, i + 2, words.length));
      String name = words[i + 1];
      String typeParameters = "";
      int angle = name.indexOf('<');
      if (angle >= 0) {
        // the type parameters may hold spaces: take the balanced <...> from the name onwards
        String from = name.substring(angle) + (rest.isEmpty() ? "" : " " + rest);
        int depth = 0;
        int end = 0;
        for (; end < from.length(); end++) {
          char c = from.charAt(end);
          depth += c == '<' ? 1 : c == '>' ? -1 : 0;
          if (depth == 0) {
            break;
          }
        }
        typeParameters = from.substring(0, end + 1);
        rest = from.substring(end + 1).trim();
      }
      Set<String> supertypes = new HashSet<>();
      for (String clause : rest.split("\\b(?:extends|implements) ")) {
        for (String type : splitTopLevel(clause)) {
          if (!type.isBlank()) {
            supertypes.add(Signatures.normalise(type, Set.of()));
          }
        }
      }
      return new Declaration(modifiers, kind, typeParameters, supertypes);
    }

    static List<String> splitTopLevel(String list) {
      List<String> parts = new ArrayList<>();
      int depth = 0;
      int start = 0;
      for (int i = 0; i < list.length(); i++) {
        char c = list.charAt(i);
        depth += c == '<' ? 1 : c == '>' ? -1 : 0;
        if (c == ',' && depth == 0) {
          parts.add(list.substring(start, i).trim());
          start = i + 1;
        }
      }
      parts.add(list.substring(start).trim());
      return parts;
    }
  }
}
