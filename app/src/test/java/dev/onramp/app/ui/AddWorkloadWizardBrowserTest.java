package dev.onramp.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.onramp.app.ui.Chromium.assertAccessible;
import static dev.onramp.app.ui.Chromium.capture;
import static dev.onramp.app.ui.Controls.button;
import static dev.onramp.app.ui.Controls.choose;
import static dev.onramp.app.ui.Controls.focused;
import static dev.onramp.app.ui.Controls.formField;
import static dev.onramp.app.ui.Controls.shiftTabTo;
import static dev.onramp.app.ui.Controls.tabTo;
import static dev.onramp.app.ui.Controls.typeInto;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Add Workload wizard in three steps: with the keyboard only, adding a capability to a Live
 * workload, and a refusal only the server knows shown next to its field on its step.
 */
class AddWorkloadWizardBrowserTest extends BrowserTest {

  private static final Pattern REQUEST_PAGE = Pattern.compile(".*/requests/[0-9a-f-]+$");

  @Test
  void shouldFillAndSubmitTheWizardWithTheKeyboardOnly() {
    Page alice = chromium.signedIn("alice");
    tabTo(alice, "Add Workload");
    alice.keyboard().press("Enter");
    assertThat(alice).hasURL(Pattern.compile(".*/spaces/new$"));
    Locator stepHeading = alice.locator("#wizard-step-heading");
    assertThat(stepHeading).hasText("Step 1 of 3: Use case and workload");

    // Step 1: a radio group is one Tab stop; the arrows choose within it.
    tabTo(alice, "Infrastructure");
    alice.keyboard().press("Space");
    alice.keyboard().press("ArrowDown");
    alice.keyboard().press("ArrowDown");
    assertThat(alice.getByLabel("Operations AI (customer support, automation, internal tools)"))
        .isChecked();
    tabTo(alice, "Create a new workload");
    assertThat(alice.getByLabel("Create a new workload")).isChecked();
    tabTo(alice, "Product");
    alice.keyboard().type("Support Assistant");
    alice.keyboard().press("Enter");
    // A searchable select shows the choice as its input's value.
    assertThat(formField(alice, "Product").locator("input"))
        .hasValue(Pattern.compile(".*Support Assistant$"));
    capture(alice, "30-wizard-keyboard-step-1");
    tabTo(alice, "Next");
    alice.keyboard().press("Enter");
    assertThat(stepHeading).hasText("Step 2 of 3: Estimate and details");
    assertThat(stepHeading).isFocused();

    // Step 2: text and numbers typed; the selects open on focus and take the arrows and Enter.
    tabTo(alice, "Workload name");
    alice.keyboard().type("Keyboard Only Bot");
    tabTo(alice, "Purpose");
    alice.keyboard().type("Drafts replies to support tickets");
    tabTo(alice, "Team size");
    alice.keyboard().type("4");
    tabTo(alice, "Monthly budget estimate (USD)");
    alice.keyboard().type("500");
    tabTo(alice, "Requests per month");
    alice.keyboard().type("50000");
    tabTo(alice, "Input tokens per request");
    alice.keyboard().type("800");
    tabTo(alice, "Output tokens per request");
    alice.keyboard().type("300");
    tabTo(alice, "Requestor runtime");
    pickWithArrows(alice, "Requestor runtime", 1, "Amazon ECS task");
    tabTo(alice, "Value type");
    pickWithArrows(alice, "Value type", 0, "Cost saving");
    tabTo(alice, "Current annual amount (USD)");
    alice.keyboard().type("50000");
    tabTo(alice, "Target");
    alice.keyboard().type("1");
    Locator opportunity =
        alice.locator(
            ".fjs-form-field-text",
            new Page.LocatorOptions().setHasText("Declared annual opportunity:"));
    assertThat(opportunity).containsText("500");
    alice.keyboard().type("0");
    // The annual opportunity follows each keystroke: 50,000 × 10 %.
    assertThat(opportunity).containsText("5000");
    capture(alice, "31-wizard-keyboard-step-2");
    tabTo(alice, "Next");
    shiftTabTo(alice, "Target");
    tabTo(alice, "Next");
    alice.keyboard().press("Space");
    assertThat(stepHeading).hasText("Step 3 of 3: Review and submit");
    assertThat(stepHeading).isFocused();

    // Step 3: the read-only summary; Back keeps everything typed.
    Locator summary =
        alice.locator(
            ".fjs-form-field-text", new Page.LocatorOptions().setHasText("Keyboard Only Bot"));
    assertThat(summary).containsText("Drafts replies to support tickets");
    assertThat(summary).containsText("50000 requests per month");
    tabTo(alice, "Back");
    alice.keyboard().press("Enter");
    assertThat(stepHeading).hasText("Step 2 of 3: Estimate and details");
    assertThat(stepHeading).isFocused();
    assertThat(alice.getByLabel("Workload name")).hasValue("Keyboard Only Bot");
    tabTo(alice, "Next");
    alice.keyboard().press("Enter");
    capture(alice, "32-wizard-keyboard-step-3");
    tabTo(alice, "Submit request");
    assertThat(focused(alice)).isEqualTo("Submit request");
    alice.keyboard().press("Enter");
    assertThat(alice).hasURL(REQUEST_PAGE, SLOW_URL);

    JsonNode request = api.as("alice").get("/api/requests/" + idIn(alice.url())).json();
    assertThat(request.path("workloadName").asText()).isEqualTo("Keyboard Only Bot");
    assertThat(request.path("useCase").asText()).isEqualTo("OPERATIONS_AI");
    assertThat(request.path("runtime").asText()).isEqualTo("ECS_TASK");
    assertThat(request.path("teamSize").asInt()).isEqualTo(4);
    assertThat(request.path("businessCaseTargetPercent").decimalValue()).isEqualByComparingTo("10");
  }

