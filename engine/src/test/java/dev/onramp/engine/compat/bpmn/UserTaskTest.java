package dev.onramp.engine.compat.bpmn;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.Form;
import io.camunda.client.api.search.response.ProcessDefinition;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserTaskTest extends BpmnCompatSupport {

  static String formJson(String formId) {
    return """
        {"id":"%s","type":"default","schemaVersion":16,
         "components":[{"key":"approved","label":"Approved","type":"checkbox"}]}
        """
        .formatted(formId);
  }

  @Test
  void linkedFormGivesTheTaskItsFormKeyAndIsServedForTheTask() {
    String id = unique("form-task");
    String formId = unique("approval-form");
    DeploymentEvent deployment =
        client
            .newDeployResourceCommand()
            .addResourceStringUtf8(formJson(formId), formId + ".form")
            .addProcessModel(
                Bpmn.createExecutableProcess(id)
                    .startEvent()
                    .userTask("approve", u -> u.zeebeUserTask().zeebeFormId(formId))
                    .endEvent()
                    .done(),
                id + ".bpmn")
            .send()
            .join();
    long formKey = deployment.getForm().get(0).getFormKey();
    long key = start(id);

    UserTask task = awaitUserTask(key, "approve");
    assertThat(task.getFormKey()).isEqualTo(formKey);

    Form form = client.newUserTaskGetFormRequest(task.getUserTaskKey()).send().join();
    assertThat(form.getFormKey()).isEqualTo(formKey);
    assertThat(form.getFormId()).isEqualTo(formId);
    assertThat(form.getSchema().toString()).contains("approved");
  }

  @Test
  void staticAssignmentSchedulingAndPriorityAreSetOnTheTask() {
    String id = unique("static-task");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .userTask(
                "review",
                u ->
                    u.name("Review request")
                        .zeebeUserTask()
                        .zeebeAssignee("demo")
                        .zeebeCandidateGroups("finops, managers")
                        .zeebeCandidateUsers("alice,bob")
                        .zeebeDueDate("2030-01-02T10:00:00Z")
                        .zeebeFollowUpDate("2030-01-01T10:00:00Z")
                        .zeebeTaskPriority("80"))
            .endEvent()
            .done());
    long key = start(id);

    UserTask task = awaitUserTask(key, "review");

    assertThat(task.getName()).isEqualTo("Review request");
    assertThat(task.getAssignee()).isEqualTo("demo");
    assertThat(task.getCandidateGroups()).containsExactly("finops", "managers");
    assertThat(task.getCandidateUsers()).containsExactly("alice", "bob");
    assertThat(task.getDueDate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2030-01-02T10:00:00Z").toInstant());
    assertThat(task.getFollowUpDate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2030-01-01T10:00:00Z").toInstant());
    assertThat(task.getPriority()).isEqualTo(80);
    assertThat(task.getState()).isEqualTo(UserTaskState.CREATED);
  }

  @Test
  void assignmentDatesAndPriorityCanBeFeelExpressions() {
    String id = unique("feel-task");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .userTask(
                "review",
                u ->
                    u.zeebeUserTask()
                        .zeebeAssigneeExpression("owner")
                        .zeebeCandidateGroupsExpression("groups")
                        .zeebeCandidateUsersExpression("[owner, \"backup\"]")
                        .zeebeDueDateExpression("now() + duration(\"P3D\")")
                        .zeebeFollowUpDateExpression("date and time(followUp)")
                        .zeebeTaskPriorityExpression("if urgent then 90 else 10"))
            .endEvent()
            .done());
    long key =
        start(
            id,
            Map.of(
                "owner",
                "carol",
                "groups",
                List.of("sales", "legal"),
                "followUp",
                "2031-05-06T07:08:09Z",
                "urgent",
                true));

    UserTask task = awaitUserTask(key, "review");

    assertThat(task.getAssignee()).isEqualTo("carol");
    assertThat(task.getCandidateGroups()).containsExactly("sales", "legal");
    assertThat(task.getCandidateUsers()).containsExactly("carol", "backup");
    assertThat(task.getFollowUpDate().toInstant())
        .isEqualTo(OffsetDateTime.parse("2031-05-06T07:08:09Z").toInstant());
    assertThat(Duration.between(now(), task.getDueDate().toInstant()))
        .isBetween(Duration.ofDays(3).minusMinutes(5), Duration.ofDays(3));
    assertThat(task.getPriority()).isEqualTo(90);
  }

  @Test
  void completionVariablesReachTheProcessAndTheTaskIsCompleted() {
    String id = unique("complete-task");
    deploy(
        Bpmn.createExecutableProcess(id)
            .startEvent()
            .userTask("decide", u -> u.zeebeUserTask())
            .exclusiveGateway("gw")
            .conditionExpression("approved")
            .endEvent("yes")
            .moveToLastExclusiveGateway()
            .defaultFlow()
            .endEvent("no")
            .done());
    long key = start(id);
    UserTask task = awaitUserTask(key, "decide");
    assertThat(task.getPriority()).isEqualTo(50);

    client
        .newCompleteUserTaskCommand(task.getUserTaskKey())
        .variables(Map.of("approved", true))
        .send()
        .join();

    awaitCompleted(key);
    assertThat(rootVariables(key)).containsEntry("approved", true);
    assertThat(elements(key, "yes")).hasSize(1);
    assertThat(client.newUserTaskGetRequest(task.getUserTaskKey()).send().join().getState())
        .isEqualTo(UserTaskState.COMPLETED);
  }

  @Test
  void startFormIsReportedOnTheProcessDefinition() {
    String withForm = unique("start-form");
    String without = unique("no-start-form");
    String formId = unique("start-form-id");
    client
        .newDeployResourceCommand()
        .addResourceStringUtf8(formJson(formId), formId + ".form")
        .addProcessModel(
            Bpmn.createExecutableProcess(withForm)
                .startEvent("start")
                .zeebeFormId(formId)
                .endEvent()
                .done(),
            withForm + ".bpmn")
        .addProcessModel(
            Bpmn.createExecutableProcess(without).startEvent().endEvent().done(), without + ".bpmn")
        .send()
        .join();

    assertThat(definition(withForm).getHasStartForm()).isTrue();
    assertThat(definition(without).getHasStartForm()).isFalse();
  }

  static ProcessDefinition definition(String processId) {
    List<ProcessDefinition> items =
        client
            .newProcessDefinitionSearchRequest()
            .filter(f -> f.processDefinitionId(processId))
            .send()
            .join()
            .items();
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
