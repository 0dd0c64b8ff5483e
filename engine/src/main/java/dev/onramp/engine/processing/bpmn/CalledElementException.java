package dev.onramp.engine.processing.bpmn;

import dev.onramp.engine.feel.ExpressionException;

/** A call activity's process cannot be found: incident CALLED_ELEMENT_ERROR. */
public class CalledElementException extends ExpressionException {
  public CalledElementException(String message) {
    super(message);
  }
}
