package dev.onramp.engine.api;

import org.springframework.http.HttpStatus;

/**
 * An expected refusal of a request, answered as an RFC 9457 problem detail whose {@code title} is
 * the rejection type, as Zeebe's gateway does ({@code NOT_FOUND}, {@code INVALID_STATE}, {@code
 * INVALID_ARGUMENT}, ...).
 */
public class EngineProblem extends RuntimeException {

  private final HttpStatus status;
  private final String title;

  public EngineProblem(HttpStatus status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public static EngineProblem notFound(String detail) {
    return new EngineProblem(HttpStatus.NOT_FOUND, "NOT_FOUND", detail);
  }

  public static EngineProblem invalidState(String detail) {
    return new EngineProblem(HttpStatus.CONFLICT, "INVALID_STATE", detail);
  }

  public static EngineProblem invalidArgument(String detail) {
    return new EngineProblem(HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", detail);
  }

  public static EngineProblem alreadyExists(String detail) {
    return new EngineProblem(HttpStatus.CONFLICT, "ALREADY_EXISTS", detail);
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }
}
