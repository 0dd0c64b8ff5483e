package dev.onramp.app.pages;

import dev.onramp.app.identity.CurrentUser;
import dev.onramp.app.notification.NotificationInbox;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The start page sends each person to their first area; the inbox lists their notifications. */
@Controller
@WithLayout
class HomePageController {

  private final CurrentUser currentUser;
  private final NotificationInbox inbox;

  HomePageController(CurrentUser currentUser, NotificationInbox inbox) {
    this.currentUser = currentUser;
    this.inbox = inbox;
  }

  @GetMapping("/")
  String home() {
    return LayoutModel.Area.of(currentUser).stream()
        .findFirst()
        .map(area -> "redirect:" + area.href())
        .orElse("redirect:/inbox");
  }

  @GetMapping("/inbox")
  String inbox(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute(
        "notifications", inbox.list(currentUser.username(), false, Math.max(page, 0), 20));
    return "pages/inbox";
  }
}
