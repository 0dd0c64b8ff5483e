package dev.onramp.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.onramp.app.audit.AuditEvent;
import dev.onramp.app.audit.AuditLog;
import dev.onramp.app.engine.EmbeddedEngineTestProperties;
import dev.onramp.app.identity.HttpTestClient.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production mode: tokens of an identity provider, here signed with a key this test generates and
 * verified by Spring Security's resource server through Boot's {@code public-key-location}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DemoModeAppTest.SecurityProbe.class)
class OidcSecurityTest {

  private static final RSAKey PROVIDER_KEY = rsaKey();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    EmbeddedEngineTestProperties.register(registry);
    registry.add("onramp.security.mode", () -> "oidc");
    registry.add(
        "spring.security.oauth2.resourceserver.jwt.public-key-location",
        () -> "file:" + publicKeyFile(PROVIDER_KEY));
  }

  @LocalServerPort int port;
  @Autowired UserDirectory directory;
  @Autowired AuditLog auditLog;

  @Test
  void shouldSignInWithATokenAndTakeTheRolesFromItsClaim() {
    String token =
        token(PROVIDER_KEY, "olivia", List.of("FINOPS_LEAD"), Instant.now().plusSeconds(300));

    Response me = HttpTestClient.bearer(port, token).get("/api/me");

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("username").asText()).isEqualTo("olivia");
    assertThat(me.json().get("displayName").asText()).isEqualTo("Olivia Example");
    assertThat(me.json().get("roles").toString()).isEqualTo("[\"FINOPS_LEAD\"]");
    assertThat(HttpTestClient.bearer(port, token).post(DemoModeAppTest.SecurityProbe.FINOPS_ONLY))
        .extracting(Response::status)
        .isEqualTo(200);
  }

  @Test
  void shouldAcceptTheCandidateGroupNamesAsRoles() {
    String token =
        token(
            PROVIDER_KEY,
            "oscar",
            List.of("product-owners", "cloud-engineers", "admins"),
            Instant.now().plusSeconds(300));

    Response me = HttpTestClient.bearer(port, token).get("/api/me");

    assertThat(me.json().get("roles").toString())
        .isEqualTo("[\"PRODUCT_OWNER\",\"CLOUD_ENGINEER\"]");
  }

  @Test
  void shouldRecordWhoSignedInInTheDirectory() {
    String token =
        token(PROVIDER_KEY, "olga", List.of("CLOUD_ENGINEER"), Instant.now().plusSeconds(300));

    HttpTestClient.bearer(port, token).get("/api/me");

    assertThat(directory.find("olga"))
        .contains(
            new UserProfile(
                "olga", "Olga Example", "olga@example.org", Set.of(Role.CLOUD_ENGINEER)));
    assertThat(directory.usernamesWithRole(Role.CLOUD_ENGINEER)).contains("olga");
  }

  @Test
  void shouldRefuseAndAuditATokenWithoutTheRole() {
    String token =
        token(PROVIDER_KEY, "otto", List.of("PRODUCT_OWNER"), Instant.now().plusSeconds(300));

    Response refused =
        HttpTestClient.bearer(port, token).post(DemoModeAppTest.SecurityProbe.FINOPS_ONLY);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("detail").asText())
        .isEqualTo("Only a FinOps Lead may do this; otto is a Product Owner.");
    assertThat(auditLog.forSubject("api", "POST " + DemoModeAppTest.SecurityProbe.FINOPS_ONLY))
        .anySatisfy(
            event -> {
              assertThat(event.getActorName()).isEqualTo("otto");
              assertThat(event.getAction()).isEqualTo(AuditEvent.REFUSED);
            });
  }

  @Test
  void shouldRefuseAnExpiredToken() {
    String expired =
        token(PROVIDER_KEY, "olivia", List.of("FINOPS_LEAD"), Instant.now().minusSeconds(300));

    Response refused = HttpTestClient.bearer(port, expired).get("/api/me");

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("detail").asText()).contains("expired");
    assertThat(refused.header("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer").contains("invalid_token"));
  }

  @Test
  void shouldRefuseATokenSignedByAnotherKey() {
    String forged =
        token(rsaKey(), "olivia", List.of("FINOPS_LEAD"), Instant.now().plusSeconds(300));

    Response refused = HttpTestClient.bearer(port, forged).get("/api/me");

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.contentType()).startsWith("application/problem+json");
  }

  @Test
  void shouldHaveNoDemoAccounts() {
    Response refused = HttpTestClient.basic(port, "alice").get("/api/me");

    assertThat(refused.status()).isEqualTo(401);
    assertThat(directory.find("alice")).isEmpty();
    assertThat(directory.usernamesWithRole(Role.FINOPS_LEAD)).doesNotContain("fiona", "sam");
  }

  @Test
  void shouldAnswerWithoutTokenWith401Problem() {
    Response refused = HttpTestClient.anonymous(port).get("/api/me");

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("detail").asText()).contains("Bearer");
    assertThat(refused.header("WWW-Authenticate")).contains("Bearer");
  }

  private static String token(RSAKey key, String username, List<String> roles, Instant expires) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .subject("subject-of-" + username)
            .claim("preferred_username", username)
            .claim(
                "name",
                Character.toUpperCase(username.charAt(0)) + username.substring(1) + " Example")
            .claim("email", username + "@example.org")
            .claim("roles", roles)
            .issueTime(Date.from(expires.minus(Duration.ofMinutes(10))))
            .expirationTime(Date.from(expires))
            .build();
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey rsaKey() {
    try {
      return new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Path publicKeyFile(RSAKey key) {
    try {
      Path file = Files.createTempFile("identity-provider", ".pem");
      String pem =
          "-----BEGIN PUBLIC KEY-----\n"
              + Base64.getMimeEncoder(64, "\n".getBytes())
                  .encodeToString(key.toRSAPublicKey().getEncoded())
              + "\n-----END PUBLIC KEY-----\n";
      Files.writeString(file, pem);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
