package dev.onramp.app.pages;

import dev.onramp.app.identity.Role;
import dev.onramp.app.identity.UserDirectory;
import dev.onramp.app.identity.UserProfile;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; in demo mode it lists the persona accounts, as the README does. */
@Controller
class LoginPageController {

  private final UserDirectory directory;
  private final boolean demo;

  LoginPageController(
      UserDirectory directory, @Value("${onramp.security.mode:demo}") String securityMode) {
    this.directory = directory;
    this.demo = "demo".equals(securityMode);
  }

  @GetMapping("/login")
  String login(HttpServletRequest request, Model model) {
    CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    model.addAttribute("csrfParameter", csrf.getParameterName());
    model.addAttribute("csrfToken", csrf.getToken());
    model.addAttribute("failed", request.getParameter("error") != null);
    model.addAttribute("signedOut", request.getParameter("logout") != null);
    model.addAttribute("demoAccounts", demo ? demoAccounts() : List.of());
    return "pages/login";
  }

  private List<DemoAccount> demoAccounts() {
    Set<String> usernames = new LinkedHashSet<>();
    Arrays.stream(Role.values())
        .forEach(role -> usernames.addAll(directory.usernamesWithRole(role)));
    return usernames.stream()
        .map(directory::find)
        .flatMap(java.util.Optional::stream)
        .map(DemoAccount::of)
        .toList();
  }

  public record DemoAccount(String username, String displayName, String roles) {

    static DemoAccount of(UserProfile profile) {
      return new DemoAccount(
          profile.username(),
          profile.displayName(),
          String.join(", ", profile.roles().stream().sorted().map(DemoAccount::areaOf).toList()));
    }

    private static String areaOf(Role role) {
      return switch (role) {
        case PRODUCT_OWNER -> "Product Owner (Spaces)";
        case FINOPS_LEAD -> "FinOps Lead (AI Governance)";
        case CLOUD_ENGINEER -> "Cloud Engineer (AI Tasks)";
      };
    }
  }
}
