package dev.onramp.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.app.identity.DemoModeAppTest;
import dev.onramp.app.identity.HttpTestClient.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class NotificationApiTest extends DemoModeAppTest {

  @Autowired Notifier notifier;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void threeNotificationsForCarlosOneForAlice() {
    jdbc.sql("delete from notification").update();
    for (String workload : List.of("first-bot", "second-bot", "third-bot")) {
      notifier.send(
          List.of("carlos"), "tasks-generated", NotifierTest.model(workload), "/tasks", null);
    }
    notifier.send(List.of("alice"), "ready-to-claim", NotifierTest.model("alice-bot"), null, null);
  }

  @Test
  void shouldListMyNotificationsNewestFirstPageByPage() {
    Response firstPage = as("carlos").get("/api/notifications?size=2");
    Response secondPage = as("carlos").get("/api/notifications?size=2&page=1");

    assertThat(titles(firstPage.json()))
        .containsExactly(
            "New Cloud Engineer tasks: third-bot", "New Cloud Engineer tasks: second-bot");
    assertThat(titles(secondPage.json())).containsExactly("New Cloud Engineer tasks: first-bot");
    assertThat(firstPage.json().at("/page/totalElements").asLong()).isEqualTo(3);
    assertThat(firstPage.json().at("/page/totalPages").asLong()).isEqualTo(2);
    assertThat(firstPage.json().at("/content/0/read").asBoolean()).isFalse();
    assertThat(firstPage.json().at("/content/0/link").asText()).isEqualTo("/tasks");
  }

  @Test
  void shouldMarkOneReadAndCountTheUnread() {
    long newest = as("carlos").get("/api/notifications").json().at("/content/0/id").asLong();

    Response read = as("carlos").post("/api/notifications/" + newest + "/read");

    assertThat(read.status()).isEqualTo(200);
    assertThat(read.json().get("read").asBoolean()).isTrue();
    assertThat(read.json().get("readAt").isNull()).isFalse();
    assertThat(as("carlos").get("/api/notifications/unread-count").json().get("unread").asLong())
        .isEqualTo(2);
    assertThat(titles(as("carlos").get("/api/notifications?unreadOnly=true").json()))
        .containsExactly(
            "New Cloud Engineer tasks: second-bot", "New Cloud Engineer tasks: first-bot");
  }

  @Test
  void shouldMarkAllReadOnlyForMe() {
    Response marked = as("carlos").post("/api/notifications/read-all");

    assertThat(marked.json().get("marked").asInt()).isEqualTo(3);
    assertThat(as("carlos").get("/api/notifications/unread-count").json().get("unread").asLong())
        .isZero();
    assertThat(as("alice").get("/api/notifications/unread-count").json().get("unread").asLong())
        .isEqualTo(1);
  }

  @Test
  void shouldNotShowOrTouchAnotherPersonsNotification() {
    long alices = as("alice").get("/api/notifications").json().at("/content/0/id").asLong();

    Response refused = as("carlos").post("/api/notifications/" + alices + "/read");

    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(titles(as("carlos").get("/api/notifications").json()))
        .noneMatch(title -> title.contains("alice-bot"));
    assertThat(as("alice").get("/api/notifications/unread-count").json().get("unread").asLong())
        .isEqualTo(1);
  }

  @Test
  void shouldRefuseAnOversizedPageNamingTheParameter() {
    Response refused = as("carlos").get("/api/notifications?size=1000");

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("size");
  }

  private static List<String> titles(JsonNode page) {
    List<String> titles = new ArrayList<>();
    page.get("content").forEach(n -> titles.add(n.get("title").asText()));
    return titles;
  }
}
