package dev.onramp.engine.api.search;

import com.fasterxml.jackson.databind.JsonNode;

/** Translates one property of a search request's {@code filter} object into SQL predicates. */
@FunctionalInterface
interface FilterField {

  /**
   * Adds the predicates for {@code value} to {@code where}; adds none when the value puts no
   * constraint (null, empty arrays).
   */
  void apply(String name, JsonNode value, Where where);
}
