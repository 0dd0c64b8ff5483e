package dev.onramp.engine.api.command;

import dev.onramp.engine.api.EngineProblem;

/** Keys travel as decimal strings; a malformed one is the caller's error, named. */
final class Keys {

  private Keys() {}

  static long parse(String value, String field) {
    if (value == null || value.isBlank()) {
      throw EngineProblem.invalidArgument("No " + field + " provided");
    }
    try {
      long key = Long.parseLong(value.strip());
      if (key <= 0) {
        throw EngineProblem.invalidArgument(
            "The value for " + field + " is '" + value + "' but must be a positive key");
      }
      return key;
    } catch (NumberFormatException e) {
      throw EngineProblem.invalidArgument(
          "The value for " + field + " is '" + value + "' but must be a number (a key)");
    }
  }

  static Long parseOptional(String value, String field) {
    return value == null || value.isBlank() ? null : parse(value, field);
  }

  static String format(long key) {
    return Long.toString(key);
  }
}
