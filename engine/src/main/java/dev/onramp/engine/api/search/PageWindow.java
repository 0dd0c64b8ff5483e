package dev.onramp.engine.api.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onramp.engine.api.EngineProblem;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The slice of the ordered result a search asks for. Cursors are the opaque (base64) position of an
 * item in the ordered result: {@code after} continues behind it, {@code before} ends in front.
 */
record PageWindow(int from, int limit) {

  static final int DEFAULT_LIMIT = 100;

  static PageWindow of(JsonNode page) {
    if (page == null || page.isNull()) {
      return new PageWindow(0, DEFAULT_LIMIT);
    }
    if (!page.isObject()) {
      throw ValueType.invalid("page", "an object", page);
    }
    int limit = nonNegative(page, "limit", DEFAULT_LIMIT);
    boolean hasFrom = page.hasNonNull("from");
    boolean hasAfter = page.hasNonNull("after");
    boolean hasBefore = page.hasNonNull("before");
    if ((hasFrom ? 1 : 0) + (hasAfter ? 1 : 0) + (hasBefore ? 1 : 0) > 1) {
      throw EngineProblem.invalidArgument(
          "Use only one of 'page.from', 'page.after' and 'page.before'");
    }
    if (hasAfter) {
      return new PageWindow(decode(page.get("after"), "page.after") + 1, limit);
    }
    if (hasBefore) {
      int end = decode(page.get("before"), "page.before");
      int start = Math.max(0, end - limit);
      return new PageWindow(start, end - start);
    }
    return new PageWindow(nonNegative(page, "from", 0), limit);
  }

  /** The mandatory {@code page} object of a search response. */
  ObjectNode response(long totalItems, int itemCount) {
    ObjectNode page = JsonNodeFactory.instance.objectNode();
    page.put("totalItems", totalItems);
    page.put("hasMoreTotalItems", false);
    page.put("startCursor", itemCount == 0 ? null : encode(from));
    page.put("endCursor", itemCount == 0 ? null : encode(from + itemCount - 1));
    return page;
  }

  private static String encode(int position) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(Integer.toString(position).getBytes(StandardCharsets.US_ASCII));
  }

  private static int decode(JsonNode cursor, String field) {
    if (cursor.isTextual()) {
      try {
        String text =
            new String(
                Base64.getUrlDecoder().decode(cursor.textValue()), StandardCharsets.US_ASCII);
        int position = Integer.parseInt(text);
        if (position >= 0) {
          return position;
        }
      } catch (IllegalArgumentException e) {
        // NumberFormatException included; reported below
      }
    }
    throw ValueType.invalid(field, "a cursor from a previous search response", cursor);
  }

  private static int nonNegative(JsonNode page, String name, int fallback) {
    JsonNode value = page.get(name);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 0) {
      throw ValueType.invalid("page." + name, "a non-negative integer", value);
    }
    return value.intValue();
  }
}
