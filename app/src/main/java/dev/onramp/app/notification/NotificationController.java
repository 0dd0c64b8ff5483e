package dev.onramp.app.notification;

import dev.onramp.app.identity.CurrentUser;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.web.PagedModel;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own inbox. */
@RestController
@RequestMapping("/api/notifications")
@Validated
class NotificationController {

  private final NotificationInbox inbox;
  private final CurrentUser currentUser;

  NotificationController(NotificationInbox inbox, CurrentUser currentUser) {
    this.inbox = inbox;
    this.currentUser = currentUser;
  }

  /** Newest first; {@code page} counts from 0. */
  @GetMapping
  PagedModel<NotificationView> list(
      @RequestParam(defaultValue = "false") boolean unreadOnly,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    return new PagedModel<>(inbox.list(currentUser.username(), unreadOnly, page, size));
  }

  @GetMapping("/unread-count")
  UnreadCount unreadCount() {
    return new UnreadCount(inbox.unreadCount(currentUser.username()));
  }

  @PostMapping("/{id}/read")
  NotificationView markRead(@PathVariable long id) {
    return inbox.markRead(currentUser.username(), id);
  }

  @PostMapping("/read-all")
  Marked markAllRead() {
    return new Marked(inbox.markAllRead(currentUser.username()));
  }

  record UnreadCount(long unread) {}

  record Marked(int marked) {}
}
