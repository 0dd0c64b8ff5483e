package dev.onramp.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.onramp.app.ui.Chromium.capture;
import static dev.onramp.app.ui.Controls.button;
import static dev.onramp.app.ui.Controls.heading;
import static dev.onramp.app.ui.Controls.link;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a browser is shown when a page is refused or missing (an HTML page, while the API keeps
 * answering problem JSON), and separation of duties for sam, who holds every role.
 */
class RefusedPagesBrowserTest extends BrowserTest {

  /** A call from the page's own script, as a form's submit makes it: XSRF header, JSON body. */
  private static final String CALL =
      "async ([method, url, accept, body]) => {"
          + " const xsrf = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));"
          + " const response = await fetch(url, { method, credentials: 'same-origin', headers: {"
          + " 'Accept': accept, 'Content-Type': 'application/json',"
          + " 'X-XSRF-TOKEN': xsrf ? decodeURIComponent(xsrf.substring(11)) : '' },"
          + " body: method === 'GET' ? undefined : body });"
          + " return { status: response.status, type: response.headers.get('content-type'),"
          + " body: await response.text() }; }";

  @Test
  void shouldShowAnHtmlPageNamingTheRefusedPage() {
    Page carlos = chromium.signedIn("carlos");

    Response refused = carlos.navigate("/governance");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.headerValue("content-type")).startsWith("text/html");
    assertThat(heading(carlos, "Not allowed")).isVisible();
    assertThat(heading(carlos, "You may not open AI Governance (/governance)")).isVisible();
    assertThat(carlos.locator("main")).containsText("Only a FinOps Lead may do this");
    capture(carlos, "35-refused-page-403");
    link(carlos, "Back to your start page").click();
    assertThat(carlos).hasURL(Pattern.compile(".*/tasks$"));

    // The same refusal asked for by a script, and the API, stay problem JSON.
    Map<?, ?> script = call(carlos, "GET", "/governance", "application/json");
    assertThat(script.get("status")).isEqualTo(403);
    assertThat((String) script.get("type")).startsWith("application/problem+json");
    Map<?, ?> apiCall = call(carlos, "GET", "/api/reviews/any", "text/html,*/*");
    assertThat(apiCall.get("status")).isEqualTo(403);
    assertThat((String) apiCall.get("type")).startsWith("application/problem+json");
  }

  @Test
  void shouldShowAnHtmlPageForAnUnknownRequestOrTask() {
    Page carlos = chromium.signedIn("carlos");

    Response missing = carlos.navigate("/requests/00000000-0000-0000-0000-000000000000");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(heading(carlos, "Not found")).isVisible();
    assertThat(carlos.locator("main"))
        .containsText("Request 00000000-0000-0000-0000-000000000000 not found");
    capture(carlos, "36-missing-page-404");
    assertThat(link(carlos, "Back to your start page")).isVisible();

    assertThat(carlos.navigate("/tasks/00000000-0000-0000-0000-000000000000").status())
        .isEqualTo(404);
    assertThat(heading(carlos, "Not found")).isVisible();
    Map<?, ?> apiCall =
        call(carlos, "GET", "/api/requests/00000000-0000-0000-0000-000000000000", "*/*");
    assertThat(apiCall.get("status")).isEqualTo(404);
    assertThat((String) apiCall.get("type")).startsWith("application/problem+json");
  }

  @Test
  void shouldNotOfferSamTheReviewOfHisOwnRequest() {
    String requestId =
        onboarding
            .submit("sam", onboarding.newWorkloadRequest("Sam Reviews Himself"))
            .path("id")
            .asText();
    onboarding.awaitStatus(requestId, "PENDING_FA_REVIEW");
    Page sam = chromium.signedIn("sam");

    sam.navigate("/governance");
    assertThat(
            sam.locator(".queue li", new Page.LocatorOptions().setHasText("Sam Reviews Himself")))
        .containsText("Your own request: another FinOps Lead reviews it");
    sam.navigate("/requests/" + requestId);
    assertThat(link(sam, "Review this request")).hasCount(0);

    sam.navigate("/governance/" + requestId);
    assertThat(heading(sam, "You asked for this workload yourself")).isVisible();
    assertThat(sam.locator("[data-testid=own-request]")).containsText("Separation of duties");
    assertThat(button(sam, "Submit decision")).hasCount(0);
    assertThat(sam.getByLabel("Approve", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
    capture(sam, "37-review-own-request");

    // Attempted anyway, from his signed-in page: the server refuses and says why.
    Map<?, ?> attempt =
        call(
            sam,
            "POST",
            "/api/reviews/" + requestId + "/send-back",
            "application/json",
            "{\"rationale\": \"Looks fine to me.\"}");
    assertThat(attempt.get("status")).isEqualTo(403);
    assertThat((String) attempt.get("body"))
        .contains("A FinOps Lead never reviews their own request.");
    assertThat(onboarding.status(requestId)).isEqualTo("PENDING_FA_REVIEW");

    // fiona, another FinOps Lead, is offered the decision.
    Page fiona = chromium.signedIn("fiona");
    fiona.navigate("/governance/" + requestId);
    assertThat(button(fiona, "Submit decision")).isVisible();
  }

  private static Map<?, ?> call(Page page, String method, String url, String accept) {
    return call(page, method, url, accept, "");
  }

  private static Map<?, ?> call(
      Page page, String method, String url, String accept, String jsonBody) {
    return (Map<?, ?>) page.evaluate(CALL, List.of(method, url, accept, jsonBody));
  }
}
