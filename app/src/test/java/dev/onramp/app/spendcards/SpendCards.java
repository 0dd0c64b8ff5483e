package dev.onramp.app.spendcards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.app.testing.Api;
import dev.onramp.app.testing.Onboarding;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A Live workload with its claim instant pinned, and its cards as the API shows them. */
public final class SpendCards {

  private final Api api;
  private final Onboarding onboarding;
  private final JdbcClient jdbc;

  public SpendCards(Api api, Onboarding onboarding, JdbcClient jdbc) {
    this.api = api;
    this.onboarding = onboarding;
    this.jdbc = jdbc;
  }

  record Live(String workloadId, String roleArn) {
    String session() {
      String[] parts = roleArn.split(":");
      return "arn:aws:sts::"
          + parts[4]
          + ":assumed-role/"
          + roleArn.substring(roleArn.lastIndexOf('/') + 1)
          + "/app";
    }
  }

  /** alice's workload taken Live, claimed at the given instant. */
  Live live(String name, Instant claimedAt) {
    String requestId = onboarding.toLive(name + " " + System.nanoTime() % 100000, "BEDROCK");
    Map<String, Object> row =
        jdbc.sql("select workload_id, role_arn from ai_component where request_id = ?")
            .param(requestId)
            .query()
            .singleRow();
    jdbc.sql("update ai_component set claimed_at = ? where request_id = ?")
        .params(OffsetDateTime.ofInstant(claimedAt, ZoneOffset.UTC), requestId)
        .update();
    return new Live((String) row.get("workload_id"), (String) row.get("role_arn"));
  }

  /** The portfolio above alice's product is owned by sam (reviews disputes). */
  public void samOwnsThePortfolio() {
    String portfolio =
        jdbc.sql(
                "select p.parent_id from org_node p join org_node_owner o on o.node_id = p.id"
                    + " where o.username = 'alice' and p.name like '%Support Assistant%'")
            .query(String.class)
            .single();
    if (jdbc.sql("select count(*) from org_node_owner where node_id = ? and username = 'sam'")
            .param(portfolio)
            .query(Integer.class)
            .single()
        == 0) {
      jdbc.sql("insert into org_node_owner (node_id, username) values (?, 'sam')")
          .param(portfolio)
          .update();
    }
  }

  long generations(LocalDate week) {
    return jdbc.sql(
            "select count(*) from audit_event where action = 'spend-cards-generated'"
                + " and subject_id = ?")
        .param(week.toString())
        .query(Long.class)
        .single();
  }

  void awaitGenerations(LocalDate week, long count) {
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(() -> assertThat(generations(week)).isEqualTo(count));
  }

  /** The workload's card of the week as alice lists it, or null. */
  JsonNode card(String user, Live live, LocalDate week) {
    JsonNode page = api.as(user).get("/api/spend-cards?week=" + week).json();
    JsonNode found = null;
    for (JsonNode card : page.path("content")) {
      if (card.path("workloadId").asText().equals(live.workloadId())) {
        assertThat(found).as("a second card of the week").isNull();
        found = card;
      }
    }
    return found;
  }

  JsonNode awaitCard(Live live, LocalDate week) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> card("alice", live, week), c -> c != null);
  }

  long cardCount(Live live) {
    return jdbc.sql("select count(*) from spend_card where workload_id = ?")
        .param(live.workloadId())
        .query(Long.class)
        .single();
  }
}
