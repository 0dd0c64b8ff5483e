package dev.onramp.app.attribution;

import dev.onramp.app.web.InvalidFieldException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A calendar month in UTC, written YYYY-MM. */
public record Period(YearMonth month) {

  public static Period parse(String text) {
    try {
      return new Period(YearMonth.parse(text));
    } catch (DateTimeParseException | NullPointerException e) {
      throw new InvalidFieldException("period", "must be a month written YYYY-MM");
    }
  }

  public OffsetDateTime start() {
    return month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  public OffsetDateTime end() {
    return month.plusMonths(1).atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  public int days() {
    return month.lengthOfMonth();
  }

  @Override
  public String toString() {
    return month.toString();
  }
}
