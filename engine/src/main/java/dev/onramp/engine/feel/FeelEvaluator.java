package dev.onramp.engine.feel;

import dev.onramp.engine.clock.EngineClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.feel.FeelEngineClock;
import org.camunda.feel.api.EvaluationFailure;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import scala.jdk.javaapi.CollectionConverters;

/**
 * FEEL as Camunda 8 uses it: the same engine ({@code org.camunda.feel}), {@code now()} on the
 * engine clock, results converted to plain JSON-like Java values (maps, lists, strings, numbers,
 * booleans; temporal values as ISO-8601 strings).
 */
public final class FeelEvaluator {

  private final FeelEngineApi feel;

  public FeelEvaluator(EngineClock clock) {
    FeelEngineClock feelClock = () -> ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    this.feel =
        FeelEngineBuilder.forJava()
            .withClock(feelClock)
            .withFunctionProvider(new CycleFunctionProvider())
            .build();
  }

  /** Parses a model value; {@code null} stays {@code null}. */
  public Expression parse(String text) {
    if (text == null) {
      return null;
    }
    String trimmed = text.strip();
    if (!trimmed.startsWith("=")) {
      return new Expression(text, null);
    }
    ParseResult result = feel.parseExpression(trimmed.substring(1));
    if (result.isFailure()) {
      throw new ExpressionException(
          "failed to parse expression '" + trimmed + "': " + result.failure().message());
    }
    return new Expression(trimmed, result.parsedExpression());
  }

  /** Evaluates to a plain Java value ({@code null} allowed). */
  public Object evaluate(Expression expression, Map<String, Object> variables) {
    if (expression.isStatic()) {
      return expression.source();
    }
    EvaluationResult result = feel.evaluate(expression.parsed(), variables);
    if (result.isFailure()) {
      throw new ExpressionException(
          "failed to evaluate expression '"
              + expression.body()
              + "': "
              + result.failure().message());
    }
    Object value = toPlain(result.result());
    if (value == null && !result.suppressedFailures().isEmpty()) {
      lastWarnings.set(warnings(result));
    } else {
      lastWarnings.remove();
    }
    return value;
  }

  private final ThreadLocal<String> lastWarnings = new ThreadLocal<>();

  public String evaluateString(Expression expression, Map<String, Object> variables) {
    Object value = evaluate(expression, variables);
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    throw wrongType(expression, "STRING", value);
  }

  public String evaluateOptionalString(Expression expression, Map<String, Object> variables) {
    if (expression == null) {
      return null;
    }
    Object value = evaluate(expression, variables);
    if (value == null) {
      return null;
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof Number || value instanceof Boolean) {
      return String.valueOf(value);
    }
    throw wrongType(expression, "STRING", value);
  }

