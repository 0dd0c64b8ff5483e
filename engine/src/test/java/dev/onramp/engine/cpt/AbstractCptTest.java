package dev.onramp.engine.cpt;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.CamundaAssert;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.CamundaProcessTestExtension;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Base of the CPT classes: hygiene checks first, then CPT in REMOTE mode on {@link CptEngine}. */
abstract class AbstractCptTest {

  @RegisterExtension
  @Order(1)
  static final CptHygieneExtension HYGIENE = new CptHygieneExtension(CptEngine.get());

  @RegisterExtension
  @Order(2)
  static final CamundaProcessTestExtension EXTENSION = CptEngine.extension();

  /** Injected by CPT before each test. */
  protected CamundaClient client;

  /** Injected by CPT before each test. */
  protected CamundaProcessTestContext processTestContext;

  /** Assertions poll the engine; allow for slow shared CI machines (restored after each test). */
  @BeforeEach
  void widenAssertionTimeout() {
    CamundaAssert.setAssertionTimeout(Duration.ofSeconds(30));
  }

  @AfterEach
  void restoreAssertionTimeout() {
    CamundaAssert.setAssertionTimeout(CamundaAssert.DEFAULT_ASSERTION_TIMEOUT);
  }

  protected void deploy(BpmnModelInstance... models) {
    var command = client.newDeployResourceCommand().addProcessModel(models[0], name(models[0]));
    for (int i = 1; i < models.length; i++) {
      command = command.addProcessModel(models[i], name(models[i]));
    }
    command.send().join();
  }

  protected ProcessInstanceEvent start(String processId, Map<String, Object> variables) {
    return client
        .newCreateInstanceCommand()
        .bpmnProcessId(processId)
        .latestVersion()
        .variables(variables)
        .send()
        .join();
  }

  private static String name(BpmnModelInstance model) {
    return model
            .getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.Process.class)
            .iterator()
            .next()
            .getId()
        + ".bpmn";
  }
}
