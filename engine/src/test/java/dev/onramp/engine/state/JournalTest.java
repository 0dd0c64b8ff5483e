package dev.onramp.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

  @TempDir Path dir;

  @Test
  void shouldReadBackEveryAppendedBatchWithTypedParameters() {
    Path file = dir.resolve("engine.journal");
    try (Journal journal = Journal.open(file)) {
      journal.record(
          "INSERT INTO t VALUES (?, ?, ?, ?, ?)", new Object[] {1L, 2, true, "é\"x", null});
      journal.append(7);
      journal.record("DELETE FROM t", new Object[0]);
      journal.append(8);
    }
    List<Journal.Batch> batches = Journal.open(file).readAll();
    assertThat(batches).extracting(Journal.Batch::number).containsExactly(7L, 8L);
    assertThat(batches.get(0).statements().get(0).args())
        .containsExactly(1L, 2, true, "é\"x", null);
    assertThat(batches.get(1).statements().get(0).sql()).isEqualTo("DELETE FROM t");
  }

  @Test
  void shouldForgetTheWritesOfARolledBackCommand() {
    try (Journal journal = Journal.open(dir.resolve("engine.journal"))) {
      journal.record("A", new Object[0]);
      int mark = journal.mark();
      journal.record("B", new Object[0]);
      journal.rollbackTo(mark);
      journal.append(1);
      assertThat(journal.readAll().get(0).statements())
          .extracting(Journal.Statement::sql)
          .containsExactly("A");
    }
  }

  @Test
  void shouldStopAtARecordCutShortByACrash() throws IOException {
    Path file = dir.resolve("engine.journal");
    try (Journal journal = Journal.open(file)) {
      journal.record("A", new Object[] {1L});
      journal.append(1);
      journal.record("B", new Object[] {2L});
      journal.append(2);
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(Files.size(file) - 3);
    }
    assertThat(Journal.open(file).readAll()).extracting(Journal.Batch::number).containsExactly(1L);
  }
}
