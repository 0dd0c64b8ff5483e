package dev.onramp.engine.compat.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** User tasks: search, get, assignment, unassignment, completion, form, update. */
class UserTaskApiTest extends ClientTest {

  /** Starts an instance of a new process with one user task and returns that task. */
  private static UserTask startTask(String formId) {
    String id = Api.unique("ut");
    Api.deploy(
        client,
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .userTask(
                "review",
                u -> {
                  u.name("Review it").zeebeUserTask().zeebeCandidateGroups("sales, finance");
                  if (formId != null) {
                    u.zeebeFormId(formId);
                  }
                })
            .endEvent()
            .done());
    long instanceKey = Api.start(client, id);
    return client
        .newUserTaskSearchRequest()
        .filter(f -> f.processInstanceKey(instanceKey))
        .send()
        .join()
        .items()
        .get(0);
  }

  private static UserTask get(UserTask task) {
    return client.newUserTaskGetRequest(task.getUserTaskKey()).send().join();
  }

  @Test
  void searchAndGetDescribeTheOpenTask() {
    UserTask task = startTask(null);

    UserTask fetched = get(task);
    var byFilter =
        client
            .newUserTaskSearchRequest()
            .filter(
                f ->
                    f.elementId("review")
                        .state(UserTaskState.CREATED)
                        .processInstanceKey(task.getProcessInstanceKey()))
            .send()
            .join()
            .items();

    assertThat(byFilter)
        .extracting(UserTask::getUserTaskKey)
        .containsExactly(task.getUserTaskKey());
    assertThat(fetched.getName()).isEqualTo("Review it");
    assertThat(fetched.getState()).isEqualTo(UserTaskState.CREATED);
    assertThat(fetched.getElementId()).isEqualTo("review");
    assertThat(fetched.getCandidateGroups()).containsExactly("sales", "finance");
    assertThat(fetched.getAssignee()).isNull();
    assertThat(fetched.getCreationDate()).isNotNull();
    assertThat(fetched.getPriority()).isEqualTo(50);
    assertThat(fetched.getTenantId()).isEqualTo("<default>");
    assertThat(
            Api.problem(
                    () ->
                        client.newUserTaskGetRequest(task.getUserTaskKey() + 424_242).send().join())
                .code())
        .isEqualTo(404);
  }

  @Test
  void assignmentAndUnassignmentKeepTheTaskCreated() {
    UserTask task = startTask(null);

    client.newAssignUserTaskCommand(task.getUserTaskKey()).assignee("demo").send().join();
    UserTask assigned = get(task);
    client.newUnassignUserTaskCommand(task.getUserTaskKey()).send().join();
    UserTask unassigned = get(task);

    assertThat(assigned.getAssignee()).isEqualTo("demo");
    assertThat(assigned.getState()).isEqualTo(UserTaskState.CREATED);
    assertThat(unassigned.getAssignee()).isNull();
    assertThat(unassigned.getState()).isEqualTo(UserTaskState.CREATED);
  }

  @Test
  void assignmentWithoutOverrideOfAnAssignedTaskIsAConflict() {
    UserTask task = startTask(null);
    client.newAssignUserTaskCommand(task.getUserTaskKey()).assignee("first").send().join();

    ProblemException problem =
        Api.problem(
            () ->
                client
                    .newAssignUserTaskCommand(task.getUserTaskKey())
                    .assignee("second")
                    .allowOverride(false)
                    .send()
                    .join());
    client
        .newAssignUserTaskCommand(task.getUserTaskKey())
        .assignee("third")
        .allowOverride(true)
        .send()
        .join();

    assertThat(problem.code()).isEqualTo(409);
    assertThat(get(task).getAssignee()).isEqualTo("third");
  }

  @Test
  void completionMergesVariablesAndEndsTheTask() {
    UserTask task = startTask(null);

    client
        .newCompleteUserTaskCommand(task.getUserTaskKey())
        .variables(Map.of("approved", true))
        .send()
        .join();

    UserTask completed = get(task);
    assertThat(completed.getState()).isEqualTo(UserTaskState.COMPLETED);
    assertThat(completed.getCompletionDate()).isNotNull();
    assertThat(
            client
                .newProcessInstanceGetRequest(task.getProcessInstanceKey())
                .send()
                .join()
                .getState())
        .isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(
            client
                .newVariableSearchRequest()
                .filter(f -> f.processInstanceKey(task.getProcessInstanceKey()).name("approved"))
                .send()
                .join()
                .items())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.getValue()).isEqualTo("true");
              assertThat(v.getScopeKey()).isEqualTo(task.getProcessInstanceKey());
            });
    ProblemException again =
        Api.problem(() -> client.newCompleteUserTaskCommand(task.getUserTaskKey()).send().join());
    assertThat(again.code()).isIn(404, 409);
  }

  @Test
  void formOfALinkedTaskIsReturnedAndATaskWithoutFormHasNone() {
    String formId = Api.unique("utform");
    long formKey =
        client
            .newDeployResourceCommand()
            .addResourceStringUtf8(DeploymentApiTest.formJson(formId, "Name"), formId + ".form")
            .send()
            .join()
            .getForm()
            .get(0)
            .getFormKey();
    UserTask withForm = startTask(formId);
    UserTask withoutForm = startTask(null);

    var form = client.newUserTaskGetFormRequest(withForm.getUserTaskKey()).send().join();
    var none = client.newUserTaskGetFormRequest(withoutForm.getUserTaskKey()).send().join();

    assertThat(withForm.getFormKey()).isEqualTo(formKey);
    assertThat(form.getFormKey()).isEqualTo(formKey);
    assertThat(form.getFormId()).isEqualTo(formId);
    assertThat(form.getVersion()).isEqualTo(1);
    assertThat(form.getSchema().toString()).contains("\"id\":\"" + formId + "\"");
    assertThat(none.getFormId()).isNull();
    assertThat(none.getSchema()).isNull();
    URI rest = Api.engine().restAddress();
    assertThat(Api.get(rest, "/v2/user-tasks/" + withForm.getUserTaskKey() + "/form").statusCode())
        .isEqualTo(200);
    var noContent = Api.get(rest, "/v2/user-tasks/" + withoutForm.getUserTaskKey() + "/form");
    assertThat(noContent.statusCode()).isEqualTo(204);
    assertThat(noContent.body()).isEmpty();
  }

  @Test
  void updateAppliesTheChangeset() {
    UserTask task = startTask(null);
    OffsetDateTime due = OffsetDateTime.of(2031, 5, 6, 7, 8, 9, 0, ZoneOffset.UTC);

    client
        .newUpdateUserTaskCommand(task.getUserTaskKey())
        .priority(80)
        .candidateGroups("ops")
        .candidateUsers("ann", "bob")
        .dueDate(due.toString())
        .send()
        .join();

    UserTask updated = get(task);
    assertThat(updated.getPriority()).isEqualTo(80);
    assertThat(updated.getCandidateGroups()).containsExactly("ops");
    assertThat(updated.getCandidateUsers()).containsExactly("ann", "bob");
    assertThat(updated.getDueDate()).isEqualTo(due);
    assertThat(updated.getName()).isEqualTo("Review it");
  }
}
