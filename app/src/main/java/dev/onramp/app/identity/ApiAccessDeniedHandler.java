package dev.onramp.app.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.ExpressionAuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A signed-in caller was refused by a role check ({@code @PreAuthorize}) or a missing CSRF token:
 * audited and answered with a 403 problem that says which role was needed. A browser opening a page
 * gets the same reason on the app's HTML error page instead (the servlet error dispatch renders
 * it), so a person is never shown raw JSON.
 */
class ApiAccessDeniedHandler implements AccessDeniedHandler {

  static final String SUBJECT_TYPE = "api";

  private final AccessRefusals refusals;
  private final ObjectMapper json;

  ApiAccessDeniedHandler(AccessRefusals refusals, ObjectMapper json) {
    this.refusals = refusals;
    this.json = json;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException {
    Authentication caller = CurrentUser.signedIn().orElse(null);
    String username = caller == null ? "anonymous" : caller.getName();
    String endpoint = request.getMethod() + " " + request.getRequestURI();
    ProblemDetail problem =
        refusals.refuse(username, endpoint, SUBJECT_TYPE, endpoint, reason(denied, caller));
    if (isPageRequest(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN, problem.getDetail());
      return;
    }
    ProblemResponses.write(json, request, response, problem);
  }

  /** A browser asking for a page, not a script or a page's own call to {@code /api/**}. */
  static boolean isPageRequest(HttpServletRequest request) {
    if (SecurityConfiguration.API.matches(request)) {
      return false;
    }
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    if (accept == null) {
      return false;
    }
    try {
      return MediaType.parseMediaTypes(accept).stream()
          .anyMatch(type -> !type.isWildcardType() && type.includes(MediaType.TEXT_HTML));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  private static String reason(AccessDeniedException denied, Authentication caller) {
    if (denied instanceof CsrfException) {
      return "Missing or invalid CSRF token: a browser session must send the XSRF-TOKEN cookie's"
          + " value in the X-XSRF-TOKEN header (scripts use HTTP Basic or a bearer token instead).";
    }
    Set<Role> required = requiredRoles(denied);
    if (caller != null && !required.isEmpty()) {
      Set<Role> held = EnumSet.noneOf(Role.class);
      caller
          .getAuthorities()
          .forEach(a -> Role.fromAuthority(a.getAuthority()).ifPresent(held::add));
      return AccessRefusals.missingRole(caller.getName(), required, held);
    }
    return "Access denied.";
  }

  /**
   * The roles named in the failed {@code @PreAuthorize} expression, e.g. hasRole('FINOPS_LEAD').
   */
  private static Set<Role> requiredRoles(AccessDeniedException denied) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (denied instanceof AuthorizationDeniedException authorization
        && authorization.getAuthorizationResult()
            instanceof ExpressionAuthorizationDecision decision) {
      String expression = decision.getExpression().getExpressionString();
      Arrays.stream(Role.values())
          .filter(
              role ->
                  expression.contains("'" + role.name() + "'")
                      || expression.contains("'" + role.authority() + "'"))
          .forEach(roles::add);
    }
    if (denied instanceof AuthorizationDeniedException authorization
        && authorization.getAuthorizationResult()
            instanceof
            org.springframework.security.authorization.AuthorityAuthorizationDecision decision) {
      decision
          .getAuthorities()
          .forEach(a -> Role.fromAuthority(a.getAuthority()).ifPresent(roles::add));
    }
    return roles;
  }
}
