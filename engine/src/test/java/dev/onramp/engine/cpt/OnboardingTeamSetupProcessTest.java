package dev.onramp.engine.cpt;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Team set-up for a new cloud engineer: every cloud engineer of the team grants access in parallel
 * (multi-instance), AWS and GCP are prepared side by side (parallel gateway), and the laptop is
 * ordered through a separate equipment process (call activity).
 */
class OnboardingTeamSetupProcessTest extends AbstractCptTest {

  private static final String ACCESS_PROCESS = "cpt-onboarding-cloud-access";
  private static final String CLOUD_PROCESS = "cpt-onboarding-cloud-accounts";
  private static final String EQUIPMENT_PARENT = "cpt-onboarding-equipment";
  private static final String EQUIPMENT_CHILD = "cpt-equipment-order";

  private static final BpmnModelInstance ACCESS =
      Bpmn.createExecutableProcess(ACCESS_PROCESS)
          .startEvent("team-assigned")
          .userTask(
              "grant-cloud-access",
              u ->
                  u.name("Grant cloud access")
                      .zeebeUserTask()
                      .zeebeAssigneeExpression("engineer")
                      .multiInstance(
                          mi ->
                              mi.parallel()
                                  .zeebeInputCollectionExpression("cloudEngineers")
                                  .zeebeInputElement("engineer")
                                  .zeebeOutputCollection("grants")
                                  .zeebeOutputElementExpression("engineer + \" granted\"")))
          .endEvent("access-granted")
          .done();

  private static final BpmnModelInstance CLOUD =
      Bpmn.createExecutableProcess(CLOUD_PROCESS)
          .startEvent("engineer-hired")
          .parallelGateway("fork")
          .userTask("set-up-aws")
          .name("Set up AWS account")
          .zeebeUserTask()
          .zeebeCandidateGroups("cloud-engineers")
          .parallelGateway("join")
          .endEvent("cloud-ready")
          .moveToNode("fork")
          .userTask("set-up-gcp")
          .name("Set up GCP project")
          .zeebeUserTask()
          .zeebeCandidateGroups("cloud-engineers")
          .connectTo("join")
          .done();

  private static final BpmnModelInstance EQUIPMENT =
      Bpmn.createExecutableProcess(EQUIPMENT_PARENT)
          .startEvent("equipment-needed")
          .callActivity("order-equipment", c -> c.zeebeProcessId(EQUIPMENT_CHILD))
          .name("Order equipment")
          .endEvent("equipment-ordered")
          .done();

  private static final BpmnModelInstance ORDER =
      Bpmn.createExecutableProcess(EQUIPMENT_CHILD)
          .startEvent("order-received")
          .serviceTask("ship-laptop", t -> t.zeebeJobType("cpt-team-ship-laptop"))
          .endEvent("laptop-shipped")
          .done();

  @Test
  void everyCloudEngineerGetsAnAccessTaskAssigned() {
    deploy(ACCESS);
    ProcessInstanceEvent instance =
        start(ACCESS_PROCESS, Map.of("cloudEngineers", List.of("alice", "bob", "carol")));

    assertThat(instance).isActive().hasActiveElements("grant-cloud-access");
    assertThat(UserTaskSelectors.byElementId("grant-cloud-access")).isCreated();
    List<UserTask> tasks =
        client
            .newUserTaskSearchRequest()
            .filter(f -> f.processInstanceKey(instance.getProcessInstanceKey()))
            .send()
            .join()
            .items();
    assertThat(tasks)
        .extracting(UserTask::getAssignee)
        .containsExactlyInAnyOrder("alice", "bob", "carol");
    assertThat(tasks).extracting(UserTask::getName).containsOnly("Grant cloud access");
  }

  @Test
  void accessGrantsOfAllEngineersAreCollected() {
    deploy(ACCESS);
    ProcessInstanceEvent instance =
        start(ACCESS_PROCESS, Map.of("cloudEngineers", List.of("alice", "bob", "carol")));

    processTestContext.completeUserTask("grant-cloud-access");
    processTestContext.completeUserTask("grant-cloud-access");
    assertThat(instance).isActive().hasActiveElements("grant-cloud-access");
    processTestContext.completeUserTask("grant-cloud-access");

    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("grant-cloud-access", "access-granted")
        .hasVariable("grants", List.of("alice granted", "bob granted", "carol granted"));
  }

  @Test
  void awsAndGcpAreSetUpInParallelAndJoined() {
    deploy(CLOUD);
    ProcessInstanceEvent instance = start(CLOUD_PROCESS, Map.of("engineer", "ada"));

    assertThat(instance).isActive().hasActiveElements("set-up-aws", "set-up-gcp");
    assertThat(UserTaskSelectors.byTaskName("Set up GCP project"))
        .isCreated()
        .hasCandidateGroup("cloud-engineers");

    processTestContext.completeUserTask("set-up-gcp", Map.of("gcpProject", "ada-sandbox"));
    assertThat(instance)
        .isActive()
        .hasCompletedElements("set-up-gcp")
        .hasActiveElements("set-up-aws")
        .hasNotActivatedElements("cloud-ready");

    processTestContext.completeUserTask(
        UserTaskSelectors.byTaskName("Set up AWS account"), Map.of("awsAccount", "1234"));
    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("fork", "set-up-aws", "set-up-gcp", "join", "cloud-ready")
        .hasVariables(Map.of("gcpProject", "ada-sandbox", "awsAccount", "1234"));
  }

  @Test
  void laptopIsOrderedThroughTheEquipmentProcess() {
    deploy(EQUIPMENT, ORDER);
    ProcessInstanceEvent instance = start(EQUIPMENT_PARENT, Map.of("employee", "Ada"));

    assertThat(instance).isActive().hasActiveElements("order-equipment");
    assertThat(ProcessInstanceSelectors.byProcessId(EQUIPMENT_CHILD))
        .isActive()
        .hasActiveElements("ship-laptop")
        .hasVariable("employee", "Ada");
    assertThat(
            ProcessInstanceSelectors.byParentProcessInstanceKey(instance.getProcessInstanceKey()))
        .isActive();

    processTestContext.completeJob("cpt-team-ship-laptop", Map.of("trackingNumber", "TRK-7"));

    assertThat(ProcessInstanceSelectors.byProcessId(EQUIPMENT_CHILD))
        .isCompleted()
        .hasCompletedElementsInOrder("order-received", "ship-laptop", "laptop-shipped");
    assertThat(instance)
        .isCompleted()
        .hasCompletedElementsInOrder("equipment-needed", "order-equipment", "equipment-ordered")
        .hasVariable("trackingNumber", "TRK-7");
  }

  @Test
  void mockedEquipmentProcessReturnsItsResultToTheOnboarding() {
    deploy(EQUIPMENT);
    processTestContext.mockChildProcess(EQUIPMENT_CHILD, Map.of("trackingNumber", "MOCK-1"));
    ProcessInstanceEvent instance = start(EQUIPMENT_PARENT, Map.of("employee", "Ada"));

    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("order-equipment")
        .hasVariable("trackingNumber", "MOCK-1");
  }
}
