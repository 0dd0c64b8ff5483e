package dev.onramp.app.testing;

import dev.onramp.app.engine.EmbeddedEngineTestProperties;
import io.camunda.process.test.api.CamundaSpringProcessTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port with its embedded engine (clock controlled, own H2 file), driven
 * over HTTP as the demo personas. Subclasses share one application context, so one engine; Camunda
 * Process Test (remote runtime) purges the engine between tests and redeploys the models.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.process-test.runtime-mode=remote")
@CamundaSpringProcessTest
public abstract class ApiTest {

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
