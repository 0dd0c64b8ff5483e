package dev.onramp.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2SettingsTest {

  @Test
  void shouldAddDurableWritesAndQueryCacheToAnH2Url() {
    assertThat(H2Settings.withRequiredSettings("jdbc:h2:file:./data/engine"))
        .isEqualTo("jdbc:h2:file:./data/engine;WRITE_DELAY=0;QUERY_CACHE_SIZE=256");
  }

  @Test
  void shouldKeepSettingsTheUrlAlreadyNames() {
    assertThat(
            H2Settings.withRequiredSettings(
                "jdbc:h2:file:./x;write_delay=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64"))
        .isEqualTo("jdbc:h2:file:./x;write_delay=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64");
  }
}
