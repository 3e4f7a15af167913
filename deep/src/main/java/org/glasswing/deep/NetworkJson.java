package org.glasswing.deep;

import java.io.InvalidObjectException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.nd4j.shade.jackson.core.JsonProcessingException;
import org.nd4j.shade.jackson.databind.JsonNode;
import org.nd4j.shade.jackson.databind.ObjectMapper;

/**
 * Checks a Deeplearning4j configuration's JSON before Deeplearning4j parses it. The JSON is
 * polymorphic: layers, activations, losses and updaters name their Java class ({@code "@class"}, or
 * a class name as the key of a wrapper object in older files), and Jackson loads whatever class is
 * named. Every such name must lie in one of {@link #ALLOWED_PACKAGES}; a ComputationGraph
 * configuration is refused too, since a {@link DeepNetClassifier} only ever holds a
 * MultiLayerNetwork.
 */
final class NetworkJson {

  /** The packages whose classes a configuration may name. */
  static final List<String> ALLOWED_PACKAGES = List.of("org.deeplearning4j.", "org.nd4j.");

  /** The most nested JSON levels read; real configurations need about ten. */
  static final int MAX_NESTING = 64;

  private static final Pattern CLASS_NAME =
      Pattern.compile("[a-zA-Z_$][\\w$]*(\\.[a-zA-Z_$][\\w$]*){2,}");

  private NetworkJson() {}

  /**
   * Checks the class names a configuration names.
   *
   * @param json the configuration
   * @throws InvalidObjectException naming the first class outside the allowed packages, or if the
   *     JSON is malformed or a ComputationGraph
   */
  static void check(String json) throws InvalidObjectException {
    checkNesting(json);
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw NetworkArchive.invalid(
          "the network configuration is not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw NetworkArchive.invalid("the network configuration is not a JSON object", null);
    }
    if (root.has("vertices") || root.has("networkInputs")) {
      throw NetworkArchive.invalid(
          "the network is a ComputationGraph; DeepNetClassifier holds a MultiLayerNetwork", null);
    }
    Deque<JsonNode> nodes = new ArrayDeque<>();
    nodes.push(root);
    while (!nodes.isEmpty()) {
      JsonNode node = nodes.pop();
      if (node.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          String key = field.getKey();
          if (key.startsWith("@")) {
            checkName(field.getValue().asText(field.getValue().toString()), key);
          } else if (CLASS_NAME.matcher(key).matches()) {
            checkName(key, "a wrapper key");
          }
          nodes.push(field.getValue());
        }
      } else if (node.isArray()) {
        for (JsonNode element : node) {
          nodes.push(element);
        }
      }
    }
  }

  private static void checkNesting(String json) throws InvalidObjectException {
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        if (++depth > MAX_NESTING) {
          throw NetworkArchive.invalid(
              "the network configuration nests deeper than " + MAX_NESTING + " levels", null);
        }
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
  }

  private static void checkName(String name, String where) throws InvalidObjectException {
    for (String prefix : ALLOWED_PACKAGES) {
      if (name.startsWith(prefix) && CLASS_NAME.matcher(name).matches()) {
        return;
      }
    }
    throw NetworkArchive.invalid(
        "the network configuration names the class '"
            + name
            + "' ("
            + where
            + "), outside "
            + String.join(", ", ALLOWED_PACKAGES)
            + "; it was not parsed",
        null);
  }
}
