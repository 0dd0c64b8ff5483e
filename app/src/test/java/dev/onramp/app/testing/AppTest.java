package dev.onramp.app.testing;

import dev.onramp.app.engine.EmbeddedEngineTestProperties;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole app on a random port with its embedded engine (clock controlled, own H2 file), driven
 * over HTTP as the demo personas. Subclasses share one application context, so one engine, and see
 * each other's data: each test makes its own requests. Process tests use {@link ProcessTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AppTest {

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
