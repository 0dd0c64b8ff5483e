package dev.onramp.engine.compat.api;

import io.camunda.client.CamundaClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class that talks to the shared engine through one official client. */
abstract class ClientTest {

  static CamundaClient client;

  @BeforeAll
  static void connect() {
    client = Api.engine().newClient();
  }

  @AfterAll
  static void close() {
    client.close();
  }
}
