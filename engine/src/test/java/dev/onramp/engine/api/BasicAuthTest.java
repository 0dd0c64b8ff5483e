package dev.onramp.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.engine.EngineApplication;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

class BasicAuthTest {

  static ConfigurableApplicationContext engine;
  static URI address;

  @BeforeAll
  static void start() throws IOException {
    int port = freePort();
    Path dir = Files.createTempDirectory("onramp-basic-auth");
    engine =
        EngineApplication.application()
            .run(
                "--server.port=" + port,
                "--management.server.port=" + freePort(),
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("engine") + ";WRITE_DELAY=0",
                "--engine.username=demo",
                "--engine.password=s3cret",
                "--logging.level.root=WARN");
    address = URI.create("http://127.0.0.1:" + port);
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  @Test
  void shouldRefuseRequestsWithoutCredentialsAsProblem() {
    try (CamundaClient client =
        CamundaClient.newClientBuilder().restAddress(address).preferRestOverGrpc(true).build()) {
      assertThatThrownBy(() -> client.newTopologyRequest().send().join())
          .isInstanceOfSatisfying(
              ProblemException.class,
              problem -> {
                assertThat(problem.code()).isEqualTo(401);
                assertThat(problem.details().getTitle()).isEqualTo("UNAUTHORIZED");
              });
    }
  }

  @Test
  void shouldServeClientThatSendsBasicCredentials() {
    try (CamundaClient client =
        CamundaClient.newClientBuilder()
            .restAddress(address)
            .preferRestOverGrpc(true)
            .credentialsProvider(
                io.camunda.client.CredentialsProvider.newBasicAuthCredentialsProviderBuilder()
                    .username("demo")
                    .password("s3cret")
                    .build())
            .build()) {
      assertThat(client.newTopologyRequest().send().join().getBrokers()).hasSize(1);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
