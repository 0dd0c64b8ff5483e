package dev.onramp.engine.api.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onramp.engine.api.EngineProblem;
import dev.onramp.engine.state.Json;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Request variables as JSON texts, exactly as sent (numbers keep their written form), and variable
 * maps back to a JSON object text.
 */
final class Variables {

  private Variables() {}

  static Map<String, String> of(JsonNode variables, String field) {
    Map<String, String> result = new LinkedHashMap<>();
    if (variables == null || variables.isNull()) {
      return result;
    }
    if (!(variables instanceof ObjectNode object)) {
      throw EngineProblem.invalidArgument(
          "Expected " + field + " to be a JSON object, but was " + variables.getNodeType());
    }
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      if (entry.getKey().isBlank()) {
        throw EngineProblem.invalidArgument("A variable name in " + field + " is empty");
      }
      result.put(entry.getKey(), entry.getValue().toString());
    }
    return result;
  }

  static Map<String, Object> plain(JsonNode variables, String field) {
    Map<String, Object> result = new LinkedHashMap<>();
    of(variables, field).forEach((name, json) -> result.put(name, Json.read(json)));
    return result;
  }

  /** A JSON object text from variable JSON texts. */
  static String objectText(Map<String, String> variables) {
    StringBuilder json = new StringBuilder("{");
    variables.forEach(
        (name, value) -> {
          if (json.length() > 1) {
            json.append(',');
          }
          json.append(Json.write(name)).append(':').append(value);
        });
    return json.append('}').toString();
  }
}
