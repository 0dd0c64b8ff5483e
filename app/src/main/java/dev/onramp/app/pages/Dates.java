package dev.onramp.app.pages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages show an instant: to the minute, in UTC, saying so. Templates call it as dates. */
public final class Dates {

  static final Dates INSTANCE = new Dates();

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Dates() {}

  public String show(Instant instant) {
    return instant == null ? "" : SHOWN.format(instant);
  }

  /** An instant as a view serialised to JSON carries it (ISO-8601). */
  public String show(String isoInstant) {
    return isoInstant == null || isoInstant.isBlank() ? "" : show(Instant.parse(isoInstant));
  }
}
