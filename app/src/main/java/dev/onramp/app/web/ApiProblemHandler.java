package dev.onramp.app.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers every refused API request as an RFC 9457 problem detail. Field errors carry an {@code
 * errors} list of {@code {field, message}} and the detail names the fields, so a script and a form
 * can both point at what to fix.
 */
@RestControllerAdvice(basePackages = "dev.onramp.app")
public class ApiProblemHandler {

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(ApiProblemHandler.class);

  static final URI VALIDATION = URI.create("urn:onramp:problem:validation");

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ProblemDetail invalidBody(MethodArgumentNotValidException e) {
    List<FieldProblem> errors =
        e.getBindingResult().getFieldErrors().stream()
            .sorted(Comparator.comparing(FieldError::getField))
            .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
            .toList();
    List<FieldProblem> global =
        e.getBindingResult().getGlobalErrors().stream()
            .map(g -> new FieldProblem(g.getObjectName(), g.getDefaultMessage()))
            .toList();
    return validation(concat(errors, global));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail invalidParameter(ConstraintViolationException e) {
    return validation(
        e.getConstraintViolations().stream()
            .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
            .sorted(Comparator.comparing(FieldProblem::field))
            .toList());
  }

  /** Built-in method validation of {@code @RequestParam}/{@code @PathVariable} constraints. */
  @ExceptionHandler(
      org.springframework.web.method.annotation.HandlerMethodValidationException.class)
  ProblemDetail invalidMethodParameter(
      org.springframework.web.method.annotation.HandlerMethodValidationException e) {
    return validation(
        e.getParameterValidationResults().stream()
            .flatMap(
                r ->
                    r.getResolvableErrors().stream()
                        .map(
                            err ->
                                new FieldProblem(
                                    r.getMethodParameter().getParameterName(),
                                    err.getDefaultMessage())))
            .sorted(Comparator.comparing(FieldProblem::field))
            .toList());
  }

  @ExceptionHandler(InvalidFieldException.class)
  ProblemDetail invalidField(InvalidFieldException e) {
    return validation(e.problems());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missingParameter(MissingServletRequestParameterException e) {
    return validation(List.of(new FieldProblem(e.getParameterName(), "is required")));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatchedParameter(MethodArgumentTypeMismatchException e) {
    return validation(List.of(new FieldProblem(e.getName(), "has an invalid value")));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field =
          mapping.getPath().stream()
              .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining("."))
              .replace(".[", "[");
      String message =
          mapping instanceof InvalidFormatException invalid
                  && invalid.getTargetType() != null
                  && invalid.getTargetType().isEnum()
              ? "must be one of "
                  + List.of(invalid.getTargetType().getEnumConstants()).stream()
                      .map(Object::toString)
                      .collect(Collectors.joining(", "))
              : "has an invalid value";
      return validation(List.of(new FieldProblem(field, message)));
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this endpoint.");
    problem.setTitle("Unreadable request body");
    problem.setType(VALIDATION);
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    problem.setTitle("Not found");
    return problem;
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    problem.setTitle("Not allowed in the current state");
    return problem;
  }

  /** Two people acted on the same thing at once; the later one lost and nothing of it stayed. */
  @ExceptionHandler({
    org.springframework.dao.DataIntegrityViolationException.class,
    org.springframework.dao.OptimisticLockingFailureException.class
  })
  ProblemDetail concurrentChange(RuntimeException e) {
    LOG.info("Refused a concurrent change: {}", e.getMessage());
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "Someone else changed this at the same time; reload and try again.");
    problem.setTitle("Concurrent change");
    return problem;
  }

  /**
   * The process engine refused a command (the task was completed a moment earlier: 404/409) or
   * could not be reached. The domain write before it has been undone (AfterCommit).
   */
  @ExceptionHandler(io.camunda.client.api.command.ClientException.class)
  ProblemDetail engineRefused(io.camunda.client.api.command.ClientException e) {
    LOG.warn("The process engine refused or failed a command: {}", e.getMessage());
    if (e instanceof io.camunda.client.api.command.ClientHttpException http
        && (http.code() == 404 || http.code() == 409)) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.CONFLICT,
              "The process has moved on in the meantime; reload and try again.");
      problem.setTitle("Not allowed in the current state");
      return problem;
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            "The process engine is not available; nothing was changed. Try again shortly.");
    problem.setTitle("Process engine unavailable");
    return problem;
  }

  private static ProblemDetail validation(List<FieldProblem> errors) {
    String detail =
        errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Invalid request");
    problem.setType(VALIDATION);
    problem.setProperties(Map.of("errors", errors));
    return problem;
  }

  private static List<FieldProblem> concat(List<FieldProblem> a, List<FieldProblem> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  /** One entry of a problem's {@code errors}: which field and what is wrong with it. */
  public record FieldProblem(String field, String message) {}
}
