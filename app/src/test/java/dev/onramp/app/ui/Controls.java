package dev.onramp.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

/** The page controls the browser tests use: by role and label, as a person finds them. */
final class Controls {

  /** The focused element's name: its label, else its aria-label, else its text. */
  private static final String FOCUSED_NAME =
      "() => { const e = document.activeElement; if (!e || e === document.body) return '';"
          + " const label = e.labels && e.labels.length ? e.labels[0].textContent"
          + " : (e.getAttribute('aria-label') || e.textContent || '');"
          + " return label.replace(/\\*\\s*$/, '').trim(); }";

  /**
   * Whether the focused element, or the box around it (form-js draws a simple select's ring on the
   * box of its hidden input), shows a focus outline.
   */
  private static final String FOCUS_RING =
      "() => { let n = document.activeElement;"
          + " for (let i = 0; n && n !== document.body && i < 3; i++, n = n.parentElement) {"
          + " const s = getComputedStyle(n);"
          + " if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) return true; }"
          + " return false; }";

  private Controls() {}

  static Locator button(Page page, String name) {
    return page.getByRole(
        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  static Locator link(Page page, String name) {
    return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name));
  }

  static Locator heading(Page page, String name) {
    return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
  }

  /** form-js applies a text area's input after a pause, and at the latest when focus leaves. */
  static void typeInto(Page page, String label, String text) {
    Locator area = page.getByLabel(label);
    area.fill(text);
    area.blur();
  }

  /** form-js selects are not native: open the list and pick the entry with the text. */
  static void choose(Page page, String label, String entry) {
    Locator field = formField(page, label);
    field.locator(".fjs-input-group").click();
    field
        .locator(".fjs-dropdownlist-item", new Locator.LocatorOptions().setHasText(entry))
        .first()
        .click();
  }

  /** A form-js field (label, control, description, error message) by its label; not a group. */
  static Locator formField(Page page, String label) {
    return page.locator(
        ".fjs-form-field:not(.fjs-form-field-grouplike)",
        new Page.LocatorOptions()
            .setHas(
                page.locator(
                    "label",
                    new Page.LocatorOptions()
                        // form-js marks a required field's label with an asterisk.
                        .setHasText(Pattern.compile("^" + literal(label) + "\\s*\\*?$")))));
  }

  /** The text as a regular expression matching itself (Playwright runs it as a JS one). */
  private static String literal(String text) {
    return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
  }

  /** The name of what has keyboard focus now. */
  static String focused(Page page) {
    return (String) page.evaluate(FOCUSED_NAME);
  }

  /** Presses Tab (or Shift+Tab) until the element with that name has focus; fails after 40. */
  static void tabTo(Page page, String name) {
    tabTo(page, name, "Tab");
  }

  static void shiftTabTo(Page page, String name) {
    tabTo(page, name, "Shift+Tab");
  }

  private static void tabTo(Page page, String name, String key) {
    for (int presses = 0; presses < 40; presses++) {
      page.keyboard().press(key);
      if (name.equals(focused(page))) {
        assertThat(page.evaluate(FOCUS_RING))
            .as("a visible focus indicator on '%s'", name)
            .isEqualTo(true);
        return;
      }
    }
    throw new AssertionError("'" + name + "' not reached with " + key + " from " + page.url());
  }

  /** The page is no wider than the window: nothing scrolls sideways. */
  static void assertNoHorizontalScrolling(Page page) {
    Object width = page.evaluate("() => document.documentElement.scrollWidth");
    assertThat(((Number) width).intValue())
        .as("document width of %s at a 1024 px window", page.url())
        .isLessThanOrEqualTo(1024);
  }
}
