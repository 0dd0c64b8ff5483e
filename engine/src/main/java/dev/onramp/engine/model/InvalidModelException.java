package dev.onramp.engine.model;

import java.util.List;

/** A resource the engine refuses to deploy; each problem names the element id and type. */
public class InvalidModelException extends RuntimeException {

  private final List<String> problems;

  public InvalidModelException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
