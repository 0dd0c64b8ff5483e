package dev.onramp.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class H2SettingsTest {

  @Test
  void shouldAddQueryCacheAndPageSizeToAnH2Url() {
    assertThat(H2Settings.withRequiredSettings("jdbc:h2:file:./data/engine"))
        .isEqualTo("jdbc:h2:file:./data/engine;QUERY_CACHE_SIZE=256;PAGE_SIZE=1024");
  }

  @Test
  void shouldKeepSettingsTheUrlAlreadyNames() {
    assertThat(
            H2Settings.withRequiredSettings(
                "jdbc:h2:file:./x;page_size=4096;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64"))
        .isEqualTo("jdbc:h2:file:./x;page_size=4096;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64");
  }

  @Test
  void shouldJournalEmbeddedH2FilesOnly() {
    assertThat(H2Settings.journalFile("jdbc:h2:file:./data/engine;WRITE_DELAY=0"))
        .isEqualTo(Path.of("./data/engine.journal"));
    assertThat(H2Settings.journalFile("jdbc:h2:/tmp/x/engine"))
        .isEqualTo(Path.of("/tmp/x/engine.journal"));
    assertThat(H2Settings.journalFile("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isNull();
    assertThat(H2Settings.journalFile("jdbc:h2:tcp://localhost/~/test")).isNull();
    assertThat(H2Settings.journalFile("jdbc:postgresql://localhost/onramp")).isNull();
  }
}
