package dev.onramp.engine.api;

import dev.onramp.engine.EngineProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Optional HTTP Basic on the REST API ({@code engine.username} and {@code engine.password}), for
 * when the loopback port is not protection enough. The client sends it with {@code
 * camunda.client.auth.username/password}.
 */
@Component
class BasicAuthFilter extends OncePerRequestFilter {

  private final EngineProperties properties;

  BasicAuthFilter(EngineProperties properties) {
    this.properties = properties;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !properties.basicAuthEnabled() || !request.getRequestURI().startsWith("/v2/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (authorized(request.getHeader("Authorization"))) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"onramp-engine\"");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"UNAUTHORIZED\",\"status\":401,"
                + "\"detail\":\"The engine API requires HTTP Basic credentials\",\"instance\":\""
                + request.getRequestURI().replace("\"", "")
                + "\"}");
  }

  private boolean authorized(String header) {
    if (header == null || !header.startsWith("Basic ")) {
      return false;
    }
    String expected = properties.username() + ":" + properties.password();
    byte[] given;
    try {
      given = Base64.getDecoder().decode(header.substring(6).strip());
    } catch (IllegalArgumentException e) {
      return false;
    }
    return MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8));
  }
}
