package dev.onramp.app.provisioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares generated text with the files under {@code src/test/resources/golden/}. After an
 * intended change, regenerate them and review the diff:
 *
 * <pre>./mvnw -B -pl app test -Dtest='Provisioning*' -Dgolden.update=true</pre>
 */
final class GoldenFiles {

  private static final Path ROOT = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private GoldenFiles() {}

  static void assertMatches(String relativePath, String actual) {
    Path file = ROOT.resolve(relativePath);
    try {
      if (UPDATE) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file).as("golden file %s (regenerate with -Dgolden.update=true)", file).exists();
      assertThat(actual)
          .as("%s differs; if the change is intended, regenerate with -Dgolden.update=true", file)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
