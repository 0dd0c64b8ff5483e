package dev.onramp.app.ui;

import com.microsoft.playwright.assertions.PageAssertions;
import dev.onramp.app.testing.AppTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The whole app with a fresh Chromium per test, pointed at it. */
abstract class BrowserTest extends AppTest {

  /** Waits for a navigation that follows server work (an engine round trip, a generation). */
  static final PageAssertions.HasURLOptions SLOW_URL =
      new PageAssertions.HasURLOptions().setTimeout(15_000);

  protected Chromium chromium;

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
}
