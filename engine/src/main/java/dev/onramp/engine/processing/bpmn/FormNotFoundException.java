package dev.onramp.engine.processing.bpmn;

import dev.onramp.engine.feel.ExpressionException;

/** A user task links a form that is not deployed: incident FORM_NOT_FOUND. */
public class FormNotFoundException extends ExpressionException {
  public FormNotFoundException(String message) {
    super(message);
  }
}
