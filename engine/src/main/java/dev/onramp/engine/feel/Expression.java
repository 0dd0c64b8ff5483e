package dev.onramp.engine.feel;

import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * A value from the model that Camunda accepts either as a static text or, when it starts with
 * {@code =}, as a FEEL expression. FEEL is parsed once, at deployment.
 */
public final class Expression {

  private final String source;
  private final ParsedExpression parsed;

  Expression(String source, ParsedExpression parsed) {
    this.source = source;
    this.parsed = parsed;
  }

  /** The text as written in the model, including a leading {@code =}. */
  public String source() {
    return source;
  }

  public boolean isStatic() {
    return parsed == null;
  }

  ParsedExpression parsed() {
    return parsed;
  }

  /** The expression text without the leading {@code =}, or the static text. */
  public String body() {
    return parsed == null ? source : source.substring(1);
  }

  @Override
  public String toString() {
    return source;
  }
}
