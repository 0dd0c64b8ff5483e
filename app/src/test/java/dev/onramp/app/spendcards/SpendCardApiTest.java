package dev.onramp.app.spendcards;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.app.testing.Api.Answer;
import dev.onramp.app.testing.AppTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The spend card API's bad input and separation of duties, on a card generated on demand. */
class SpendCardApiTest extends AppTest {

  @Autowired JdbcClient jdbc;

  SpendCards cards;

  @BeforeEach
  void helpers() {
    cards = new SpendCards(api, onboarding, jdbc);
  }

  @Test
  void shouldGenerateOnDemandForAFinOpsLeadOnlyAndForAMondayOnly() {
    assertThat(api.as("alice").post("/api/spend-cards/generate?week=2026-03-02", "").status())
        .isEqualTo(403);
    Answer wednesday = api.as("fiona").post("/api/spend-cards/generate?week=2026-03-04", "");
    assertThat(wednesday.status()).isEqualTo(400);
    assertThat(wednesday.json().path("errors").get(0).path("field").asText()).isEqualTo("week");
    Answer future = api.as("fiona").post("/api/spend-cards/generate?week=2999-01-07", "");
    assertThat(future.status()).isEqualTo(400);
    assertThat(api.as("fiona").get("/api/spend-cards?week=yesterday").status()).isEqualTo(400);
    assertThat(api.as("alice").get("/api/spend-cards/no-such-card").status()).isEqualTo(404);
  }

  @Test
  void shouldLetOnlyTheProductsOwnersDecideAndOnlyOnce() {
    LocalDate week =
        LocalDate.now(ZoneOffset.UTC)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(2);
    SpendCards.Live live =
        cards.live("Card Rights", week.plusDays(2).atStartOfDay().toInstant(ZoneOffset.UTC));
    long runs = cards.generations(week);
    Answer started = api.as("fiona").post("/api/spend-cards/generate?week=" + week, "");
    assertThat(started.status()).as("%s", started.json()).isEqualTo(202);
    assertThat(started.text("weekStart")).isEqualTo(week.toString());
    cards.awaitGenerations(week, runs + 1);
    JsonNode card = cards.awaitCard(live, week);
    String id = card.path("id").asText();

    // Visible to the product's owners and to every FinOps Lead; not to a Cloud Engineer.
    assertThat(cards.card("paul", live, week)).isNotNull();
    assertThat(cards.card("fiona", live, week)).isNotNull();
    assertThat(api.as("carlos").get("/api/spend-cards/" + id).status()).isEqualTo(404);

    long refusals = refusals(id);
    assertThat(api.as("fiona").post("/api/spend-cards/" + id + "/approve", "").status())
        .isEqualTo(403);
    assertThat(
            api.as("carlos")
                .post("/api/spend-cards/" + id + "/dispute", Map.of("reason", "not ours"))
                .status())
        .isEqualTo(403);
    assertThat(refusals(id)).isEqualTo(refusals + 2);

    Answer missing = api.as("alice").post("/api/spend-cards/" + id + "/dispute", "{}");
    assertThat(missing.status()).isEqualTo(400);
    assertThat(missing.json().path("errors").get(0).path("field").asText()).isEqualTo("reason");
    Answer badReview =
        api.as("fiona").post("/api/spend-cards/" + id + "/review", Map.of("outcome", "MAYBE"));
    assertThat(badReview.status()).isEqualTo(400);
    assertThat(badReview.json().path("errors").toString()).contains("outcome", "note");
    Answer notDisputed =
        api.as("alice")
            .post("/api/spend-cards/" + id + "/review", Map.of("outcome", "REJECT", "note", "no"));
    assertThat(notDisputed.status()).isEqualTo(403);

    Answer approved = api.as("paul").post("/api/spend-cards/" + id + "/approve", "");
    assertThat(approved.status()).as("%s", approved.json()).isEqualTo(200);
    assertThat(approved.text("decidedBy")).isEqualTo("paul");
    assertThat(api.as("alice").post("/api/spend-cards/" + id + "/approve", "").status())
        .isEqualTo(409);
    assertThat(cards.cardCount(live)).isEqualTo(1);
  }

  @Test
  void shouldRenderTheCardPageWithAnAccessibleChart() throws Exception {
    LocalDate week =
        LocalDate.now(ZoneOffset.UTC)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .minusWeeks(3);
    SpendCards.Live live =
        cards.live("Card Page", week.atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(60));
    long runs = cards.generations(week);
    assertThat(api.as("fiona").post("/api/spend-cards/generate?week=" + week, "").status())
        .isEqualTo(202);
    cards.awaitGenerations(week, runs + 1);
    String id = cards.awaitCard(live, week).path("id").asText();

    String body =
        jdbc.sql("select body_html from spend_card where id = ?")
            .param(id)
            .query(String.class)
            .single();
    assertThat(body)
        .contains("<svg role=\"img\"", "<title id=", "<desc id=", "<caption>Weekly spend trend")
        .contains("Support Assistant", "Cost saving", "$16,000.00");
    String page = html("alice", "/spend-cards/" + id);
    assertThat(page).contains("Approve card", "Reason for the dispute", "<svg role=\"img\"");
    assertThat(html("paul", "/spend-cards?week=" + week)).contains("/spend-cards/" + id);
  }

  private String html(String user, String path) throws Exception {
    java.net.http.HttpResponse<String> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + path))
                    .header(
                        "Authorization",
                        "Basic "
                            + java.util.Base64.getEncoder()
                                .encodeToString((user + ":demo").getBytes()))
                    .header("Accept", "text/html")
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private long refusals(String cardId) {
    return jdbc.sql(
            "select count(*) from audit_event where subject_type = 'spend-card'"
                + " and subject_id = ? and action = 'REFUSED'")
        .param(cardId)
        .query(Long.class)
        .single();
  }
}
