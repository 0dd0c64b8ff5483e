package dev.onramp.app.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

/**
 * Accepts the CSRF token two ways: masked in a rendered form's parameter (BREACH-safe, as Spring
 * renders it), and raw in the {@code X-XSRF-TOKEN} header, where JavaScript copies it from the
 * {@code XSRF-TOKEN} cookie.
 */
final class CsrfTokenHandler implements CsrfTokenRequestHandler {

  private final CsrfTokenRequestHandler masked = new XorCsrfTokenRequestAttributeHandler();
  private final CsrfTokenRequestHandler raw = new CsrfTokenRequestAttributeHandler();

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
    masked.handle(request, response, token);
  }

  @Override
  public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
    return StringUtils.hasText(request.getHeader(token.getHeaderName()))
        ? raw.resolveCsrfTokenValue(request, token)
        : masked.resolveCsrfTokenValue(request, token);
  }
}
