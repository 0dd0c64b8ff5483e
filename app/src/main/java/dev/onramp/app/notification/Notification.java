package dev.onramp.app.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message in one person's inbox. Written by {@link Notifier}; only its read time changes. */
@Entity
@Table(name = "notification")
class Notification {

  @Id private Long id;

  private String recipient;

  private String template;

  private String title;

  private String body;

  private String link;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  /** Marks it read; reading it again keeps the first time. */
  void markRead(Instant at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  NotificationView view() {
    return new NotificationView(id, template, title, body, link, createdAt, readAt);
  }
}
