package dev.onramp.app.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.app.testing.AppTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A Product Owner's workload list: those of the products they own, with product and status. */
class MyWorkloadsTest extends AppTest {

  @Test
  void listsTheWorkloadsOfMyProductsWithTheirProductAndRequestStatus() {
    String name = "Listed Bot " + UUID.randomUUID().toString().substring(0, 8);
    String requestId =
        onboarding.submit("alice", onboarding.newWorkloadRequest(name)).path("id").asText();
    onboarding.awaitStatus(requestId, "PENDING_FA_REVIEW");

    JsonNode mine = find(api.as("alice").get("/api/workloads?size=200").json(), name);
    assertThat(mine).as("alice owns the Support Assistant product").isNotNull();
    assertThat(mine.path("productName").asText()).isEqualTo("Sample Product: Support Assistant");
    assertThat(mine.path("components").get(0).path("requestId").asText()).isEqualTo(requestId);
    assertThat(mine.path("components").get(0).path("status").asText())
        .isEqualTo("PENDING_FA_REVIEW");

    JsonNode pending =
        api.as("alice").get("/api/workloads?status=PENDING_FA_REVIEW&size=200").json();
    assertThat(find(pending, name)).isNotNull();
    JsonNode live = api.as("alice").get("/api/workloads?status=LIVE&size=200").json();
    assertThat(find(live, name)).isNull();
  }

  private static JsonNode find(JsonNode page, String name) {
    for (JsonNode w : page.path("content")) {
      if (w.path("name").asText().equals(name)) {
        return w;
      }
    }
    return null;
  }
}
