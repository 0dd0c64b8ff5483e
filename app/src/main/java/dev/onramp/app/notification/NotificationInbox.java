package dev.onramp.app.notification;

import dev.onramp.app.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's notifications: newest first, read and unread. Nobody sees another's. */
@Service
public class NotificationInbox {

  private static final Sort NEWEST_FIRST =
      Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

  private final NotificationRepository notifications;
  private final Clock clock;

  NotificationInbox(NotificationRepository notifications, ObjectProvider<Clock> clock) {
    this.notifications = notifications;
    this.clock = clock.getIfUnique(Clock::systemUTC);
  }

  @Transactional(readOnly = true)
  public Page<NotificationView> list(String recipient, boolean unreadOnly, int page, int size) {
    Pageable request = PageRequest.of(page, size, NEWEST_FIRST);
    return (unreadOnly
            ? notifications.findByRecipientAndReadAtIsNull(recipient, request)
            : notifications.findByRecipient(recipient, request))
        .map(Notification::view);
  }

  @Transactional(readOnly = true)
  public long unreadCount(String recipient) {
    return notifications.countByRecipientAndReadAtIsNull(recipient);
  }

  /**
   * @throws NotFoundException also when the notification is someone else's, which the caller may
   *     not learn
   */
  @Transactional
  public NotificationView markRead(String recipient, long id) {
    Notification notification =
        notifications
            .findByIdAndRecipient(id, recipient)
            .orElseThrow(() -> new NotFoundException("Notification", id));
    notification.markRead(now());
    return notification.view();
  }

  /**
   * @return how many were unread
   */
  @Transactional
  public int markAllRead(String recipient) {
    return notifications.markAllRead(recipient, now());
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
