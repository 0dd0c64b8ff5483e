package dev.onramp.app.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code onramp.notifications.*}: whether notifications also go out by email. */
@ConfigurationProperties("onramp.notifications")
record NotificationProperties(@DefaultValue Email email) {

  /**
   * @param enabled send each notification also by email, through the SMTP server of {@code
   *     spring.mail.*}, to recipients whose email address is known
   * @param from the sender of those emails
   * @param baseUrl the app's address, to turn a notification's link into an absolute URL
   */
  record Email(
      @DefaultValue("false") boolean enabled,
      @DefaultValue("Onramp <onramp@localhost>") String from,
      @DefaultValue("http://localhost:8080") String baseUrl) {}
}
