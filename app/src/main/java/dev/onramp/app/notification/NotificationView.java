package dev.onramp.app.notification;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * A notification as its recipient sees it.
 *
 * @param template which kind of notification, e.g. {@code ready-to-claim}
 * @param link the app path it is about, e.g. {@code /requests/42}; may be null
 * @param readAt null while unread
 */
public record NotificationView(
    Long id,
    String template,
    String title,
    String body,
    String link,
    Instant createdAt,
    Instant readAt) {

  @JsonProperty("read")
  public boolean read() {
    return readAt != null;
  }
}
