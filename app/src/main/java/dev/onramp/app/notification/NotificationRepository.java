package dev.onramp.app.notification;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface NotificationRepository extends Repository<Notification, Long> {

  Page<Notification> findByRecipient(String recipient, Pageable page);

  Page<Notification> findByRecipientAndReadAtIsNull(String recipient, Pageable page);

  long countByRecipientAndReadAtIsNull(String recipient);

  Optional<Notification> findByIdAndRecipient(Long id, String recipient);

  @Modifying
  @Query(
      "update Notification n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
  int markAllRead(String recipient, Instant at);
}
