package dev.onramp.engine.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * JSON text ↔ plain Java values for stored documents. Floats are read as {@code BigDecimal} so a
 * value survives a round trip through FEEL and the database unchanged.
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Json() {}

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Value cannot be written as JSON: " + e.getMessage(), e);
    }
  }

  public static Object read(String text) {
    try {
      return MAPPER.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON is unreadable: " + e.getMessage(), e);
    }
  }

  public static Map<String, Object> readObject(String text) {
    try {
      return MAPPER.readValue(text, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored JSON is unreadable: " + e.getMessage(), e);
    }
  }
}
