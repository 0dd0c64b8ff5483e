package dev.onramp.app.notification;

import dev.onramp.app.audit.UniqueInsert;
import dev.onramp.app.identity.UserDirectory;
import dev.onramp.app.identity.UserProfile;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Notifies people: one in-app notification per recipient, plus an email when email is on and the
 * recipient's address is known. Joins the caller's transaction, so a notification exists only if
 * what it announces was committed.
 */
@Service
public class Notifier {

  static final int TITLE_LENGTH = 200;
  static final int BODY_LENGTH = 4000;

  private final JdbcClient jdbc;
  private final NotificationTemplates templates;
  private final NotificationMailer mailer;
  private final UserDirectory directory;
  private final UniqueInsert uniqueInsert;
  private final Clock clock;

  Notifier(
      JdbcClient jdbc,
      NotificationTemplates templates,
      NotificationMailer mailer,
      UserDirectory directory,
      DataSource dataSource,
      ObjectProvider<Clock> clock) {
    this.jdbc = jdbc;
    this.templates = templates;
    this.mailer = mailer;
    this.directory = directory;
    this.uniqueInsert = new UniqueInsert(dataSource);
    this.clock = clock.getIfUnique(Clock::systemUTC);
  }

  /**
   * Sends the notification to each recipient who does not have it yet.
   *
   * @param recipients usernames; duplicates and blanks are ignored
   * @param template the file {@code templates/notifications/<template>.ftl}
   * @param model the template's values; the template also sees {@code recipient} (username) and
   *     {@code recipientName}
   * @param link the app path the notification is about, e.g. {@code /requests/42}; may be null
   * @param dedupKey a recipient who already has a notification with this key does not get another
   *     (a job worker that runs twice notifies once); null to always notify
   * @return how many recipients were notified now
   */
  @Transactional
  public int send(
      Collection<String> recipients,
      String template,
      Map<String, Object> model,
      String link,
      String dedupKey) {
    int notified = 0;
    for (String recipient : new LinkedHashSet<>(recipients)) {
      if (!StringUtils.hasText(recipient)) {
        continue;
      }
      Optional<UserProfile> profile = directory.find(recipient);
      NotificationTemplates.Rendered message =
          templates.render(template, modelFor(recipient, profile, model));
      if (insert(recipient, template, message, link, dedupKey)) {
        notified++;
        profile
            .map(UserProfile::email)
            .ifPresent(
                email ->
                    mailer.sendAfterCommit(
                        recipient, email, message.title(), message.body(), link));
      }
    }
    return notified;
  }

  private static Map<String, Object> modelFor(
      String recipient, Optional<UserProfile> profile, Map<String, Object> model) {
    Map<String, Object> values = new HashMap<>(model);
    values.put("recipient", recipient);
    values.put("recipientName", profile.map(UserProfile::displayName).orElse(recipient));
    return values;
  }

  private boolean insert(
      String recipient,
      String template,
      NotificationTemplates.Rendered message,
      String link,
      String dedupKey) {
    // No look-up first: the unique (recipient, dedup_key) decides, also between two concurrent
    // deliveries of a job.
    return uniqueInsert.unlessDuplicate(
        () ->
            jdbc.sql(
                    """
                    insert into notification
                      (recipient, template, title, body, link, created_at, dedup_key)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """)
                .params(
                    recipient,
                    template,
                    cut(message.title(), TITLE_LENGTH),
                    cut(message.body(), BODY_LENGTH),
                    link,
                    OffsetDateTime.ofInstant(
                        clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC),
                    dedupKey)
                .update());
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }
}
