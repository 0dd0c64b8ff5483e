package dev.onramp.engine.cpt;

import static io.camunda.process.test.api.CamundaAssert.assertThat;

import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The onboarding request review: a lead reviews the request and approves (accounts are
 * provisioned), rejects, or sends it back to the requester for revision.
 */
class OnboardingReviewProcessTest extends AbstractCptTest {

  private static final String PROCESS = "cpt-onboarding-review";

  /** Built once: the builder generates random sequence-flow ids, coverage merges them by id. */
  static final BpmnModelInstance REVIEW = reviewProcess();

  static BpmnModelInstance reviewProcess() {
    return Bpmn.createExecutableProcess(PROCESS)
        .startEvent("request-submitted")
        .name("Onboarding request submitted")
        .userTask("review-request")
        .name("Review onboarding request")
        .zeebeUserTask()
        .zeebeCandidateGroups("platform-leads")
        .zeebeTaskPriority("80")
        .zeebeDueDate("=dueDate")
        .exclusiveGateway("review-decision")
        .name("Decision?")
        .conditionExpression("=decision = \"approve\"")
        .serviceTask("provision-accounts", t -> t.zeebeJobType("cpt-review-provision"))
        .name("Provision accounts")
        .endEvent("onboarding-approved")
        .name("Onboarding approved")
        .moveToLastExclusiveGateway()
        .conditionExpression("=decision = \"reject\"")
        .endEvent("onboarding-rejected")
        .name("Onboarding rejected")
        .moveToLastExclusiveGateway()
        .conditionExpression("=decision = \"sendBack\"")
        .userTask("revise-request")
        .name("Revise onboarding request")
        .zeebeUserTask()
        .zeebeAssigneeExpression("requester")
        .connectTo("review-request")
        .done();
  }

  private static Map<String, Object> request() {
    return Map.of(
        "employee", "Ada Lovelace",
        "requester", "grace",
        "dueDate", "2031-03-01T09:00:00Z");
  }

  @BeforeEach
  void deployReview() {
    deploy(REVIEW);
  }

  @Test
  void reviewTaskIsOfferedToPlatformLeadsWithPriorityAndDueDate() {
    ProcessInstanceEvent instance = start(PROCESS, request());

    assertThat(instance).isActive().hasActiveElements("review-request");
    assertThat(UserTaskSelectors.byTaskName("Review onboarding request"))
        .isCreated()
        .hasElementId("review-request")
        .hasProcessInstanceKey(instance.getProcessInstanceKey())
        .hasCandidateGroup("platform-leads")
        .hasPriority(80)
        .hasDueDate("2031-03-01T09:00:00.000Z");
  }

  @Test
  void approvedRequestIsProvisionedAndCompletes() {
    processTestContext
        .mockJobWorker("cpt-review-provision")
        .thenComplete(Map.of("accountsProvisioned", true));
    ProcessInstanceEvent instance = start(PROCESS, request());

    processTestContext.completeUserTask("review-request", Map.of("decision", "approve"));

    assertThat(instance)
        .isCompleted()
        .hasCompletedElementsInOrder(
            "request-submitted",
            "review-request",
            "review-decision",
            "provision-accounts",
            "onboarding-approved")
        .hasNotActivatedElements("onboarding-rejected", "revise-request")
        .hasVariables(Map.of("decision", "approve", "accountsProvisioned", true));
    assertThat(UserTaskSelectors.byElementId("review-request")).isCompleted();
  }

  @Test
  void rejectedRequestEndsWithoutProvisioning() {
    ProcessInstanceEvent instance = start(PROCESS, request());

    processTestContext.completeUserTask(
        UserTaskSelectors.byTaskName("Review onboarding request"),
        Map.of("decision", "reject", "rejectionReason", "duplicate request"));

    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("review-request", "onboarding-rejected")
        .hasNotActivatedElements("provision-accounts", "onboarding-approved", "revise-request")
        .hasVariable("rejectionReason", "duplicate request");
  }

  @Test
  void withdrawnRequestTerminatesTheInstanceAndCancelsTheReview() {
    ProcessInstanceEvent instance = start(PROCESS, request());
    assertThat(UserTaskSelectors.byElementId("review-request")).isCreated();

    client.newCancelInstanceCommand(instance.getProcessInstanceKey()).send().join();

    assertThat(instance)
        .isTerminated()
        .hasTerminatedElements("review-request")
        .hasNoActiveElements("review-request")
        .hasNotActivatedElements("review-decision");
    assertThat(UserTaskSelectors.byElementId("review-request")).isCanceled();
  }

  @Test
  void sentBackRequestIsRevisedByTheRequesterAndReviewedAgain() {
    processTestContext.mockJobWorker("cpt-review-provision").thenComplete();
    ProcessInstanceEvent instance = start(PROCESS, request());

    processTestContext.completeUserTask("review-request", Map.of("decision", "sendBack"));

    assertThat(instance).isActive().hasActiveElements("revise-request");
    assertThat(UserTaskSelectors.byElementId("revise-request"))
        .isCreated()
        .hasName("Revise onboarding request")
        .hasAssignee("grace");

    processTestContext.completeUserTask("revise-request", Map.of("employee", "Ada King"));
    assertThat(instance)
        .hasActiveElements("review-request")
        .hasCompletedElement("review-request", 1);

    processTestContext.completeUserTask("review-request", Map.of("decision", "approve"));
    assertThat(instance)
        .isCompleted()
        .hasCompletedElement("review-request", 2)
        .hasCompletedElement("review-decision", 2)
        .hasCompletedElementsInOrder("revise-request", "provision-accounts", "onboarding-approved")
        .hasVariable("employee", "Ada King");
  }
}
