package dev.onramp.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.onramp.app.testing.AppTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's API walk-through, run verbatim with bash and curl against the app: the promise that
 * it works as written is kept by the build.
 */
class ReadmeWalkthroughTest extends AppTest {

  @Test
  void shouldTakeAWorkloadToLiveExactlyAsTheReadmeShows() throws Exception {
    assumeTrue(onPath("curl"), "curl is not installed; .ci/run installs it");
    String script = walkthrough(Files.readString(Path.of("..", "README.md")));

    ProcessBuilder builder =
        new ProcessBuilder("bash", "-eu", "-o", "pipefail", "-c", script)
            .redirectErrorStream(true)
            .redirectOutput(Files.createTempFile("walkthrough", ".log").toFile());
    builder.environment().put("BASE", "http://127.0.0.1:" + port);
    Process bash = builder.start();
    bash.getOutputStream().close();
    boolean finished = bash.waitFor(3, TimeUnit.MINUTES);
    if (!finished) {
      bash.destroyForcibly();
    }
    String output =
        Files.readString(builder.redirectOutput().file().toPath(), StandardCharsets.UTF_8);

    assertThat(finished).as(output).isTrue();
    assertThat(bash.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("Business Request", "Approved with role finops-support-bot-")
        .contains("arn:aws:iam::111122223333:role/finops-support-bot-")
        .endsWith("Final status: Live\n");
  }

  private static String walkthrough(String readme) {
    int start = readme.indexOf("<!-- walkthrough:start -->");
    int end = readme.indexOf("<!-- walkthrough:end -->");
    assertThat(start).as("walk-through markers in README.md").isPositive();
    String block = readme.substring(start, end);
    return block.substring(block.indexOf("```bash") + "```bash".length(), block.lastIndexOf("```"));
  }

  private static boolean onPath(String command) throws IOException, InterruptedException {
    return new ProcessBuilder("sh", "-c", "command -v " + command).start().waitFor() == 0;
  }
}
