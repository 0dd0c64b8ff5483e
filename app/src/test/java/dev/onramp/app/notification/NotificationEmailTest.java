package dev.onramp.app.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.onramp.app.identity.DemoModeAppTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Notification emails against a local SMTP server (GreenMail), sent after commit. */
@ExtendWith(OutputCaptureExtension.class)
class NotificationEmailTest extends DemoModeAppTest {

  @Autowired Notifier notifier;
  @Autowired NotificationInbox inbox;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void shouldEmailEachRecipientWhoseAddressIsKnown() {
    String workload = unique("mail-bot");

    notifier.send(
        List.of("alice", "unknown-person"),
        "ready-to-claim",
        NotifierTest.model(workload),
        "/requests/41",
        null);

    MimeMessage email = awaitEmail("Ready to claim: " + workload);
    assertThat(recipients(email)).containsExactly("alice@example.com");
    assertThat(body(email))
        .contains("Claim it in Spaces")
        .contains("http://localhost:8080/requests/41");
    assertThat(inbox.unreadCount("unknown-person")).isPositive();
  }

  @Test
  void shouldEmailNobodyWhenTheCallersTransactionRollsBack() {
    String rolledBack = unique("rolled-back-bot");
    String committed = unique("committed-bot");

    new TransactionTemplate(transactionManager)
        .executeWithoutResult(
            status -> {
              notifier.send(
                  List.of("paul"), "workload-live", NotifierTest.model(rolledBack), null, null);
              status.setRollbackOnly();
            });
    notifier.send(List.of("paul"), "workload-live", NotifierTest.model(committed), null, null);

    // Emails leave in order: once the later one is there, the earlier one would have been too.
    awaitEmail("Live: " + committed);
    assertThat(subjects()).doesNotContain("Live: " + rolledBack);
  }

  @Test
  void shouldKeepTheNotificationWhenTheEmailCannotBeSent(CapturedOutput output) {
    String workload = unique("unsent-bot");
    SMTP.stop();
    try {
      int notified =
          notifier.send(
              List.of("fiona"), "request-submitted", NotifierTest.model(workload), null, null);

      assertThat(notified).isEqualTo(1);
      assertThat(inbox.list("fiona", true, 0, 100).getContent())
          .anySatisfy(n -> assertThat(n.title()).isEqualTo("New request to review: " + workload));
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  assertThat(output.getOut())
                      .contains(
                          "Email to fiona (New request to review: " + workload + ") not sent"));
    } finally {
      SMTP.start();
    }

    String later = unique("later-bot");
    notifier.send(List.of("fiona"), "request-submitted", NotifierTest.model(later), null, null);
    awaitEmail("New request to review: " + later);
  }

  private static MimeMessage awaitEmail(String subject) {
    return await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Arrays.stream(SMTP.getReceivedMessages())
                    .filter(m -> subject.equals(subject(m)))
                    .findFirst(),
            found -> found.isPresent())
        .orElseThrow();
  }

  private static List<String> subjects() {
    return Arrays.stream(SMTP.getReceivedMessages()).map(NotificationEmailTest::subject).toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
          .map(Object::toString)
          .toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String body(MimeMessage message) {
    try {
      return message.getContent().toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unique(String name) {
    return name + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
