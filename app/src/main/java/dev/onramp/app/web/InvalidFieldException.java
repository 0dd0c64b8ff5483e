package dev.onramp.app.web;

import dev.onramp.app.web.ApiProblemHandler.FieldProblem;
import java.util.List;

/**
 * One or more fields break a rule only the server can check (uniqueness, catalog, cross-field): 400
 * naming the fields, exactly like a bean-validation failure.
 */
public class InvalidFieldException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidFieldException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public InvalidFieldException(List<FieldProblem> problems) {
    super(String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList()));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no field problems");
    }
    this.problems = List.copyOf(problems);
  }

  /** The first field named, for callers that report one. */
  public String field() {
    return problems.get(0).field();
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
