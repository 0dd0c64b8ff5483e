package dev.onramp.app.web;

/**
 * A field's value breaks a rule only the server can check (uniqueness, catalog, cross-field): 400
 * naming the field, exactly like a bean-validation failure.
 */
public class InvalidFieldException extends RuntimeException {

  private final String field;

  public InvalidFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
