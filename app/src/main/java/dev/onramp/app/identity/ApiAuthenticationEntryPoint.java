package dev.onramp.app.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * The API's 401: a problem detail saying how to sign in, or why the credentials were refused.
 * {@code challenge} adds the WWW-Authenticate header of the mode.
 */
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

  static final URI UNAUTHORIZED = URI.create("urn:onramp:problem:unauthorized");

  private final AuthenticationEntryPoint challenge;
  private final String howToSignIn;
  private final ObjectMapper json;

  ApiAuthenticationEntryPoint(
      AuthenticationEntryPoint challenge, String howToSignIn, ObjectMapper json) {
    this.challenge = challenge;
    this.howToSignIn = howToSignIn;
    this.json = json;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
      throws IOException, ServletException {
    challenge.commence(request, response, refused);
    String detail =
        refused instanceof InsufficientAuthenticationException
            ? "Sign in first: " + howToSignIn
            : "Sign-in refused (" + refused.getMessage() + "). " + howToSignIn;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
    problem.setTitle("Unauthorized");
    problem.setType(UNAUTHORIZED);
    ProblemResponses.write(json, request, response, problem);
  }
}
