package dev.onramp.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.onramp.app.ui.Controls.button;
import static dev.onramp.app.ui.Controls.heading;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.onramp.app.engine.EmbeddedEngineTestProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production sign-in for the pages: OIDC mode with a client registration sends a browser to the
 * identity provider (here {@link TinyOidcProvider}, in this JVM) and back with a session whose
 * person and roles come from the ID token's configured claims; bearer tokens still serve scripts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcLoginBrowserTest {

  private static final TinyOidcProvider PROVIDER =
      TinyOidcProvider.start(
          Map.of("olivia", List.of("product-owners"), "oscar", List.of("cloud-engineers")));

  /** A call from the signed-in page's own script, with or without the XSRF header. */
  private static final String CALL =
      "async ([method, url, withXsrf]) => {"
          + " const xsrf = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));"
          + " const headers = { 'Accept': 'application/json', 'Content-Type': 'application/json' };"
          + " if (withXsrf && xsrf) headers['X-XSRF-TOKEN'] = decodeURIComponent(xsrf.substring(11));"
          + " const response = await fetch(url, { method, headers, credentials: 'same-origin',"
          + " body: method === 'GET' ? undefined : '{}' });"
          + " return { status: response.status, body: await response.text() }; }";

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    EmbeddedEngineTestProperties.register(registry);
    registry.add("onramp.security.mode", () -> "oidc");
    registry.add("onramp.security.oidc.roles-claim", () -> "groups");
    registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", PROVIDER::issuer);
    String client = "spring.security.oauth2.client.";
    registry.add(client + "provider.tiny.issuer-uri", PROVIDER::issuer);
    registry.add(client + "registration.tiny.client-id", () -> TinyOidcProvider.CLIENT_ID);
    registry.add(client + "registration.tiny.client-secret", () -> TinyOidcProvider.CLIENT_SECRET);
    registry.add(client + "registration.tiny.scope", () -> "openid,profile");
  }

  @LocalServerPort int port;

  private Chromium chromium;

  @BeforeEach
  void startBrowser() throws Exception {
    chromium = Chromium.start(port);
  }

  @AfterEach
  void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.close();
  }

  @Test
  void shouldSignInAtTheIdentityProviderAndShowTheAreasOfTheRoles() {
    Page olivia = chromium.anonymous();
    olivia.navigate("/spaces");
    assertThat(olivia).hasURL(Pattern.compile("^" + PROVIDER.issuer() + "/authorize\\?.*"));
    olivia.getByLabel("IdP username").fill("olivia");
    button(olivia, "Continue").click();

    // Back on the page first asked for (Spring marks the replayed request with ?continue).
    assertThat(olivia)
        .hasURL(Pattern.compile("^http://127\\.0\\.0\\.1:" + port + "/spaces(\\?continue)?$"));
    assertThat(heading(olivia, "My workloads")).isVisible();
    assertThat(olivia.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Areas")))
        // A Product Owner's areas: their Spaces and their products' spend cards.
        .hasText(Pattern.compile("^\\s*Spaces\\s+Spend Cards\\s*$"));
    assertThat(olivia.locator(".who")).hasText("Olivia");
    Chromium.assertAccessible(olivia);

    // The page's own API calls ride on the session, and need its CSRF token.
    Map<?, ?> me = call(olivia, "GET", "/api/me", true);
    assertThat(me.get("status")).isEqualTo(200);
    assertThat((String) me.get("body")).contains("\"username\":\"olivia\"", "PRODUCT_OWNER");
    assertThat(call(olivia, "POST", "/api/requests", true).get("status")).isEqualTo(400);
    assertThat(call(olivia, "POST", "/api/requests", false).get("status")).isEqualTo(403);

    button(olivia, "Sign out").click();
    assertThat(olivia).hasURL(Pattern.compile("^" + PROVIDER.issuer() + "/authorize\\?.*"));
  }

  @Test
  void shouldRefuseAPageOfAnotherRoleWithTheHtmlPage() {
    Page oscar = chromium.anonymous();
    oscar.navigate("/tasks");
    oscar.getByLabel("IdP username").fill("oscar");
    button(oscar, "Continue").click();
    assertThat(oscar).hasURL(Pattern.compile(".*/tasks(\\?continue)?$"));

    assertThat(oscar.navigate("/governance").status()).isEqualTo(403);
    assertThat(heading(oscar, "You may not open AI Governance (/governance)")).isVisible();
    assertThat(oscar.locator("main")).containsText("Only a FinOps Lead may do this");
  }

  @Test
  void shouldStillAnswerAScriptWithoutATokenWith401() throws Exception {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
                    .header("Accept", "application/json")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
  }

  private static Map<?, ?> call(Page page, String method, String url, boolean withXsrf) {
    return (Map<?, ?>) page.evaluate(CALL, List.of(method, url, withXsrf));
  }
}
