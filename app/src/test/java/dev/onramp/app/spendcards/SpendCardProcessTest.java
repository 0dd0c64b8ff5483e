package dev.onramp.app.spendcards;

import static io.camunda.process.test.api.CamundaAssert.assertThatProcessInstance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.app.attribution.CurFixture;
import dev.onramp.app.attribution.SpendApi;
import dev.onramp.app.testing.Api.Answer;
import dev.onramp.app.testing.ProcessTest;
import io.camunda.client.CamundaClient;
import io.camunda.process.test.api.CamundaProcessTestContext;
import io.camunda.process.test.api.assertions.ProcessInstanceSelectors;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code Process_WeeklySpendCards} on the embedded engine, its Monday timer driven by moving the
 * engine clock: the first card on the first Monday after going Live, provisional until the week's
 * billing data is complete, approve, dispute and the Portfolio owner's review, and no second card
 * for a week.
 */
class SpendCardProcessTest extends ProcessTest {

  private static final String USAGE = "USE1-Claude4.6Sonnet-";

  @Autowired CamundaProcessTestContext processTest;
  @Autowired CamundaClient client;
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;

  SpendCards cards;
  SpendApi spend;

  @BeforeEach
  void helpers() {
    cards = new SpendCards(api, onboarding, jdbc);
    spend = new SpendApi(port);
    cards.samOwnsThePortfolio();
  }