  public long evaluateLong(Expression expression, Map<String, Object> variables) {
    Object value = evaluate(expression, variables);
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s && expression.isStatic()) {
      try {
        return Long.parseLong(s.strip());
      } catch (NumberFormatException e) {
        throw wrongType(expression, "NUMBER", value);
      }
    }
    throw wrongType(expression, "NUMBER", value);
  }

  public boolean evaluateBoolean(Expression expression, Map<String, Object> variables) {
    Object value = evaluate(expression, variables);
    if (value instanceof Boolean b) {
      return b;
    }
    throw wrongType(expression, "BOOLEAN", value);
  }

  public List<Object> evaluateList(Expression expression, Map<String, Object> variables) {
    Object value = evaluate(expression, variables);
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    throw wrongType(expression, "ARRAY", value);
  }

  /**
   * A list of strings from a FEEL list or a comma-separated static text, as Camunda reads candidate
   * groups and users.
   */
  public List<String> evaluateStringList(Expression expression, Map<String, Object> variables) {
    if (expression == null) {
      return List.of();
    }
    if (expression.isStatic()) {
      return java.util.Arrays.stream(expression.source().split(","))
          .map(String::strip)
          .filter(s -> !s.isEmpty())
          .collect(Collectors.toList());
    }
    Object value = evaluate(expression, variables);
    if (value == null) {
      return List.of();
    }
    if (value instanceof String s) {
      return java.util.Arrays.stream(s.split(","))
          .map(String::strip)
          .filter(x -> !x.isEmpty())
          .collect(Collectors.toList());
    }
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list.stream().map(String.class::cast).collect(Collectors.toList());
    }
    throw wrongType(expression, "ARRAY of STRING", value);
  }

  /** A date-time (ISO-8601 with offset or zone) from a static text or FEEL value. */
  public Instant evaluateInstant(Expression expression, Map<String, Object> variables) {
    Object value = evaluate(expression, variables);
    if (value instanceof String s) {
      try {
        return ZonedDateTime.parse(s.strip()).toInstant();
      } catch (DateTimeParseException e) {
        throw new ExpressionException(
            "Expected result of the expression '"
                + expression.body()
                + "' to be a date-time with offset (ISO-8601), but was '"
                + s
                + "'");
      }
    }
    throw wrongType(expression, "DATE_TIME", value);
  }

  /** A duration or period text/value as ISO-8601 (PT1H, P5D). */
  public TemporalAmount evaluateDuration(Expression expression, Map<String, Object> variables) {
    Object value = evaluate(expression, variables);
    if (value instanceof String s) {
      return parseDuration(s.strip(), expression);
    }
    throw wrongType(expression, "DURATION", value);
  }

  public static TemporalAmount parseDuration(String text, Expression expression) {
    try {
      if (text.contains("T")) {
        return Duration.parse(text);
      }
      return Period.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return Duration.parse(text);
      } catch (DateTimeParseException ignored) {
        throw new ExpressionException(
            "Invalid duration '"
                + text
                + "' from expression '"
                + (expression == null ? text : expression.body())
                + "' (expected ISO-8601, e.g. PT10M or P5D)");
      }
    }
  }

  private ExpressionException wrongType(Expression expression, String expected, Object value) {
    String warnings = lastWarnings.get();
    lastWarnings.remove();
    return new ExpressionException(
        "Expected result of the expression '"
            + expression.body()
            + "' to be '"
            + expected
            + "', but was '"
            + typeName(value)
            + "'."
            + (warnings == null
                ? ""
                : " The evaluation reported the following warnings:\n" + warnings));
  }

  private static String warnings(EvaluationResult result) {
    List<EvaluationFailure> failures = CollectionConverters.asJava(result.suppressedFailures());
    return failures.stream()
        .map(f -> "[" + f.failureType() + "] " + f.failureMessage())
        .collect(Collectors.joining("\n"));
  }

  private static String typeName(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof String) {
      return "STRING";
    }
    if (value instanceof Number) {
      return "NUMBER";
    }
    if (value instanceof Boolean) {
      return "BOOLEAN";
    }
    if (value instanceof List) {
      return "ARRAY";
    }
    if (value instanceof Map) {
      return "OBJECT";
    }
    return value.getClass().getSimpleName().toUpperCase();
  }

  /** Converts FEEL's Java results (Scala wrappers, temporal types) to JSON-like values. */
  static Object toPlain(Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Boolean
        || value instanceof Long
        || value instanceof Integer) {
      return value;
    }
    if (value instanceof Double d) {
      return d;
    }
    if (value instanceof BigDecimal b) {
      return b;
    }
    if (value instanceof Number n) {
      return n;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> plain = new LinkedHashMap<>();
      map.forEach((k, v) -> plain.put(String.valueOf(k), toPlain(v)));
      return plain;
    }
    if (value instanceof Iterable<?> iterable) {
      List<Object> plain = new ArrayList<>();
      iterable.forEach(v -> plain.add(toPlain(v)));
      return plain;
    }
    if (value instanceof ZonedDateTime z) {
      return z.toOffsetDateTime().toString();
    }
    if (value instanceof OffsetDateTime
        || value instanceof LocalDate
        || value instanceof LocalDateTime
        || value instanceof LocalTime
        || value instanceof Duration
        || value instanceof Period) {
      return value.toString();
    }
    return String.valueOf(value);
  }
}
