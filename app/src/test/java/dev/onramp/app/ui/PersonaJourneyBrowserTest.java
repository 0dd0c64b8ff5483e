package dev.onramp.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.onramp.app.ui.Chromium.capture;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One workload through all four stages in a real Chromium, as three people: alice (Product Owner)
 * asks, fiona (FinOps Lead) sends back then approves, carlos (Cloud Engineer) implements, alice
 * claims and copies the handoff. Every page is checked with axe-core and photographed.
 */
class PersonaJourneyBrowserTest extends BrowserTest {

  /** A page that submits waits for the server and the process before it moves on. */
  @Test
  void shouldTakeAWorkloadFromRequestToLiveThroughThePages() {
    Page visitor = chromium.anonymous();
    visitor.navigate("/login");
    assertThat(visitor.getByText("fiona", new Page.GetByTextOptions().setExact(true))).isVisible();
    capture(visitor, "01-login");

    // Stage 1: alice asks for a workload through the Add Workload wizard.
    Page alice = chromium.signedIn("alice");
    assertThat(alice).hasURL(Pattern.compile(".*/spaces$"));
    assertThat(alice.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Areas")))
        // A Product Owner's areas: their Spaces and their products' spend cards.
        .hasText(Pattern.compile("^\\s*Spaces\\s+Spend Cards\\s*$"));
    capture(alice, "02-spaces-workloads");
    link(alice, "Add Workload").click();
    alice.getByLabel("Operations AI (customer support, automation, internal tools)").check();
    alice.getByLabel("Create a new workload").check();
    choose(alice, "Product", "Support Assistant");
    button(alice, "Next").click();
    alice.getByLabel("Workload name").fill("Browser Journey Bot");
    typeInto(alice, "Purpose", "Answers support questions");
    alice.getByLabel("Team size").fill("6");
    alice.getByLabel("Monthly budget estimate (USD)").fill("900");
    alice.getByLabel("Requests per month").fill("100000");
    alice.getByLabel("Input tokens per request").fill("1000");
    alice.getByLabel("Output tokens per request").fill("400");
    choose(alice, "Requestor runtime", "AWS Lambda");
    choose(alice, "Value type", "Cost saving");
    alice.getByLabel("Current annual amount (USD)").fill("80000");
    alice.getByLabel("Target").fill("20");
    assertThat(
            alice.locator(
                ".fjs-form-field-text",
                new Page.LocatorOptions().setHasText("Declared annual opportunity:")))
        .containsText("16000");
    button(alice, "Next").click();
    capture(alice, "03-spaces-add-workload");
    button(alice, "Submit request").click();
    assertThat(alice).hasURL(Pattern.compile(".*/requests/[0-9a-f-]+$"), SLOW_URL);
    String requestId = alice.url().substring(alice.url().lastIndexOf('/') + 1);
    assertThat(alice.locator(".chip").first()).hasText("Pending FA Review");
    capture(alice, "04-request-pending");

    // Stage 2a: fiona sends it back; alice revises and resubmits.
    Page fiona = chromium.signedIn("fiona");
    assertThat(fiona.getByText("Browser Journey Bot")).isVisible();
    capture(fiona, "05-governance-queue");
    fiona.navigate("/governance/" + requestId);
    fiona.getByLabel("Send back for changes").check();
    typeInto(fiona, "Rationale", "Please explain the expected ticket volume.");
    button(fiona, "Submit decision").click();
    assertThat(fiona).hasURL(Pattern.compile(".*/governance\\?decided=.*"), SLOW_URL);

    onboarding.awaitStatus(requestId, "CHANGES_REQUESTED");
    alice.navigate("/requests/" + requestId);
    assertThat(alice.locator(".banner-warn"))
        .containsText("Please explain the expected ticket volume.");
    link(alice, "Revise and resubmit").click();
    // Next only moves on once the form holds the request's data (step 1 is validated first).
    assertThat(alice.getByLabel("Operations AI (customer support, automation, internal tools)"))
        .isChecked();
    button(alice, "Next").click();
    assertThat(alice.locator("#wizard-step-heading")).containsText("Step 2");
    typeInto(alice, "Purpose", "Answers 3,000 support tickets a month");
    capture(alice, "06-spaces-revise");
    button(alice, "Next").click();
    button(alice, "Submit request").click();
    assertThat(alice).hasURL(Pattern.compile(".*/requests/" + requestId + "$"), SLOW_URL);
    onboarding.awaitStatus(requestId, "PENDING_FA_REVIEW");

    // Stage 2b: fiona approves with the FA Confirmed Estimate computed from pricing.
    fiona.navigate("/governance/" + requestId);
    fiona.getByLabel("Amazon Bedrock", new Page.GetByLabelOptions().setExact(true)).check();
    choose(fiona, "Model", "anthropic.claude-sonnet-4-5-20250929-v1:0");
    fiona.getByLabel("AWS account").fill("111122223333");
    fiona.getByLabel("Region").fill("us-east-1");
    choose(fiona, "Inference profile type", "Geographic");
    assertThat(fiona.locator("#estimate-note")).containsText("/month");
    fiona.getByLabel("I have read the declared business case").check();
    typeInto(fiona, "Rationale", "Fits the support budget.");
    fiona.getByLabel("Approve", new Page.GetByLabelOptions().setExact(true)).check();
    capture(fiona, "07-governance-review");
    button(fiona, "Submit decision").click();
    assertThat(fiona).hasURL(Pattern.compile(".*/governance\\?decided=.*"), SLOW_URL);

    // Stage 3: carlos works through the steps; the governance area is not his.
    onboarding.awaitWorkableTask(requestId);
    Page carlos = chromium.signedIn("carlos");
    assertThat(carlos.getByText("Browser Journey Bot").first()).isVisible();
    capture(carlos, "08-tasks-tracking");
    carlos.navigate("/governance");
    assertThat(carlos.locator("body")).containsText("Only a FinOps Lead may do this");
    carlos.navigate("/tasks");
    carlos
        .locator("tr", new Page.LocatorOptions().setHasText("Browser Journey Bot"))
        .locator("a")
        .first()
        .click();
    capture(carlos, "09-task-detail");
    Locator check =
        carlos.getByRole(
            AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName(Pattern.compile("^Check off step \\d+$")));
    // Each check reloads the page with one button fewer.
    for (int remaining = check.count(); remaining > 0; remaining--) {
      check.first().click();
      assertThat(check).hasCount(remaining - 1);
    }
    button(carlos, "Mark Implemented").click();
    onboarding.awaitStatus(requestId, "READY_TO_CLAIM");

    // Stage 4: alice claims and copies the Developer Handoff.
    alice.navigate("/requests/" + requestId);
    assertThat(
            alice.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ready to Claim")))
        .isVisible();
    capture(alice, "10-request-ready-to-claim");
    // The page reloads itself once the claim is accepted; wait for that before navigating.
    alice.waitForResponse(
        response ->
            response.url().endsWith("/requests/" + requestId)
                && response.request().isNavigationRequest(),
        () -> button(alice, "Claim workload").click());
    onboarding.awaitStatus(requestId, "LIVE");
    alice.navigate("/requests/" + requestId);
    assertThat(alice.locator(".chip").first()).hasText("Live");
    String roleArn = alice.locator("#handoff-roleArn").textContent();
    assertThat(roleArn).startsWith("arn:aws:iam::111122223333:role/");
    alice
        .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy IAM Role ARN"))
        .click();
    assertThat(alice.evaluate("() => navigator.clipboard.readText()")).isEqualTo(roleArn);
    button(alice, "Copy all").click();
    assertThat((String) alice.evaluate("() => navigator.clipboard.readText()")).contains(roleArn);
    assertThat(alice.locator(".element-completed").first()).isAttached();
    capture(alice, "11-request-live");
    alice.navigate("/inbox");
    capture(alice, "12-inbox");

    // A rejection: fiona rejects another request; alice is shown why.
    String rejectedId =
        onboarding
            .submit("alice", onboarding.newWorkloadRequest("Browser Rejected Bot"))
            .path("id")
            .asText();
    fiona.navigate("/governance/" + rejectedId);
    fiona.getByLabel("Reject", new Page.GetByLabelOptions().setExact(true)).check();
    typeInto(fiona, "Rationale", "An existing workload already covers this.");
    button(fiona, "Submit decision").click();
    assertThat(fiona).hasURL(Pattern.compile(".*/governance\\?decided=.*"), SLOW_URL);
    onboarding.awaitStatus(rejectedId, "REJECTED");
    alice.navigate("/requests/" + rejectedId);
    assertThat(alice.locator(".banner-error"))
        .containsText("An existing workload already covers this.");
    capture(alice, "13-request-rejected");
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  private static Locator link(Page page, String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
  }

  /** form-js applies a text area's input after a pause, and at the latest when focus leaves. */
  private static void typeInto(Page page, String label, String text) {
    Locator area = page.getByLabel(label);
    area.fill(text);
    area.blur();
  }

  /** form-js selects are not native: open the list and pick the entry with the text. */
  private static void choose(Page page, String label, String entry) {
    Locator field =
        page.locator(
            ".fjs-form-field-select",
            new Page.LocatorOptions()
                .setHas(
                    page.locator(
                        "label",
                        new Page.LocatorOptions()
                            // form-js marks a required field's label with an asterisk (no
                            // label here holds a regular-expression character).
                            .setHasText(Pattern.compile("^" + label + "\\s*\\*?$")))));
    field.locator(".fjs-input-group").click();
    field
        .locator(".fjs-dropdownlist-item", new Locator.LocatorOptions().setHasText(entry))
        .first()
        .click();
  }
}