  @Test
  void shouldWriteTheFirstCardOnTheFirstMondayAfterLiveThenApproveDisputeAndReview()
      throws Exception {
    Instant now = processTest.getCurrentTime();
    // The timer's next Monday 06:00 UTC; the workload goes Live an hour before it.
    Instant monday1 = nextMondaySix(now);
    LocalDate week1 = LocalDate.ofInstant(monday1, ZoneOffset.UTC);
    SpendCards.Live live = cards.live("Cards", monday1.minusSeconds(3600));
    String s = live.session();
    String acct = "111122223333";
    CurFixture first =
        new CurFixture()
            .add(s, USAGE + "input-tokens", at(week1.plusDays(1), 10), "10", acct)
            .add(s, USAGE + "output-tokens", at(week1.plusDays(2), 0), "2", acct);
    assertThat(spend.upload("fiona", first.convert(dir, "first.parquet")).status()).isEqualTo(201);

    // Monday 1: the card of the week before; the workload was not Live then.
    long before = cards.generations(week1.minusWeeks(1));
    processTest.increaseTime(Duration.between(now, monday1).plusMinutes(1));
    cards.awaitGenerations(week1.minusWeeks(1), before + 1);
    assertThat(cards.cardCount(live)).isZero();

    // Monday 2: the card of week 1, provisional (data only to Wednesday of that week).
    processTest.increaseTime(Duration.ofDays(7));
    JsonNode card = cards.awaitCard(live, week1);
    String cardId = card.path("id").asText();
    assertThat(card.path("provisional").asBoolean()).isTrue();
    assertThat(card.path("actual").decimalValue()).isEqualByComparingTo("12");
    assertThat(card.path("status").asText()).isEqualTo("AWAITING_REVIEW");
    assertThat(card.path("canDecide").asBoolean()).isTrue();

    // Later data: the week's Thursday and the Wednesday after it (48 h past the week's end).
    CurFixture later =
        first
            .add(s, USAGE + "input-tokens", at(week1.plusDays(3), 0), "5", acct)
            .add(s, USAGE + "input-tokens", at(week1.plusDays(9), 0), "1", acct);
    assertThat(spend.upload("fiona", later.convert(dir, "later.parquet")).status()).isEqualTo(201);
    JsonNode refreshed = api.as("alice").get("/api/spend-cards/" + cardId).json();
    assertThat(refreshed.path("provisional").asBoolean()).isFalse();
    assertThat(refreshed.path("actual").decimalValue()).isEqualByComparingTo("17");
    assertThat(refreshed.path("trend")).hasSize(8);
    assertThat(refreshed.path("lines").toString()).contains("Claude4.6Sonnet", "INPUT", "OUTPUT");

    // A second run for the same week writes no second card.
    long runs = cards.generations(week1);
    long second =
        client
            .newCreateInstanceCommand()
            .bpmnProcessId(SpendCardProcess.PROCESS_ID)
            .latestVersion()
            .variables(Map.of("weekStart", week1.toString()))
            .send()
            .join()
            .getProcessInstanceKey();
    cards.awaitGenerations(week1, runs + 1);
    assertThatProcessInstance(ProcessInstanceSelectors.byKey(second))
        .hasCompletedElements("ServiceTask_GenerateCards");
    assertThat(cards.card("alice", live, week1).path("id").asText()).isEqualTo(cardId);

    // Approve.
    Answer approved = api.as("alice").post("/api/spend-cards/" + cardId + "/approve", "");
    assertThat(approved.status()).as("%s", approved.json()).isEqualTo(200);
    assertThat(approved.text("status")).isEqualTo("APPROVED");
    long weekly = processInstanceOf(cardId);
    assertThatProcessInstance(ProcessInstanceSelectors.byKey(weekly))
        .hasCompletedElements("ServiceTask_LoadBatch", "UserTask_ReviewCard");

    // Monday 3: the card of week 2, disputed and reviewed by the Portfolio owner.
    processTest.increaseTime(Duration.ofDays(7));
    String disputed = cards.awaitCard(live, week1.plusWeeks(1)).path("id").asText();
    Answer noReason =
        api.as("alice").post("/api/spend-cards/" + disputed + "/dispute", Map.of("reason", " "));
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().path("errors").get(0).path("field").asText()).isEqualTo("reason");
    Answer dispute =
        api.as("alice")
            .post(
                "/api/spend-cards/" + disputed + "/dispute",
                Map.of("reason", "The Wednesday batch job belongs to another team"));
    assertThat(dispute.status()).as("%s", dispute.json()).isEqualTo(200);
    assertThat(dispute.text("status")).isEqualTo("DISPUTED");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(notified("sam", disputed)).contains("spend-card-disputed"));

    Map<String, String> review = Map.of("outcome", "REJECT", "note", "It runs on your role.");
    assertThat(api.as("paul").post("/api/spend-cards/" + disputed + "/review", review).status())
        .isEqualTo(403);
    Answer reviewed = api.as("sam").post("/api/spend-cards/" + disputed + "/review", review);
    assertThat(reviewed.status()).as("%s", reviewed.json()).isEqualTo(200);
    assertThat(reviewed.text("status")).isEqualTo("DISPUTE_REJECTED");
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> assertThat(notified("alice", disputed)).contains("spend-card-reviewed"));
    assertThatProcessInstance(ProcessInstanceSelectors.byKey(disputeOf(disputed)))
        .isCompleted()
        .hasCompletedElements(
            "ServiceTask_NotifyDispute",
            "UserTask_ReviewDispute",
            "ServiceTask_NotifyReviewed",
            "EndEvent_DisputeReviewed");
    assertThat(cards.cardCount(live)).isEqualTo(2);
  }

  @Test
  void shouldLetAgentBillAcceptACardNobodyDecidesOnInFourteenDays() {
    Instant now = processTest.getCurrentTime();
    Instant monday1 = nextMondaySix(now);
    LocalDate week1 = LocalDate.ofInstant(monday1, ZoneOffset.UTC);
    SpendCards.Live live = cards.live("Quiet", monday1.minusSeconds(3600));

    processTest.increaseTime(Duration.between(now, monday1).plusDays(7).plusMinutes(1));
    String cardId = cards.awaitCard(live, week1).path("id").asText();
    // The 14 days run from the moment the batch's tasks exist.
    assertThatProcessInstance(ProcessInstanceSelectors.byKey(processInstanceOf(cardId)))
        .hasActiveElements("UserTask_ReviewCard");
    processTest.increaseTime(Duration.ofDays(14));

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(api.as("alice").get("/api/spend-cards/" + cardId).text("status"))
                    .isEqualTo("AUTO_ACCEPTED"));
    assertThatProcessInstance(ProcessInstanceSelectors.byKey(processInstanceOf(cardId)))
        .hasCompletedElements("BoundaryEvent_NoDecision", "ServiceTask_AutoAccept");
  }

  private long processInstanceOf(String cardId) {
    return jdbc.sql("select process_instance_key from spend_card where id = ?")
        .param(cardId)
        .query(Long.class)
        .single();
  }

  private long disputeOf(String cardId) {
    return jdbc.sql("select dispute_process_key from spend_card where id = ?")
        .param(cardId)
        .query(Long.class)
        .single();
  }

  private java.util.List<String> notified(String user, String cardId) {
    return jdbc.sql("select template from notification where recipient = ? and link = ?")
        .params(user, "/spend-cards/" + cardId)
        .query(String.class)
        .list();
  }

  private static Instant nextMondaySix(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    Instant candidate =
        today
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
            .atTime(6, 0)
            .toInstant(ZoneOffset.UTC);
    return candidate.isAfter(now) ? candidate : candidate.plus(Duration.ofDays(7));
  }

  private static String at(LocalDate day, int hour) {
    return day.atTime(hour, 0) + ":00Z";
  }
}
