package dev.onramp.app.pages;

import dev.onramp.app.identity.CurrentUser;
import dev.onramp.app.identity.Role;
import dev.onramp.app.notification.NotificationInbox;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout shows on every page: who is signed in, their areas, the unread count. */
@ControllerAdvice(annotations = WithLayout.class)
class LayoutModel {

  private final CurrentUser currentUser;
  private final NotificationInbox inbox;

  LayoutModel(CurrentUser currentUser, NotificationInbox inbox) {
    this.currentUser = currentUser;
    this.inbox = inbox;
  }

  @ModelAttribute("layout")
  Layout layout(HttpServletRequest request) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    return new Layout(
        currentUser.displayName(),
        currentUser.username(),
        Area.of(currentUser),
        inbox.unreadCount(currentUser.username()),
        request.getRequestURI(),
        csrf == null ? null : csrf.getParameterName(),
        csrf == null ? null : csrf.getToken());
  }

  @ModelAttribute("dates")
  Dates dates() {
    return Dates.INSTANCE;
  }

  /**
   * The navigation entries, per role the person has. The org tree ({@code /org}) is open to
   * everybody signed in, but only FinOps Leads, who import it, have it in the navigation.
   */
  public record Area(String label, String href) {

    static List<Area> of(CurrentUser user) {
      List<Area> areas = new ArrayList<>();
      if (user.has(Role.PRODUCT_OWNER)) {
        areas.add(new Area("Spaces", "/spaces"));
      }
      if (user.has(Role.FINOPS_LEAD)) {
        areas.add(new Area("AI Governance", "/governance"));
        areas.add(new Area("Attribution", "/attribution"));
        areas.add(new Area("Organisation", "/org"));
      }
      if (user.has(Role.CLOUD_ENGINEER)) {
        areas.add(new Area("AI Tasks", "/tasks"));
      }
      if (user.has(Role.PRODUCT_OWNER) || user.has(Role.FINOPS_LEAD)) {
        areas.add(new Area("Spend Cards", "/spend-cards"));
      }
      return areas;
    }
  }

  public record Layout(
      String displayName,
      String username,
      List<Area> areas,
      long unread,
      String path,
      String csrfParameter,
      String csrfToken) {}
}
