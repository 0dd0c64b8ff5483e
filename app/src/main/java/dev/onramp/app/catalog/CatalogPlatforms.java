package dev.onramp.app.catalog;

import dev.onramp.app.web.InvalidFieldException;
import java.util.List;

/**
 * The platform names a model can be offered on, as strings until the {@code provisioning.Platform}
 * enum exists; the values are that enum's constant names, so {@code platform.name()} fits.
 */
final class CatalogPlatforms {

  static final String BEDROCK = "BEDROCK";
  static final String MARKETPLACE = "MARKETPLACE";
  static final String CLAUDE_PLATFORM = "CLAUDE_PLATFORM";
  static final String AGENTCORE = "AGENTCORE";

  static final List<String> ALL = List.of(BEDROCK, MARKETPLACE, CLAUDE_PLATFORM, AGENTCORE);

  private CatalogPlatforms() {}

  static String requireKnown(String field, String platform) {
    if (platform == null || !ALL.contains(platform)) {
      throw new InvalidFieldException(field, "must be one of " + String.join(", ", ALL));
    }
    return platform;
  }
}
