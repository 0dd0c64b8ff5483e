package dev.onramp.app.provisioning;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The tags put on a workload's role so its spend can be grouped by workload and product once the
 * keys are activated as cost-allocation tags (aws-reference.md §5). Values come from what people
 * typed, so they are reduced to the characters IAM accepts in a tag value.
 */
final class CostTags {

  static final String WORKLOAD = "Workload";
  static final String PRODUCT = "Product";
  static final String REQUEST = "OnrampRequest";

  private static final Pattern OUTSIDE_TAG_CHARSET =
      Pattern.compile("[^\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]");
  private static final Pattern SPACES = Pattern.compile("\\p{Z}+");
  private static final int MAX_VALUE_CODE_POINTS = 256;

  private CostTags() {}

  /**
   * Workload, product and request first, then the spec's own tags; a spec tag whose key differs
   * only in case replaces the generated one, since IAM keeps one tag per case-insensitive key.
   */
  static Map<String, String> of(ProvisioningSpec spec) {
    Map<String, Map.Entry<String, String>> byKey = new LinkedHashMap<>();
    put(byKey, WORKLOAD, spec.workloadName());
    put(byKey, PRODUCT, spec.productName());
    put(byKey, REQUEST, spec.requestId());
    spec.tags().forEach((key, value) -> put(byKey, key, value == null ? "" : value));
    Map<String, String> tags = new LinkedHashMap<>();
    byKey.values().forEach(e -> tags.put(e.getKey(), e.getValue()));
    return tags;
  }

  private static void put(Map<String, Map.Entry<String, String>> byKey, String key, String value) {
    byKey.put(key.toLowerCase(Locale.ROOT), Map.entry(key, value(value)));
  }

  /** A tag value IAM accepts: allowed characters only, spaces collapsed, at most 256. */
  static String value(String raw) {
    String kept = SPACES.matcher(OUTSIDE_TAG_CHARSET.matcher(raw).replaceAll("")).replaceAll(" ");
    String trimmed = kept.strip();
    if (trimmed.codePointCount(0, trimmed.length()) <= MAX_VALUE_CODE_POINTS) {
      return trimmed;
    }
    return trimmed.substring(0, trimmed.offsetByCodePoints(0, MAX_VALUE_CODE_POINTS)).strip();
  }
}
