package dev.onramp.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * The Debian Chromium driven by Playwright for Java, offline: no browser download, the machine's
 * Node.js (DESIGN.md §8). Every page a test visits can be checked with axe-core and photographed.
 */
final class Chromium implements AutoCloseable {

  static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
  private static final Path AXE =
      Paths.get(
          System.getProperty("onramp.ui.axe-script", "frontend/node_modules/axe-core/axe.min.js"));
  private static final Path SCREENSHOTS =
      Paths.get(System.getProperty("onramp.ui.screenshots", "target/screenshots"));

  private final Playwright playwright;
  private final Browser browser;
  private final String baseUrl;

  private Chromium(int port) throws Exception {
    this.baseUrl = "http://127.0.0.1:" + port;
    this.playwright =
        Playwright.create(
            new Playwright.CreateOptions()
                .setEnv(
                    Map.of(
                        "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1",
                        "PLAYWRIGHT_NODEJS_PATH", "/usr/bin/node")));
    this.browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-dev-shm-usage",
                            "--no-first-run",
                            "--disable-background-networking",
                            // Playwright gives each launch a fresh temporary profile itself.
                            "--disable-component-update")));
  }

  /** Skips the calling test, saying why, on a machine without the Debian Chromium. */
  static Chromium start(int port) throws Exception {
    assumeTrue(
        Files.isExecutable(EXECUTABLE),
        "Browser tests need the Debian Chromium at /usr/bin/chromium (apt-get install chromium;"
            + " .ci/run installs it)");
    assumeTrue(
        Files.isReadable(AXE), "axe-core is installed by the Maven build (npm ci) at " + AXE);
    return new Chromium(port);
  }

  /** A fresh browser profile (own cookies) signed in as the user through the login page. */
  Page signedIn(String username) {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(1024, 900)
                .setPermissions(List.of("clipboard-read", "clipboard-write")));
    Page page = context.newPage();
    // A script error shows in the test output next to the failing step.
    page.onPageError(error -> System.out.println("page error on " + page.url() + ": " + error));
    page.navigate("/login");
    page.getByLabel("Username").fill(username);
    page.getByLabel("Password").fill("demo");
    page.getByRole(
            com.microsoft.playwright.options.AriaRole.BUTTON,
            new Page.GetByRoleOptions().setName("Sign in"))
        .click();
    page.waitForURL(url -> !url.contains("/login"));
    return page;
  }

  Page anonymous() {
    return browser
        .newContext(new Browser.NewContextOptions().setBaseURL(baseUrl).setViewportSize(1024, 900))
        .newPage();
  }

  /** No serious or critical axe-core violation on the page as it is now. */
  static void assertAccessible(Page page) {
    page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
    @SuppressWarnings("unchecked")
    List<String> violations =
        (List<String>)
            page.evaluate(
                "async () => (await axe.run(document, { resultTypes: ['violations'] }))"
                    + ".violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n =>"
                    + " n.target.join(' ')).join(', '))");
    assertThat(violations).as("axe-core violations on %s", page.url()).isEmpty();
  }

  /** Checks the page with axe-core and saves it as target/screenshots/{name}.png. */
  static void capture(Page page, String name) {
    assertAccessible(page);
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
