package dev.onramp.app.provisioning;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.regex.Pattern;

/**
 * Policy documents as IAM takes them: a rendered template is parsed, so a template that yields
 * invalid JSON fails here rather than in the engineer's terminal, and written back in one stable
 * pretty form. IAM counts a policy's size without whitespace ({@link #iamSize}).
 */
final class PolicyJson {

  /** The only characters IAM accepts in a policy document: TAB, LF, CR, U+0020–U+00FF. */
  private static final Pattern IAM_CHARSET = Pattern.compile("^[\\t\\n\\r\\x20-\\xFF]*$");

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(INDENTER)
          .withArrayIndenter(INDENTER);

  private PolicyJson() {}

  /**
   * The document re-serialised with two-space indentation.
   *
   * @param location the template it came from, for the error message
   */
  static String pretty(String rendered, String location) {
    JsonNode tree = parse(rendered, location);
    try {
      String pretty = MAPPER.writer(PRETTY).writeValueAsString(tree);
      if (!IAM_CHARSET.matcher(pretty).matches()) {
        throw new IllegalStateException(
            location + " holds characters IAM refuses in a policy (only U+0020–U+00FF)");
      }
      return pretty;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + location, e);
    }
  }

  /** The size IAM charges against its quotas: the document without insignificant whitespace. */
  static int iamSize(String json) {
    try {
      return MAPPER.writeValueAsString(parse(json, "policy")).length();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(String json, String location) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          location + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
