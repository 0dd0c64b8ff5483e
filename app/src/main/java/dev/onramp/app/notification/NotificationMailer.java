package dev.onramp.app.notification;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Emails a notification once the transaction that created it has committed (a rolled-back decision
 * mails nobody), on a thread of its own so a slow or absent SMTP server never delays or fails the
 * caller. A failed email is logged; the in-app notification stays either way.
 */
@Component
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationMailer {

  private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

  private final NotificationProperties.Email settings;
  private final JavaMailSender mailSender;
  private final ExecutorService sender =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "notification-email");
            thread.setDaemon(true);
            return thread;
          });

  NotificationMailer(NotificationProperties properties, ObjectProvider<JavaMailSender> mailSender) {
    this.settings = properties.email();
    this.mailSender = mailSender.getIfAvailable();
    if (settings.enabled() && this.mailSender == null) {
      throw new IllegalStateException(
          "onramp.notifications.email.enabled=true needs an SMTP server: set spring.mail.host"
              + " (and spring.mail.port, .username, .password as the server requires)");
    }
  }

  void sendAfterCommit(String username, String email, String title, String body, String link) {
    if (!settings.enabled()) {
      return;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(settings.from());
    message.setTo(email);
    message.setSubject(title);
    message.setText(link == null ? body : body + "\n\n" + settings.baseUrl() + link);
    Runnable send = () -> send(username, message);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              submit(username, send);
            }
          });
    } else {
      submit(username, send);
    }
  }

  private void submit(String username, Runnable send) {
    try {
      sender.execute(send);
    } catch (RejectedExecutionException shuttingDown) {
      log.warn("Email to {} not sent: the app is shutting down", username);
    }
  }

  private void send(String username, SimpleMailMessage message) {
    try {
      mailSender.send(message);
    } catch (RuntimeException e) {
      log.warn(
          "Email to {} ({}) not sent: {}; the notification stays in the inbox",
          username,
          message.getSubject(),
          e.getMessage());
    }
  }

  @PreDestroy
  void stop() {
    // Emails already handed over still go out; new ones are refused.
    sender.shutdown();
  }
}
