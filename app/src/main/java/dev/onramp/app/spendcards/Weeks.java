package dev.onramp.app.spendcards;

import dev.onramp.app.web.InvalidFieldException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;

/** Monday–Sunday weeks in UTC, named by their Monday. */
final class Weeks {

  /** AWS writes billing data 24–48 hours late: a week is complete once data reaches +48 h. */
  static final long COMPLETE_AFTER_HOURS = 48;

  private Weeks() {}

  /** The last complete week before the instant: the Monday a week before this week's Monday. */
  static LocalDate previous(Instant at) {
    return thisWeek(at).minusWeeks(1);
  }

  static LocalDate thisWeek(Instant at) {
    return LocalDate.ofInstant(at, ZoneOffset.UTC)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  static Instant start(LocalDate monday) {
    return monday.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  static Instant end(LocalDate monday) {
    return start(monday.plusWeeks(1));
  }

  /** Whether imported data reaching {@code dataThrough} holds the whole week's billing. */
  static boolean complete(LocalDate monday, Instant dataThrough) {
    return dataThrough != null
        && !dataThrough.isBefore(end(monday).plusSeconds(COMPLETE_AFTER_HOURS * 3600));
  }

  /** A request's {@code week}: a Monday written YYYY-MM-DD, or a 400 naming the field. */
  static LocalDate parseMonday(String text) {
    LocalDate day;
    try {
      day = LocalDate.parse(text);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new InvalidFieldException("week", "must be a date written YYYY-MM-DD");
    }
    if (day.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new InvalidFieldException("week", "must be a Monday (weeks run Monday to Sunday, UTC)");
    }
    return day;
  }
}