  @Test
  void shouldAddACapabilityToALiveWorkloadOfMine() {
    String parentRequestId = onboarding.toLive("Wizard Parent Service", "BEDROCK");
    String parentWorkloadId = workloadOf(parentRequestId);
    onboarding.submit("alice", onboarding.newWorkloadRequest("Wizard Pending Service"));

    Page alice = chromium.signedIn("alice");
    alice.navigate("/spaces/new");
    alice.getByLabel("Coding AI (developer productivity)").check();
    alice.getByLabel("Add AI capabilities to an existing workload").check();
    assertThat(formField(alice, "Product")).isHidden();
    formField(alice, "Existing workload").locator(".fjs-input-group").click();
    Locator offered = formField(alice, "Existing workload").locator(".fjs-dropdownlist-item");
    // Only Live workloads take another capability.
    assertThat(offered.filter(new Locator.FilterOptions().setHasText("Wizard Parent Service")))
        .hasCount(1);
    assertThat(offered.filter(new Locator.FilterOptions().setHasText("Wizard Pending Service")))
        .hasCount(0);
    offered.filter(new Locator.FilterOptions().setHasText("Wizard Parent Service")).click();
    button(alice, "Next").click();
    alice.getByLabel("Workload name").fill("Wizard Code Review");
    typeInto(alice, "Purpose", "Reviews pull requests of the parent service");
    alice.getByLabel("Team size").fill("3");
    alice.getByLabel("Monthly budget estimate (USD)").fill("200");
    alice.getByLabel("Requests per month").fill("20000");
    alice.getByLabel("Input tokens per request").fill("2000");
    alice.getByLabel("Output tokens per request").fill("500");
    choose(alice, "Requestor runtime", "Amazon EC2");
    button(alice, "Next").click();
    assertThat(
            alice.locator(
                ".fjs-form-field-text", new Page.LocatorOptions().setHasText("Wizard Code Review")))
        .containsText("added to an existing workload");
    capture(alice, "33-wizard-existing-workload");
    button(alice, "Submit request").click();
    assertThat(alice).hasURL(REQUEST_PAGE, SLOW_URL);

    String requestId = idIn(alice.url());
    JsonNode request = api.as("alice").get("/api/requests/" + requestId).json();
    assertThat(request.path("mode").asText()).isEqualTo("EXISTING");
    assertThat(workloadOf(requestId)).isEqualTo(parentWorkloadId);
  }

