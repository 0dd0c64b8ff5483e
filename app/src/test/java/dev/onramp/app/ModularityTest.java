package dev.onramp.app;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The features are modules: no cycles between them, and none reaches into another's internals. A
 * failure names the offending dependency.
 */
class ModularityTest {

  @Test
  void shouldKeepTheFeatureModulesFreeOfCycles() {
    ApplicationModules.of(OnrampApplication.class).verify();
  }
}
