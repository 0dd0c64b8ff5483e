package dev.onramp.app.testing;

import dev.onramp.app.engine.EmbeddedEngineTestProperties;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link AppTest} with Camunda Process Test (remote runtime) against the embedded engine: process
 * assertions, the engine clock, and a purged engine with freshly deployed models for every test.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.process-test.runtime-mode=remote")
@CamundaSpringProcessTest
public abstract class ProcessTest {

  @DynamicPropertySource
  static void engine(DynamicPropertyRegistry registry) {
    EmbeddedEngineTestProperties.register(registry);
  }

  @LocalServerPort protected int port;

  protected Api api;
  protected Onboarding onboarding;

  @BeforeEach
  void connect() {
    api = new Api(port);
    onboarding = new Onboarding(api);
  }
}
