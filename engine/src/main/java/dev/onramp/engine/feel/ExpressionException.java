package dev.onramp.engine.feel;

/**
 * An expression could not be parsed, or its evaluation failed or produced a value of the wrong
 * type. At deployment this refuses the resource; at run time it raises an incident.
 */
public class ExpressionException extends RuntimeException {

  public ExpressionException(String message) {
    super(message);
  }
}
