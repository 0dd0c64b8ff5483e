package dev.onramp.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.onramp.app.ui.Chromium.capture;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dev.onramp.app.attribution.GapKind;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * fiona (FinOps Lead) in a real Chromium: imports an org file (a bad one first), loads the sample
 * CUR for a month, sees the spend rolled up to the Business Unit, drills down to a workload and
 * finds every allocation gap the sample shows, each with its audit record. Every page is checked
 * with axe-core and photographed.
 */
class AttributionBrowserTest extends BrowserTest {

  /** A month of its own: no other test claims a role before its end. */
  private static final String MONTH = "2024-11";

  @Autowired JdbcClient jdbc;

  @Test
  void shouldImportTheOrgAndShowSampleSpendRolledUpWithEveryGap() {
    Page fiona = chromium.signedIn("fiona");

    // The org tree: a file with a bad parent is refused next to the field, then a good one lands.
    String key = "ui" + System.nanoTime();
    link(fiona, "Organisation").click();
    upload(
        fiona,
        "org.csv",
        "key,level,name,parent,owners\n%1$s-bu,E1,Browser Unit,,sam\n%1$s-pf,E3,Lost,%1$s-nowhere,paul\n"
            .formatted(key));
    assertThat(fiona.locator("#org-file-errors")).containsText("line 3, parent");
    assertThat(fiona.getByLabel("Org file (CSV or YAML)")).hasAttribute("aria-invalid", "true");
    assertThat(fiona.getByText("Browser Unit")).hasCount(0);
    upload(
        fiona,
        "org.csv",
        ("key,level,name,parent,owners\n%1$s-bu,E1,Browser Unit,,sam\n"
                + "%1$s-dep,E2,Browser Department,%1$s-bu,sam\n"
                + "%1$s-pf,E3,Browser Portfolio,%1$s-dep,paul\n"
                + "%1$s-app,E4,Browser Product,%1$s-pf,alice;paul\n")
            .formatted(key));
    assertThat(fiona.getByRole(AriaRole.STATUS).first()).containsText("4 created");
    assertThat(fiona.locator(".org-tree")).containsText("Browser Product");
    assertThat(fiona.locator(".org-tree")).containsText("owners: alice, paul");
    capture(fiona, "20-org-tree");

    // Two Live workloads (one claimed in October, one early November, which stays silent) and
    // one approved but never claimed: the sample then shows every kind of gap.
    String spending = live("Browser Spend A", "2024-10-20T08:30:00Z");
    String silent = live("Browser Spend B", "2024-11-02T09:00:00Z");
    String unclaimed =
        onboarding
            .submit(
                "alice", onboarding.newWorkloadRequest("Browser Unclaimed " + System.nanoTime()))
            .path("id")
            .asText();
    onboarding.approve(unclaimed, "BEDROCK", "NORMAL");

    link(fiona, "Attribution").click();
    fiona.getByLabel("Month (UTC)").fill(MONTH);
    button(fiona, "Show").click();
    assertThat(fiona).hasURL(Pattern.compile(".*period=" + MONTH + ".*"));
    button(fiona, "Load sample CUR (sample data)").click();
    assertThat(fiona.getByRole(AriaRole.STATUS).first())
        .containsText("SAMPLE-cur2-bedrock-" + MONTH + ".parquet (sample data, not real billing)");

    Locator unit =
        fiona.locator(
            "table.rollup tbody tr", new Page.LocatorOptions().setHasText("Sample Business Unit"));
    assertThat(unit).hasCount(1);
    assertThat(unit.locator("th")).containsText("Business Unit");
    assertThat(fiona.getByTestId("reconciled")).containsText("sum of its children's");
    String attributed = fiona.getByTestId("attributed-spend").textContent();
    assertThat(unit.locator("td").first()).hasText(attributed);
    assertThat(attributed).isNotEqualTo("$0.00");
    assertThat(fiona.locator("caption", new Page.LocatorOptions().setHasText("Unattributed")))
        .isVisible();
    capture(fiona, "21-attribution-dashboard");

    fiona.locator("a[href^='/attribution/workloads/" + workloadOf(spending) + "']").click();
    assertThat(fiona.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
        .containsText("spend in " + MONTH);
    assertThat(fiona.locator("table", new Page.LocatorOptions().setHasText("By token type")))
        .containsText("OUTPUT");
    assertThat(fiona.locator("table", new Page.LocatorOptions().setHasText("By model")))
        .containsText("Claude");
    capture(fiona, "22-attribution-workload");

    link(fiona, "Back to the attribution dashboard").click();
    link(fiona, "Allocation gaps for " + MONTH).click();
    assertThat(fiona.getByTestId("cost-saving")).not().hasText("$0.00/yr");
    assertThat(fiona.getByTestId("revenue-driving")).isVisible();
    for (GapKind kind : GapKind.values()) {
      // A section lists its gaps in a table; an empty one says "None".
      assertThat(fiona.locator("[data-gap-kind=" + kind + "] tbody tr").first()).isVisible();
    }
    assertThat(fiona.locator("[data-gap-kind=NO_SPEND_AFTER_14_DAYS]"))
        .containsText("Browser Spend B");
    capture(fiona, "23-allocation-gaps");

    fiona
        .locator(
            "[data-gap-kind=UNPARSEABLE_PRINCIPAL] a",
            new Page.LocatorOptions().setHasText("Audit record"))
        .first()
        .click();
    assertThat(fiona.locator(".timeline")).containsText("Agent Bill");
    assertThat(fiona.locator(".timeline")).containsText("Fix the principal in the billing export");
    capture(fiona, "24-allocation-gap-audit");

    // A Product Owner sees her workload's breakdown, not the FinOps dashboard.
    Page alice = chromium.signedIn("alice");
    alice.navigate("/attribution/workloads/" + workloadOf(silent) + "?period=" + MONTH);
    assertThat(alice.getByTestId("workload-spend")).hasText("$0.00");
    Locator areas =
        alice.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Areas"));
    assertThat(areas).containsText("Spaces");
    assertThat(areas).not().containsText("Attribution");
    alice.navigate("/org");
    assertThat(alice.locator(".org-tree")).containsText("Browser Product");
    assertThat(alice.getByLabel("Org file (CSV or YAML)")).hasCount(0);
    alice.navigate("/attribution");
    assertThat(alice.locator("body")).containsText("Only a FinOps Lead may do this");
  }

  /** A workload taken Live through the API, its claim moved to the given instant. */
  private String live(String name, String claimedAt) {
    String requestId = onboarding.toLive(name + " " + System.nanoTime() % 100000, "BEDROCK");
    jdbc.sql("update ai_component set claimed_at = ? where request_id = ?")
        .params(OffsetDateTime.parse(claimedAt), requestId)
        .update();
    return requestId;
  }

  private String workloadOf(String requestId) {
    return jdbc.sql("select workload_id from business_request where id = ?")
        .param(requestId)
        .query(String.class)
        .single();
  }

  private static void upload(Page page, String name, String text) {
    page.getByLabel("Org file (CSV or YAML)")
        .setInputFiles(new FilePayload(name, "text/csv", text.getBytes(StandardCharsets.UTF_8)));
    button(page, "Import").click();
  }

  private static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  private static Locator link(Page page, String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
  }
}
