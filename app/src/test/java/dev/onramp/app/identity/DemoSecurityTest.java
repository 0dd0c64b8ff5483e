package dev.onramp.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.app.audit.ActorType;
import dev.onramp.app.audit.AuditEvent;
import dev.onramp.app.audit.AuditLog;
import dev.onramp.app.identity.HttpTestClient.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoSecurityTest extends DemoModeAppTest {

  private static final String PROBLEM_JSON = "application/problem+json";
  private static final Pattern CSRF_FIELD =
      Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

  @Autowired AuditLog auditLog;

  @Test
  void shouldTellTheSignedInUserWhoTheyAre() {
    Response me = as("sam").get("/api/me");

    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("username").asText()).isEqualTo("sam");
    assertThat(me.json().get("displayName").asText()).isEqualTo("Sam");
    assertThat(me.json().get("roles").toString())
        .isEqualTo("[\"PRODUCT_OWNER\",\"FINOPS_LEAD\",\"CLOUD_ENGINEER\"]");
  }

  @Test
  void shouldAcceptBasicCredentialsWithoutCsrfToken() {
    Response marked = as("alice").post("/api/notifications/read-all");

    assertThat(marked.status()).isEqualTo(200);
  }

  @Test
  void shouldAnswerAnUnauthenticatedCallWith401Problem() {
    HttpTestClient nobody = HttpTestClient.anonymous(port);

    for (Response refused :
        new Response[] {nobody.get("/api/me"), nobody.post("/api/notifications/read-all")}) {
      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
      assertThat(refused.json().get("title").asText()).isEqualTo("Unauthorized");
      assertThat(refused.json().get("detail").asText()).contains("HTTP Basic", "/login");
      // No Basic challenge: a browser would show its dialog and then send the password along with
      // every request, forged cross-site ones included.
      assertThat(refused.header("WWW-Authenticate")).isEmpty();
    }
  }

  @Test
  void shouldRefuseAWrongPasswordWith401ProblemAndChallenge() {
    Response refused = HttpTestClient.basic(port, "alice", "not-demo").get("/api/me");

    assertThat(refused.status()).isEqualTo(401);
    assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
    assertThat(refused.json().get("detail").asText()).contains("Bad credentials");
    assertThat(refused.header("WWW-Authenticate")).contains("Basic realm=\"Onramp\"");
  }

  @Test
  void shouldRequireTheCsrfTokenFromABrowserSession() {
    HttpTestClient browser = signInWithTheLoginForm("fiona");
    assertThat(browser.get("/api/me").json().get("username").asText()).isEqualTo("fiona");

    Response withoutToken = browser.post("/api/notifications/read-all");
    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(withoutToken.contentType()).startsWith(PROBLEM_JSON);
    assertThat(withoutToken.json().get("detail").asText()).contains("CSRF", "X-XSRF-TOKEN");

    String token = browser.cookie("XSRF-TOKEN").orElseThrow();
    Response withToken = browser.post("/api/notifications/read-all", "X-XSRF-TOKEN", token);
    assertThat(withToken.status()).isEqualTo(200);
  }

  @Test
  void shouldSendABrowserToTheLoginPage() {
    Response page = HttpTestClient.anonymous(port).get("/", "Accept", "text/html");

    assertThat(page.status()).isEqualTo(302);
    assertThat(page.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
  }

  @Test
  void shouldServeTheApiDocsWithoutSignIn() {
    assertThat(HttpTestClient.anonymous(port).get("/v3/api-docs").status()).isEqualTo(200);
  }

  @Test
  void shouldLetTheRoleThroughAndRefuseAndAuditAnyoneElse() {
    assertThat(as("fiona").post(SecurityProbe.FINOPS_ONLY).status()).isEqualTo(200);

    Response refused = as("carlos").post(SecurityProbe.FINOPS_ONLY);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
    assertThat(refused.json().get("detail").asText())
        .isEqualTo("Only a FinOps Lead may do this; carlos is a Cloud Engineer.");
    assertThat(auditLog.forSubject("api", "POST " + SecurityProbe.FINOPS_ONLY))
        .last()
        .satisfies(
            event -> {
              assertThat(event.getActorName()).isEqualTo("carlos");
              assertThat(event.getActorType()).isEqualTo(ActorType.PERSON);
              assertThat(event.getAction()).isEqualTo(AuditEvent.REFUSED);
              assertThat(event.getDetail()).contains("carlos is a Cloud Engineer");
            });
  }

  @Test
  void shouldAnswerASeparationOfDutiesRefusalWith403ProblemAndAuditIt() {
    String requestId = UUID.randomUUID().toString();

    Response refused = as("sam").post("/api/test-probe/requests/" + requestId + "/review");

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.contentType()).startsWith(PROBLEM_JSON);
    assertThat(refused.json().get("detail").asText())
        .isEqualTo("You submitted this request yourself; another FinOps Lead must review it.");
    assertThat(refused.json().get("action").asText()).isEqualTo("review");
    assertThat(refused.json().get("subjectId").asText()).isEqualTo(requestId);
    assertThat(auditLog.forSubject("request", requestId))
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getActorName()).isEqualTo("sam");
              assertThat(event.getAction()).isEqualTo(AuditEvent.REFUSED);
              assertThat(event.getDetail())
                  .isEqualTo(
                      "review refused: You submitted this request yourself; another FinOps Lead"
                          + " must review it.");
            });
  }

  private HttpTestClient signInWithTheLoginForm(String username) {
    HttpTestClient browser = HttpTestClient.anonymous(port);
    Matcher csrf = CSRF_FIELD.matcher(browser.get("/login").body());
    assertThat(csrf.find()).as("CSRF field of the login form").isTrue();
    Response signedIn =
        browser.postForm(
            "/login",
            "username="
                + username
                + "&password=demo&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
    assertThat(signedIn.status()).isEqualTo(302);
    assertThat(signedIn.header("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    return browser;
  }
}
