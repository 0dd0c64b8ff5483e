package dev.onramp.app.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.servlet.PathRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. {@code /api/**} needs a signed-in person; role checks are
 * {@code @PreAuthorize("hasRole('FINOPS_LEAD')")} on the controllers; refusals are problem details,
 * and every 403 is audited.
 *
 * <p>Demo mode (default): the demo accounts over HTTP Basic (scripts) and the login form (browser
 * sessions, with CSRF protection). OIDC mode: the API is a resource server accepting the identity
 * provider's JWTs, and no demo account exists; with a client registration configured, browsers sign
 * in at the identity provider too (OpenID Connect login) and use sessions as in demo mode.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(OnrampSecurityProperties.class)
class SecurityConfiguration {

  static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

  private static final String[] PUBLIC = {
    "/v3/api-docs/**",
    "/swagger-ui/**",
    "/swagger-ui.html",
    "/actuator/health",
    "/actuator/health/**",
    "/login",
    "/error"
  };

  @Bean
  @ConditionalOnProperty(name = "onramp.security.mode", havingValue = "demo", matchIfMissing = true)
  DemoAccounts demoAccounts(OnrampSecurityProperties properties, UserDirectory directory) {
    return new DemoAccounts(properties.demoAccounts().users(), directory);
  }

  @Bean
  @ConditionalOnProperty(name = "onramp.security.mode", havingValue = "demo", matchIfMissing = true)
  SecurityFilterChain demoSecurity(HttpSecurity http, AccessRefusals refusals, ObjectMapper json)
      throws Exception {
    AuthenticationEntryPoint unauthorized =
        new ApiAuthenticationEntryPoint(
            SecurityConfiguration::basicChallenge,
            "HTTP Basic with a demo account (curl -u alice:demo …) or a browser session from"
                + " /login.",
            json);
    AccessDeniedHandler forbidden = new ApiAccessDeniedHandler(refusals, json);
    permitPublicPaths(http);
    browserSessions(http);
    http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .exceptionHandling(
            exceptions ->
                exceptions
                    .defaultAuthenticationEntryPointFor(unauthorized, API)
                    .accessDeniedHandler(forbidden));
    return http.build();
  }

  @Bean
  @ConditionalOnProperty(name = "onramp.security.mode", havingValue = "oidc")
  SecurityFilterChain oidcSecurity(
      HttpSecurity http,
      OnrampSecurityProperties properties,
      UserDirectory directory,
      AccessRefusals refusals,
      ObjectMapper json,
      ObjectProvider<JwtDecoder> decoder,
      ObjectProvider<ClientRegistrationRepository> browserClients)
      throws Exception {
    if (decoder.getIfAvailable() == null) {
      throw new IllegalStateException(
          "onramp.security.mode=oidc needs the identity provider's signing keys: set"
              + " spring.security.oauth2.resourceserver.jwt.issuer-uri (or .jwk-set-uri, or"
              + " .public-key-location)");
    }
    AuthenticationEntryPoint unauthorized =
        new ApiAuthenticationEntryPoint(
            new BearerTokenAuthenticationEntryPoint(),
            "send an access token of the identity provider as Authorization: Bearer <JWT>.",
            json);
    AccessDeniedHandler forbidden = new ApiAccessDeniedHandler(refusals, json);
    permitPublicPaths(http);
    http.oauth2ResourceServer(
        resourceServer ->
            resourceServer
                .jwt(
                    jwt ->
                        jwt.jwtAuthenticationConverter(
                            new JwtUserConverter(properties.oidc(), directory)))
                .authenticationEntryPoint(unauthorized)
                .accessDeniedHandler(forbidden));
    if (browserClients.getIfAvailable() == null) {
      // API only: every request carries its own token; no cookie a forged request could use.
      http.sessionManagement(
              sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
          .csrf(csrf -> csrf.disable())
          .exceptionHandling(
              exceptions ->
                  exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden));
      return http.build();
    }
    // Pages too (spring.security.oauth2.client.*): a browser signs in at the identity provider
    // (authorization code flow) and keeps a session, which the pages' own API calls use, so those
    // need the CSRF token as in demo mode; bearer-token calls stay without session and token.
    browserSessions(http);
    http.oauth2Login(
            login ->
                login.userInfoEndpoint(
                    userInfo ->
                        userInfo.oidcUserService(new OidcLoginUsers(properties.oidc(), directory))))
        .logout(logout -> logout.logoutSuccessUrl("/"))
        .exceptionHandling(
            exceptions ->
                exceptions
                    .defaultAuthenticationEntryPointFor(unauthorized, API)
                    .accessDeniedHandler(forbidden));
    return http.build();
  }

  /**
   * A browser's session, in either mode: the CSRF token travels in a cookie the pages' scripts echo
   * in a header, and a page asked for before signing in is shown after it.
   */
  private static void browserSessions(HttpSecurity http) throws Exception {
    http.requestCache(cache -> cache.requestCache(pagesToReturnToAfterSignIn()))
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                    .csrfTokenRequestHandler(new CsrfTokenHandler())
                    .requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
        .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class);
  }

  /**
   * Remembers a page a browser asked for before signing in, never an API call: saving one would
   * open a session, and an API call with a session needs a CSRF token.
   */
  private static RequestCache pagesToReturnToAfterSignIn() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setRequestMatcher(
        new AndRequestMatcher(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
            new NegatedRequestMatcher(API)));
    return cache;
  }

  private static void permitPublicPaths(HttpSecurity http) throws Exception {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    http.authorizeHttpRequests(
        requests ->
            requests
                .requestMatchers(
                    Arrays.stream(PUBLIC).map(paths::matcher).toArray(RequestMatcher[]::new))
                .permitAll()
                .requestMatchers(PathRequest.toStaticResources().atCommonLocations())
                .permitAll()
                // Role checks before the body is read, so a caller without the role learns
                // nothing about what a valid body looks like; @PreAuthorize repeats them.
                .requestMatchers(HttpMethod.POST, "/api/requests", "/api/requests/*/claim")
                .hasRole(Role.PRODUCT_OWNER.name())
                .requestMatchers(HttpMethod.PUT, "/api/requests/*")
                .hasRole(Role.PRODUCT_OWNER.name())
                .requestMatchers("/api/reviews/**")
                .hasRole(Role.FINOPS_LEAD.name())
                .requestMatchers("/api/tasks/**")
                .hasRole(Role.CLOUD_ENGINEER.name())
                .requestMatchers(HttpMethod.PUT, "/api/catalog/**")
                .hasRole(Role.FINOPS_LEAD.name())
                .anyRequest()
                .authenticated());
  }

  /**
   * Challenges only a request that tried Basic and failed. A browser that gets a Basic challenge
   * shows its own dialog and then sends the credentials with every request, also with forged
   * cross-site ones, which the CSRF rule below lets through because they carry Authorization.
   */
  private static void basicChallenge(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Onramp\"");
    }
  }

  private static boolean needsCsrfToken(HttpServletRequest request) {
    return CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
        // A script's credentials, which no other site can make a browser attach on its own.
        && request.getHeader(HttpHeaders.AUTHORIZATION) == null
        // Without a session nothing signs an API request in: answer 401, not a CSRF 403.
        && !(API.matches(request) && request.getSession(false) == null);
  }
}
