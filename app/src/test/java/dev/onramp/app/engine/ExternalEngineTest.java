package dev.onramp.app.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.engine.EngineApplication;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code onramp.engine.embedded=false} the app runs no engine of its own and deploys to the
 * cluster that {@code camunda.client.*} names; a separately started engine stands in for a Camunda
 * 8 Self-Managed cluster here, reached through exactly the properties a cluster would need.
 */
@SpringBootTest(properties = "onramp.engine.embedded=false")
class ExternalEngineTest {

  static final int CLUSTER_PORT = freePort();
  static ConfigurableApplicationContext cluster;

  @DynamicPropertySource
  static void app(DynamicPropertyRegistry registry) throws IOException {
    String appDatabase =
        "jdbc:h2:file:" + Files.createTempDirectory("onramp-app-test").resolve("onramp");
    registry.add("spring.datasource.url", () -> appDatabase);
    registry.add("camunda.client.rest-address", () -> "http://127.0.0.1:" + CLUSTER_PORT);
  }

  @BeforeAll
  static void startCluster() throws IOException {
    cluster =
        EngineApplication.application()
            .run(
                "--server.port=" + CLUSTER_PORT,
                "--management.server.port=" + freePort(),
                "--spring.datasource.url=jdbc:h2:file:"
                    + Files.createTempDirectory("onramp-cluster-test").resolve("engine")
                    + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  @Autowired ApplicationContext context;
  @Autowired CamundaClient client;

  @Test
  void shouldDeployToTheConfiguredClusterWithoutAnEmbeddedEngine() {
    assertThat(context.getBeansOfType(EmbeddedEngine.class)).isEmpty();
    assertThat(
            client
                .newProcessDefinitionSearchRequest()
                .filter(f -> f.processDefinitionId("Process_WorkloadOnboarding"))
                .send()
                .join()
                .items())
        .hasSize(1);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
