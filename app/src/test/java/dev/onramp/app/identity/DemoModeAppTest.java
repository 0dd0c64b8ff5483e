package dev.onramp.app.identity;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.onramp.app.engine.EmbeddedEngineTestProperties;
import dev.onramp.app.web.ForbiddenActionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole app in demo mode, with notification emails going to a local SMTP server ({@link
 * #SMTP}). Test classes extending this share one application context (and engine).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DemoModeAppTest.SecurityProbe.class)
public abstract class DemoModeAppTest {

  /** The SMTP server on a fixed free port, so that a test can stop and restart it. */
  protected static final GreenMail SMTP =
      new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static {
    SMTP.start();
  }

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    EmbeddedEngineTestProperties.register(registry);
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    registry.add("onramp.notifications.email.enabled", () -> true);
  }

  protected HttpTestClient as(String username) {
    return HttpTestClient.basic(port, username);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Endpoints guarded the way the product's controllers are: a role check, and a service refusing
   * by separation of duties.
   */
  @RestController
  public static class SecurityProbe {

    public static final String FINOPS_ONLY = "/api/test-probe/finops-only";

    @PreAuthorize("hasRole('FINOPS_LEAD')")
    @PostMapping(FINOPS_ONLY)
    public Map<String, String> finopsOnly() {
      return Map.of("done", "yes");
    }

    @PostMapping("/api/test-probe/requests/{id}/review")
    public void reviewOwnRequest(@PathVariable String id) {
      throw new ForbiddenActionException(
          "review",
          "request",
          id,
          "You submitted this request yourself; another FinOps Lead must review it.");
    }
  }
}
