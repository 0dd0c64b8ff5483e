package dev.onramp.engine.cpt;

import dev.onramp.engine.testing.TestEngine;
import io.camunda.client.CamundaClient;
import io.camunda.process.test.api.CamundaProcessTestExtension;
import io.camunda.process.test.api.CamundaProcessTestRuntimeMode;
import java.time.Duration;

/**
 * The engine all Camunda Process Test classes of this package run against: a private one (CPT
 * purges it after every test, which must not wipe the definitions of tests that use {@link
 * TestEngine#shared()}), started once per JVM before the first extension connects.
 */
final class CptEngine {

  private static TestEngine engine;

  private CptEngine() {}

  static synchronized TestEngine get() {
    if (engine == null) {
      engine = TestEngine.start();
      TestEngine started = engine;
      Runtime.getRuntime().addShutdownHook(new Thread(started::close));
    }
    return engine;
  }

  /**
   * CPT in REMOTE mode, configured programmatically (no classpath-root {@code
   * camunda-container-runtime.properties}, which would switch every CPT user of the module). CPT's
   * own clients call {@code preferRestOverGrpc(false)}; surefire's {@code CAMUNDA_PREFER_REST=true}
   * turns them back to REST, the only transport the engine serves.
   */
  static CamundaProcessTestExtension extension() {
    TestEngine running = get();
    return new CamundaProcessTestExtension()
        .withRuntimeMode(CamundaProcessTestRuntimeMode.REMOTE)
        .withRemoteCamundaClientBuilderFactory(
            () ->
                CamundaClient.newClientBuilder()
                    .restAddress(running.restAddress())
                    .preferRestOverGrpc(true)
                    .defaultRequestTimeout(Duration.ofSeconds(10)))
        .withRemoteCamundaMonitoringApiAddress(running.managementAddress());
  }
}