  @Test
  void shouldShowTheServersRefusalNextToTheFieldOnItsStep() {
    Page alice = chromium.signedIn("alice");
    alice.navigate("/spaces/new");
    Locator stepHeading = alice.locator("#wizard-step-heading");

    // Next checks this step's fields only, and stays.
    button(alice, "Next").click();
    assertThat(formField(alice, "Use case").locator(".fjs-form-field-error")).isVisible();
    assertThat(stepHeading).hasText("Step 1 of 3: Use case and workload");
    assertThat(alice.getByLabel("Infrastructure")).isFocused();

    alice.getByLabel("Infrastructure").check();
    choose(alice, "Product", "Support Assistant");
    button(alice, "Next").click();
    alice.getByLabel("Workload name").fill("Server Refusal Bot");
    typeInto(alice, "Purpose", "Shows a refusal only the server knows");
    alice.getByLabel("Team size").fill("2");
    alice.getByLabel("Monthly budget estimate (USD)").fill("100");
    alice.getByLabel("Requests per month").fill("1000");
    alice.getByLabel("Input tokens per request").fill("100");
    alice.getByLabel("Output tokens per request").fill("100");
    choose(alice, "Requestor runtime", "AWS Lambda");
    choose(alice, "Value type", "Revenue driving");
    alice.getByLabel("Current annual amount (USD)").fill("10000");
    // The form allows a 0 % target; the server wants at least 0.01 %.
    alice.getByLabel("Target").fill("0");
    button(alice, "Next").click();
    assertThat(stepHeading).hasText("Step 3 of 3: Review and submit");
    button(alice, "Submit request").click();

    assertThat(stepHeading).hasText("Step 2 of 3: Estimate and details");
    assertThat(formField(alice, "Target").locator(".fjs-form-field-error"))
        .containsText("must be greater than or equal to 0.01");
    assertThat(alice.getByLabel("Target")).isFocused();
    assertThat(alice.locator("#page-alert")).containsText("Invalid request");
    assertThat(alice.getByLabel("Workload name")).hasValue("Server Refusal Bot");
    assertThat(alice.getByLabel("Purpose")).hasValue("Shows a refusal only the server knows");
    assertThat(alice).hasURL(Pattern.compile(".*/spaces/new$"));
    capture(alice, "34-wizard-server-refusal");

    alice.getByLabel("Target").fill("15");
    button(alice, "Next").click();
    button(alice, "Submit request").click();
    assertThat(alice).hasURL(REQUEST_PAGE, SLOW_URL);
    assertAccessible(alice);
  }

  /** A focused form-js select's list: the arrows move down it, Enter takes the entry. */
  private static void pickWithArrows(Page page, String label, int downs, String entry) {
    Locator field = formField(page, label);
    // The list opens when the select gets focus; the arrows act on the open list.
    assertThat(field.locator(".fjs-dropdownlist")).isVisible();
    for (int i = 0; i < downs; i++) {
      page.keyboard().press("ArrowDown");
    }
    assertThat(field.locator(".fjs-dropdownlist-item.focused")).hasText(entry);
    page.keyboard().press("Enter");
    assertThat(field).containsText(entry);
  }

  private String workloadOf(String requestId) {
    return api.as("alice").get("/api/requests/" + requestId).text("workloadId");
  }

  private static String idIn(String url) {
    return url.substring(url.lastIndexOf('/') + 1);
  }
}
