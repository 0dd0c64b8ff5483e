package dev.onramp.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.onramp.app.ui.Chromium.assertAccessible;
import static dev.onramp.app.ui.Chromium.capture;
import static dev.onramp.app.ui.Controls.assertNoHorizontalScrolling;
import static dev.onramp.app.ui.Controls.button;
import static dev.onramp.app.ui.Controls.link;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.onramp.app.testing.Api.Answer;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Engineering Tracking's filter and sort, and every persona page at 1024 px wide. */
class TrackingAndWidthBrowserTest extends BrowserTest {

  /** An account only the tracking test approves into, so its filter sees only its tasks. */
  private static final String ACCOUNT = "444455556666";

  private static final String OTHER_ACCOUNT = "555566667777";

  private static final String COHERE = "cohere.command-r-plus-v1:0";

  @Test
  void shouldFilterAndSortEngineeringTracking() {
    String first = approvedInto("Tracking Sonnet Bot", "BEDROCK", ACCOUNT);
    String second = approvedInto("Tracking Cohere Bot", "MARKETPLACE", ACCOUNT);
    onboarding.awaitWorkableTask(first);
    onboarding.awaitWorkableTask(second);
    Page carlos = chromium.signedIn("carlos");
    Locator rows = carlos.locator("table.list tbody tr");

    carlos.getByLabel("Account").fill(ACCOUNT);
    button(carlos, "Filter").click();
    assertThat(carlos).hasURL(Pattern.compile(".*accountId=" + ACCOUNT + ".*"));
    assertThat(rows.filter(new Locator.FilterOptions().setHasText("Tracking Sonnet Bot")))
        .not()
        .hasCount(0);
    assertThat(rows.filter(new Locator.FilterOptions().setHasText("Tracking Cohere Bot")))
        .not()
        .hasCount(0);
    assertThat(rows.filter(new Locator.FilterOptions().setHasNotText(ACCOUNT))).hasCount(0);

    carlos.getByLabel("Model").fill(COHERE);
    button(carlos, "Filter").click();
    assertThat(rows.filter(new Locator.FilterOptions().setHasText("Tracking Sonnet Bot")))
        .hasCount(0);
    assertThat(rows.filter(new Locator.FilterOptions().setHasNotText(COHERE))).hasCount(0);
    assertThat(rows.first()).containsText("Tracking Cohere Bot");

    // Sorting keeps the filter; the later approval is due later.
    carlos.getByLabel("Model").fill("");
    button(carlos, "Filter").click();
    assertThat(rows.first()).containsText("Tracking Sonnet Bot");
    link(carlos, "SLA due").click();
    assertThat(carlos).hasURL(Pattern.compile(".*accountId=" + ACCOUNT + ".*dir=desc.*"));
    assertThat(rows.first()).containsText("Tracking Cohere Bot");
    assertThat(rows.last()).containsText("Tracking Sonnet Bot");
    assertThat(carlos.getByLabel("Account")).hasValue(ACCOUNT);
    capture(carlos, "38-tasks-filtered-sorted");
    link(carlos, "SLA due").click();
    assertThat(carlos).hasURL(Pattern.compile(".*dir=asc.*"));
    assertThat(rows.first()).containsText("Tracking Sonnet Bot");
  }

  @Test
  void shouldShowEveryPersonaPageWithoutHorizontalScrollingAt1024Pixels() {
    String liveId = onboarding.toLive("Width Check Service", "BEDROCK");
    String pendingId =
        onboarding
            .submit("alice", onboarding.newWorkloadRequest("Width Check Pending"))
            .path("id")
            .asText();
    onboarding.awaitStatus(pendingId, "PENDING_FA_REVIEW");
    String approvedId = approvedInto("Width Check Tasks", "MARKETPLACE", OTHER_ACCOUNT);
    String taskId = onboarding.awaitWorkableTask(approvedId).path("taskId").asText();

    Page alice = chromium.signedIn("alice");
    fits(alice, "/spaces", "/requests/" + liveId, "/requests/" + pendingId, "/inbox");
    alice.navigate("/spaces/new");
    fitsAsShown(alice);
    alice.getByLabel("Infrastructure").check();
    Controls.choose(alice, "Product", "Support Assistant");
    button(alice, "Next").click();
    assertThat(alice.locator("#wizard-step-heading")).containsText("Step 2 of 3");
    fitsAsShown(alice);
    fillDetails(alice);
    button(alice, "Next").click();
    assertThat(alice.locator("#wizard-step-heading")).containsText("Step 3 of 3");
    fitsAsShown(alice);
    Page fiona = chromium.signedIn("fiona");
    fits(fiona, "/governance", "/governance/" + pendingId, "/inbox");
    Page carlos = chromium.signedIn("carlos");
    fits(carlos, "/tasks", "/tasks/" + taskId, "/requests/" + approvedId, "/governance");
    carlos.navigate("/tasks");
    capture(carlos, "39-tasks-at-1024px");
  }

  private static void fillDetails(Page page) {
    page.getByLabel("Workload name").fill("Width Check Wizard");
    page.getByLabel("Purpose").fill("Checks the wizard's width");
    page.getByLabel("Purpose").blur();
    page.getByLabel("Team size").fill("1");
    page.getByLabel("Monthly budget estimate (USD)").fill("10");
    page.getByLabel("Requests per month").fill("10");
    page.getByLabel("Input tokens per request").fill("10");
    page.getByLabel("Output tokens per request").fill("10");
    Controls.choose(page, "Requestor runtime", "AWS Lambda");
  }

  private static void fits(Page page, String... paths) {
    for (String path : paths) {
      page.navigate(path);
      fitsAsShown(page);
    }
  }

  private static void fitsAsShown(Page page) {
    assertThat(page.viewportSize().width).isEqualTo(1024);
    assertNoHorizontalScrolling(page);
    assertAccessible(page);
  }

  /** Submitted by alice and approved by fiona into the account. */
  private String approvedInto(String name, String platform, String account) {
    String requestId =
        onboarding.submit("alice", onboarding.newWorkloadRequest(name)).path("id").asText();
    onboarding.awaitStatus(requestId, "PENDING_FA_REVIEW");
    Map<String, Object> approval = onboarding.approval(requestId, platform, "NORMAL");
    approval.put("accountId", account);
    Answer answer = api.as("fiona").post("/api/reviews/" + requestId + "/approve", approval);
    assertThat(answer.status()).as("approve: %s", answer.json()).isEqualTo(200);
    return requestId;
  }
}
