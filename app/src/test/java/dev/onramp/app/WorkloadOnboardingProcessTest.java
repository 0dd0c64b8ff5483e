package dev.onramp.app;

import static io.camunda.process.test.api.CamundaAssert.assertThat;

import dev.onramp.app.engine.EmbeddedEngineTestProperties;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The onboarding model, deployed by the app's {@code @Deployment}, run by Camunda Process Test in
 * remote mode against the app's embedded engine.
 */
@SpringBootTest(properties = "camunda.process-test.runtime-mode=remote")
@CamundaSpringProcessTest
class WorkloadOnboardingProcessTest {

  @DynamicPropertySource
  static void engine(DynamicPropertyRegistry registry) {
    EmbeddedEngineTestProperties.register(registry);
  }

  @Autowired CamundaClient client;
  @Autowired CamundaProcessTestContext processTestContext;

  @Test
  void shouldGenerateTasksAfterTheFinOpsLeadReviewed() {
    processTestContext.mockJobWorker("generate-ce-tasks").thenComplete(Map.of("taskCount", 1));

    ProcessInstanceEvent instance = startOnboarding();
    assertThat(UserTaskSelectors.byElementId("UserTask_ReviewRequest"))
        .isCreated()
        .hasName("Review request")
        .hasCandidateGroup("finops-leads");
    processTestContext.completeUserTask(
        "UserTask_ReviewRequest", Map.of("decision", "approve", "rationale", "fits the budget"));

    assertThat(instance)
        .isCompleted()
        .hasCompletedElementsInOrder(
            "StartEvent_WorkloadRequested",
            "UserTask_ReviewRequest",
            "ServiceTask_GenerateTasks",
            "EndEvent_TasksGenerated")
        .hasVariable("decision", "approve")
        .hasVariable("taskCount", 1);
  }

  @Test
  void shouldKeepWaitingForTheReviewAsTimePasses() {
    ProcessInstanceEvent instance = startOnboarding();
    assertThat(instance).hasActiveElements("UserTask_ReviewRequest");

    processTestContext.increaseTime(Duration.ofDays(30));

    assertThat(instance)
        .isActive()
        .hasActiveElements("UserTask_ReviewRequest")
        .hasNotActivatedElements("ServiceTask_GenerateTasks");
  }

  private ProcessInstanceEvent startOnboarding() {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId("Process_WorkloadOnboarding")
        .latestVersion()
        .variables(Map.of("workloadName", "support-bot"))
        .send()
        .join();
  }
}
