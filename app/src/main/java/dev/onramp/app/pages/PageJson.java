package dev.onramp.app.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * JSON a page embeds in a {@code <script type="application/json">}: {@code <} is escaped so typed
 * text such as {@code </script>} cannot end the element.
 */
@Component
public class PageJson {

  private final ObjectMapper json;

  PageJson(ObjectMapper json) {
    this.json = json;
  }

  public String of(Object value) {
    try {
      return json.writeValueAsString(value).replace("<", "\\u003c");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write page data", e);
    }
  }

  /** A value's JSON properties, e.g. a view to start a form's data from. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> map(Object value) {
    return json.convertValue(value, Map.class);
  }

  /** A Camunda form from {@code forms/}, as deployed with the process. */
  public String form(String formName) {
    try {
      String schema =
          new ClassPathResource("forms/" + formName + ".form")
              .getContentAsString(StandardCharsets.UTF_8);
      return schema.replace("<", "\\u003c");
    } catch (IOException e) {
      throw new UncheckedIOException("form " + formName + " is not on the classpath", e);
    }
  }
}
