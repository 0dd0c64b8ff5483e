package dev.onramp.engine.api.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.engine.api.EngineProblem;
import dev.onramp.engine.processing.Engine;
import dev.onramp.engine.state.Json;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Assigning, unassigning, updating and completing user tasks. */
@RestController
class UserTaskCommandController {

  private final Engine engine;

  UserTaskCommandController(Engine engine) {
    this.engine = engine;
  }

  record AssignmentRequest(String assignee, Boolean allowOverride, String action) {}

  @PostMapping("/v2/user-tasks/{key}/assignment")
  Object assign(@PathVariable("key") String key, @RequestBody AssignmentRequest request) {
    if (request.assignee() == null || request.assignee().isBlank()) {
      throw EngineProblem.invalidArgument("No assignee provided");
    }
    return Replies.noContent(
        engine.submit(
            engine.userTasks.assign(
                Keys.parse(key, "userTaskKey"),
                request.assignee(),
                !Boolean.FALSE.equals(request.allowOverride()))));
  }

  @DeleteMapping("/v2/user-tasks/{key}/assignee")
  Object unassign(@PathVariable("key") String key) {
    return Replies.noContent(
        engine.submit(engine.userTasks.unassign(Keys.parse(key, "userTaskKey"))));
  }

  record CompletionRequest(JsonNode variables, String action) {}

  @PostMapping("/v2/user-tasks/{key}/completion")
  Object complete(
      @PathVariable("key") String key, @RequestBody(required = false) CompletionRequest request) {
    JsonNode variables = request == null ? null : request.variables();
    return Replies.noContent(
        engine.submit(
            engine.userTasks.complete(
                Keys.parse(key, "userTaskKey"), Variables.of(variables, "variables"))));
  }

  record Changeset(
      String dueDate,
      String followUpDate,
      List<String> candidateGroups,
      List<String> candidateUsers,
      Integer priority) {}

  record UpdateRequest(Changeset changeset, String action) {}

  @PatchMapping("/v2/user-tasks/{key}")
  Object update(@PathVariable("key") String key, @RequestBody UpdateRequest request) {
    Changeset changeset =
        request.changeset() == null
            ? new Changeset(null, null, null, null, null)
            : request.changeset();
    return Replies.noContent(
        engine.submit(
            engine.userTasks.update(
                Keys.parse(key, "userTaskKey"),
                instant(changeset.dueDate(), "dueDate"),
                instant(changeset.followUpDate(), "followUpDate"),
                changeset.candidateGroups() == null
                    ? null
                    : Json.write(changeset.candidateGroups()),
                changeset.candidateUsers() == null ? null : Json.write(changeset.candidateUsers()),
                changeset.priority())));
  }

  private static Long instant(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      throw EngineProblem.invalidArgument(
          "The provided " + field + " '" + value + "' cannot be parsed as a date-time with offset");
    }
  }
}
