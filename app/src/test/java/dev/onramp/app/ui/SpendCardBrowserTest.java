package dev.onramp.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.onramp.app.ui.Chromium.capture;
import static dev.onramp.app.ui.Controls.button;
import static dev.onramp.app.ui.Controls.link;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.onramp.app.attribution.CurFixture;
import dev.onramp.app.attribution.SpendApi;
import dev.onramp.app.spendcards.SpendCards;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Last week's Cloud Spend Card in a real Chromium: fiona (FinOps Lead) generates the cards from the
 * list (a Wednesday refused next to the field first), alice (Product Owner) opens her workload's
 * card, disputes it (without a reason first) and sam, the owner of the sample Portfolio, reviews
 * the dispute. Every page is checked with axe-core and photographed.
 */
class SpendCardBrowserTest extends BrowserTest {

  /** Generating waits for Agent Bill's job, which a busy machine may take a while to run. */
  private static final PageAssertions.HasURLOptions SLOW_URL =
      new PageAssertions.HasURLOptions().setTimeout(30_000);

  private static final LocatorAssertions.ContainsTextOptions SLOW_TEXT =
      new LocatorAssertions.ContainsTextOptions().setTimeout(30_000);

  /** A review completes the dispute's task in the engine before the page answers. */
  private static final LocatorAssertions.HasTextOptions SLOW_STATUS =
      new LocatorAssertions.HasTextOptions().setTimeout(30_000);

  @Autowired JdbcClient jdbc;
  @TempDir Path dir;

  @Test
  void shouldGenerateLastWeeksCardThenDisputeItAndReviewTheDispute() throws Exception {
    LocalDate week =
        LocalDate.now(ZoneOffset.UTC)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(1);
    String workload = "Browser Card " + System.nanoTime() % 100000;
    String requestId = onboarding.toLive(workload, "BEDROCK");
    // Live since three days before last week began: the whole week's spend is its own.
    jdbc.sql("update ai_component set claimed_at = ? where request_id = ?")
        .params(week.minusDays(3).atTime(9, 0).atOffset(ZoneOffset.UTC), requestId)
        .update();
    new SpendCards(api, onboarding, jdbc).samOwnsThePortfolio();
    importSpend(requestId, week);

    // fiona: a Wednesday is refused next to the field, then last week's cards are written.
    Page fiona = chromium.signedIn("fiona");
    fiona.navigate("/spend-cards");
    Locator weekField = fiona.getByLabel("Week to generate (a Monday)");
    assertThat(weekField).hasValue(week.toString());
    weekField.fill(week.plusDays(2).toString());
    button(fiona, "Generate cards").click();
    assertThat(fiona.locator("#g-week-error")).containsText("must be a Monday");
    assertThat(weekField).hasAttribute("aria-invalid", "true");
    assertThat(weekField).hasValue(week.plusDays(2).toString());
    weekField.fill(week.toString());
    button(fiona, "Generate cards").click();
    assertThat(fiona).hasURL(Pattern.compile(".*/spend-cards\\?week=" + week + "$"), SLOW_URL);
    assertThat(fiona.getByRole(AriaRole.STATUS).first())
        .containsText(
            Pattern.compile("wrote \\d+ spend cards? for the week of " + week), SLOW_TEXT);
    assertThat(fiona.getByTestId("generated-count")).not().hasText("0");
    assertThat(row(fiona, workload)).containsText("Awaiting review");
    capture(fiona, "40-spend-cards");

    // alice: her card, its chart and figures; a dispute without a reason changes nothing.
    Page alice = chromium.signedIn("alice");
    link(alice, "Spend Cards").click();
    assertThat(row(alice, workload)).containsText("your decision");
    row(alice, workload).getByRole(AriaRole.LINK).click();
    assertThat(alice.getByTestId("card-status")).hasText("Awaiting review");
    assertThat(alice.locator("svg[role=img] title")).containsText("Weekly spend");
    assertThat(alice.locator("table", new Page.LocatorOptions().setHasText("Weekly spend trend")))
        .isVisible();
    assertThat(alice.locator("table", new Page.LocatorOptions().setHasText("By model")))
        .containsText("Claude4.6Sonnet");
    capture(alice, "41-spend-card");
    String cardUrl = alice.url();

    button(alice, "Dispute card").click();
    assertThat(alice.locator("#reason-error")).containsText("is required");
    assertThat(alice.getByLabel("Reason for the dispute")).hasAttribute("aria-invalid", "true");
    assertThat(alice.getByTestId("card-status")).hasText("Awaiting review");
    assertThat(status(workload)).isEqualTo("AWAITING_REVIEW");
    alice.getByLabel("Reason for the dispute").fill("The Tuesday batch run belongs to Billing");
    button(alice, "Dispute card").click();
    assertThat(alice.getByTestId("card-status")).hasText("Disputed");
    assertThat(alice.locator("main")).containsText("The Tuesday batch run belongs to Billing");
    assertThat(button(alice, "Dispute card")).hasCount(0);
    capture(alice, "42-spend-card-disputed");

    // sam, the Portfolio owner: the dispute is his to review.
    Page sam = chromium.signedIn("sam");
    sam.navigate("/spend-cards?week=" + week);
    assertThat(row(sam, workload)).containsText("your review");
    row(sam, workload).getByRole(AriaRole.LINK).click();
    assertThat(sam).hasURL(cardUrl);
    assertThat(Controls.heading(sam, "Review the dispute (Portfolio owner)")).isVisible();
    capture(sam, "43-spend-card-review");
    sam.getByLabel("Reject the dispute: the card stands").check();
    sam.getByLabel("Note to the Product Owners").fill("The batch run uses your role.");
    button(sam, "Send review").click();
    assertThat(sam.getByTestId("card-status")).hasText("Dispute rejected", SLOW_STATUS);
    assertThat(sam.locator("main")).containsText("The batch run uses your role.");
  }

  /** Spend of the workload's role on last week's Tuesday, imported as a CUR file. */
  private void importSpend(String requestId, LocalDate week) throws Exception {
    Map<String, Object> component =
        jdbc.sql("select role_arn from ai_component where request_id = ?")
            .param(requestId)
            .query()
            .singleRow();
    String roleArn = (String) component.get("role_arn");
    String account = roleArn.split(":")[4];
    String session =
        "arn:aws:sts::"
            + account
            + ":assumed-role/"
            + roleArn.substring(roleArn.lastIndexOf('/') + 1)
            + "/app";
    String tuesday = week.plusDays(1) + "T10:00:00Z";
    CurFixture cur =
        new CurFixture()
            .add(session, "USE1-Claude4.6Sonnet-input-tokens", tuesday, "40", account)
            .add(session, "USE1-Claude4.6Sonnet-output-tokens", tuesday, "12", account);
    SpendApi.Answer imported = new SpendApi(port).upload("fiona", cur.convert(dir, "week.parquet"));
    assertThat(imported.status()).as("%s", imported.body()).isEqualTo(201);
  }

  private String status(String workload) {
    return jdbc.sql(
            "select c.status from spend_card c join workload w on w.id = c.workload_id"
                + " where w.name = ?")
        .param(workload)
        .query(String.class)
        .single();
  }

  private static Locator row(Page page, String workload) {
    return page.locator("table.list tbody tr", new Page.LocatorOptions().setHasText(workload));
  }
}
