package dev.onramp.app.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.app.identity.DemoModeAppTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class NotifierTest extends DemoModeAppTest {

  @Autowired Notifier notifier;
  @Autowired NotificationInbox inbox;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  @BeforeEach
  void emptyInboxes() {
    jdbc.sql("delete from notification").update();
  }

  @Test
  void shouldPutOneNotificationInEachRecipientsInbox() {
    int notified =
        notifier.send(
            List.of("alice", "paul", "alice"),
            "ready-to-claim",
            model("support-bot"),
            "/requests/41",
            null);

    assertThat(notified).isEqualTo(2);
    for (String owner : List.of("alice", "paul")) {
      assertThat(inbox.list(owner, false, 0, 20).getContent())
          .singleElement()
          .satisfies(
              notification -> {
                assertThat(notification.template()).isEqualTo("ready-to-claim");
                assertThat(notification.title()).isEqualTo("Ready to claim: support-bot");
                assertThat(notification.body()).contains("request 41");
                assertThat(notification.link()).isEqualTo("/requests/41");
                assertThat(notification.createdAt()).isNotNull();
                assertThat(notification.read()).isFalse();
              });
    }
    assertThat(inbox.list("carlos", false, 0, 20)).isEmpty();
  }

  @Test
  void shouldNotifyEachRecipientOnceForTheSameKey() {
    String key = "ready-to-claim:41";

    int first = notifier.send(List.of("alice"), "ready-to-claim", model("bot"), null, key);
    int again = notifier.send(List.of("alice"), "ready-to-claim", model("bot"), null, key);
    int widened =
        notifier.send(List.of("alice", "paul"), "ready-to-claim", model("bot"), null, key);

    assertThat(List.of(first, again, widened)).containsExactly(1, 0, 1);
    assertThat(inbox.unreadCount("alice")).isEqualTo(1);
    assertThat(inbox.unreadCount("paul")).isEqualTo(1);
  }

  @Test
  void shouldNotifySomeoneTheDirectoryDoesNotKnowYet() {
    notifier.send(List.of("newcomer"), "workload-live", model("bot"), null, null);

    assertThat(inbox.unreadCount("newcomer")).isEqualTo(1);
  }

  @Test
  void shouldNotifyNobodyWhenTheCallersTransactionRollsBack() {
    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            status -> {
              notifier.send(List.of("alice"), "workload-live", model("bot"), null, "live:9");
              status.setRollbackOnly();
            });

    assertThat(inbox.unreadCount("alice")).isZero();
    assertThat(notifier.send(List.of("alice"), "workload-live", model("bot"), null, "live:9"))
        .isEqualTo(1);
  }

  static Map<String, Object> model(String workloadName) {
    Map<String, Object> model = new HashMap<>();
    model.put("workloadName", workloadName);
    model.put("requestId", 41);
    model.put("actorName", "alice");
    model.put("requester", "alice");
    return model;
  }
}
