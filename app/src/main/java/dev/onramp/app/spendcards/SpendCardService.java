package dev.onramp.app.spendcards;

import dev.onramp.app.audit.Actor;
import dev.onramp.app.audit.AuditLog;
import dev.onramp.app.identity.CurrentUser;
import dev.onramp.app.identity.Role;
import dev.onramp.app.identity.UserDirectory;
import dev.onramp.app.notification.Notifier;
import dev.onramp.app.process.AfterCommit;
import dev.onramp.app.web.ApiProblemHandler;
import dev.onramp.app.web.ConflictException;
import dev.onramp.app.web.ForbiddenActionException;
import dev.onramp.app.web.InvalidFieldException;
import dev.onramp.app.web.NotFoundException;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading cards and acting on them. Only the owners of the workload's product approve or dispute
 * its card; only the owners of the product's portfolio (E3) review a dispute — the FinOps Leads
 * when the portfolio has no owner — and never the person who disputed. The decision is written
 * first and the process told second (undone if the process refuses).
 */
@Service
public class SpendCardService {

  static final int REASON_LENGTH = 2000;
  private static final int PAGE_SIZE = 50;

  private static final String SELECT =
      """
      select c.*, w.name as workload_name, w.product_id, p.name as product_name,
        p.parent_id as portfolio_id
      from spend_card c
      join workload w on w.id = c.workload_id
      join org_node p on p.id = w.product_id
      """;

  private final JdbcClient jdbc;
  private final CurrentUser currentUser;
  private final UserDirectory users;
  private final AuditLog audit;
  private final Notifier notifier;
  private final SpendCardProcess process;
  private final AfterCommit afterCommit;
  private final Clock clock;

  SpendCardService(
      JdbcClient jdbc,
      CurrentUser currentUser,
      UserDirectory users,
      AuditLog audit,
      Notifier notifier,
      SpendCardProcess process,
      AfterCommit afterCommit,
      Clock clock) {
    this.jdbc = jdbc;
    this.currentUser = currentUser;
    this.users = users;
    this.audit = audit;
    this.notifier = notifier;
    this.process = process;
    this.afterCommit = afterCommit;
    this.clock = clock;
  }

  /** The cards the signed-in person may see: a FinOps Lead all, others their products' cards. */
  @Transactional(readOnly = true)
  public SpendCardView.Page list(String week, int page) {
    String user = currentUser.username();
    List<Object> params = new ArrayList<>();
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (!currentUser.has(Role.FINOPS_LEAD)) {
      where.append(
          " and (w.product_id in (select node_id from org_node_owner where username = ?)"
              + " or p.parent_id in (select node_id from org_node_owner where username = ?))");
      params.add(user);
      params.add(user);
    }
    if (week != null && !week.isBlank()) {
      where.append(" and c.week_start = ?");
      params.add(Date.valueOf(Weeks.parseMonday(week)));
    }
    int from = Math.max(page, 0) * PAGE_SIZE;
    long total =
        jdbc.sql(
                "select count(*) from spend_card c join workload w on w.id = c.workload_id"
                    + " join org_node p on p.id = w.product_id"
                    + where)
            .params(params)
            .query(Long.class)
            .single();
    Viewer viewer = viewer();
    List<SpendCardView> content =
        jdbc.sql(
                SELECT
                    + where
                    + " order by c.week_start desc, w.name, c.id offset "
                    + from
                    + " rows fetch next "
                    + PAGE_SIZE
                    + " rows only")
            .params(params)
            .query((rs, n) -> view(rs, viewer, List.of(), List.of()))
            .list();
    return new SpendCardView.Page(content, Math.max(page, 0), PAGE_SIZE, total);
  }

  /** One card with its breakdown and trend; 404 for a card the person may not see. */
  @Transactional(readOnly = true)
  public SpendCardView get(String id) {
    Card card = visible(id);
    List<SpendCardView.Line> lines =
        jdbc.sql(
                "select dimension, label, actual, estimate from spend_card_line where card_id = ?"
                    + " order by dimension, actual desc, label")
            .param(id)
            .query(
                (rs, n) ->
                    new SpendCardView.Line(
                        rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
            .list();
    List<SpendCardView.Week> trend =
        jdbc.sql(
                "select week_start, actual from spend_card_trend where card_id = ?"
                    + " order by week_start")
            .param(id)
            .query(
                (rs, n) ->
                    new SpendCardView.Week(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)))
            .list();
    return jdbc.sql(SELECT + " where c.id = ?")
        .param(id)
        .query((rs, n) -> view(rs, viewer(), lines, trend))
        .single();
  }

  /** The rendered body of a card the person may see. */
  @Transactional(readOnly = true)
  public String body(String id) {
    visible(id);
    return jdbc.sql("select body_html from spend_card where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  public SpendCardView approve(String id) {
    Card card = decidable(id, "approve-spend-card");
    String user = currentUser.username();
    decide(card, SpendCardStatus.APPROVED, user, null);
    return get(id);
  }

  public SpendCardView dispute(String id, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidFieldException("reason", "is required to dispute a spend card");
    }
    if (reason.length() > REASON_LENGTH) {
      throw new InvalidFieldException("reason", "must be at most 2000 characters");
    }
    Card card = decidable(id, "dispute-spend-card");
    String user = currentUser.username();
    decide(card, SpendCardStatus.DISPUTED, user, reason.strip());
    return get(id);
  }

  /** The Portfolio owner's review of a dispute: {@code UPHOLD} or {@code REJECT}, with a note. */
  public SpendCardView review(String id, String outcome, String note) {
    List<ApiProblemHandler.FieldProblem> problems = new ArrayList<>();
    if (outcome == null || !(outcome.equals("UPHOLD") || outcome.equals("REJECT"))) {
      problems.add(new ApiProblemHandler.FieldProblem("outcome", "must be UPHOLD or REJECT"));
    }
    if (note == null || note.isBlank()) {
      problems.add(new ApiProblemHandler.FieldProblem("note", "is required"));
    } else if (note.length() > REASON_LENGTH) {
      problems.add(new ApiProblemHandler.FieldProblem("note", "must be at most 2000 characters"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldException(problems);
    }
    Card card = visibleOrForbidden(id, "review-spend-card");
    String user = currentUser.username();
    if (!reviewers(card).contains(user) || user.equals(card.decidedBy)) {
      throw new ForbiddenActionException(
          "review-spend-card",
          "spend-card",
          id,
          "Only an owner of the portfolio reviews a disputed spend card, and never their own"
              + " dispute.");
    }
    if (card.status != SpendCardStatus.DISPUTED) {
      throw new ConflictException("The spend card is " + card.status.label() + ", not Disputed.");
    }
    SpendCardStatus result =
        outcome.equals("UPHOLD")
            ? SpendCardStatus.DISPUTE_UPHELD
            : SpendCardStatus.DISPUTE_REJECTED;
    afterCommit.write(
        () -> {
          int updated =
              jdbc.sql(
                      "update spend_card set status = ?, reviewed_by = ?, reviewed_at = ?,"
                          + " review_note = ? where id = ? and status = ?")
                  .params(result.name(), user, now(), note.strip(), id, card.status.name())
                  .update();
          if (updated == 0) {
            throw new ConflictException("The spend card changed meanwhile; reload it.");
          }
          audit.record(
              Actor.person(user),
              "spend-card-dispute-reviewed",
              "spend-card",
              id,
              result.label() + ": " + note.strip());
          return id;
        },
        written ->
            process.complete(
                id, SpendCardProcess.REVIEW_DISPUTE_TASK, Map.of("reviewOutcome", outcome)),
        written ->
            jdbc.sql(
                    "update spend_card set status = ?, reviewed_by = null, reviewed_at = null,"
                        + " review_note = null where id = ?")
                .params(card.status.name(), id)
                .update());
    return get(id);
  }

  /** Agent Bill accepts the cards of a review batch nobody approved or disputed in time. */
  @Transactional
  public void autoAccept(long processInstanceKey, int batchNo, String dedupKey) {
    List<String> ids =
        jdbc.sql(
                "select id from spend_card where process_instance_key = ? and batch_no = ?"
                    + " and status = ?")
            .params(processInstanceKey, batchNo, SpendCardStatus.AWAITING_REVIEW.name())
            .query(String.class)
            .list();
    for (String id : ids) {
      jdbc.sql(
              "update spend_card set status = ?, decided_by = ?, decided_at = ?"
                  + " where id = ? and status = ?")
          .params(
              SpendCardStatus.AUTO_ACCEPTED.name(),
              Actor.AGENT_BILL.name(),
              now(),
              id,
              SpendCardStatus.AWAITING_REVIEW.name())
          .update();
      audit.recordOnce(
          dedupKey + "-" + id,
          Actor.AGENT_BILL,
          "spend-card-auto-accepted",
          "spend-card",
          id,
          "Nobody approved or disputed the card within 14 days");
    }
  }

  /**
   * Notifies the card's {@code product-owners} or {@code portfolio-owners} (comma separated) with
   * the template; the key makes a redelivered job notify nobody twice.
   */
  @Transactional
  public void notify(String id, String template, String recipients, String dedupKey) {
    Card card = card(id);
    Set<String> to = new LinkedHashSet<>();
    for (String name : recipients.split(",")) {
      switch (name.strip()) {
        case "product-owners" -> to.addAll(productOwners(card));
        case "portfolio-owners" -> to.addAll(reviewers(card));
        default -> throw new IllegalArgumentException("Unknown recipients '" + name + "'");
      }
    }
    Map<String, Object> model = new HashMap<>();
    model.put("workloadName", card.workloadName);
    model.put("weekStart", card.weekStart.toString());
    model.put("actual", card.actual);
    model.put("disputedBy", String.valueOf(card.decidedBy));
    model.put("reason", String.valueOf(card.disputeReason));
    model.put("reviewedBy", String.valueOf(card.reviewedBy));
    model.put("outcome", card.status.label());
    model.put("note", card.reviewNote == null ? "" : card.reviewNote);
    notifier.send(to, template, model, "/spend-cards/" + id, dedupKey);
  }

  /**
   * Records the decision, then completes the card's task; a dispute first starts its review by the
   * portfolio's owners (cancelled again if the card's task cannot be completed).
   */
  private void decide(Card card, SpendCardStatus status, String user, String reason) {
    boolean dispute = status == SpendCardStatus.DISPUTED;
    afterCommit.write(
        () -> {
          int updated =
              jdbc.sql(
                      "update spend_card set status = ?, decided_by = ?, decided_at = ?,"
                          + " dispute_reason = ? where id = ? and status = ?")
                  .params(
                      status.name(),
                      user,
                      now(),
                      reason,
                      card.id,
                      SpendCardStatus.AWAITING_REVIEW.name())
                  .update();
          if (updated == 0) {
            throw new ConflictException("The spend card changed meanwhile; reload it.");
          }
          audit.record(
              Actor.person(user),
              dispute ? "spend-card-disputed" : "spend-card-approved",
              "spend-card",
              card.id,
              reason);
          return card.id;
        },
        written -> {
          Long review = dispute ? process.startDispute(card.id, reviewers(card)) : null;
          try {
            process.complete(card.id, SpendCardProcess.REVIEW_CARD_TASK, Map.of());
          } catch (RuntimeException e) {
            if (review != null) {
              process.cancel(review);
            }
            throw e;
          }
          if (review != null) {
            jdbc.sql("update spend_card set dispute_process_key = ? where id = ?")
                .params(review, card.id)
                .update();
          }
        },
        written ->
            jdbc.sql(
                    "update spend_card set status = ?, decided_by = null, decided_at = null,"
                        + " dispute_reason = null where id = ?")
                .params(SpendCardStatus.AWAITING_REVIEW.name(), card.id)
                .update());
  }

  private Card decidable(String id, String action) {
    Card card = visibleOrForbidden(id, action);
    if (!productOwners(card).contains(currentUser.username())) {
      throw new ForbiddenActionException(
          action,
          "spend-card",
          id,
          "Only an owner of the workload's product approves or disputes its spend card.");
    }
    if (card.status != SpendCardStatus.AWAITING_REVIEW) {
      throw new ConflictException(
          "The spend card is " + card.status.label() + ", not Awaiting review.");
    }
    return card;
  }

  /** A card someone without a right to see it asks to change: 403 (and audited), not 404. */
  private Card visibleOrForbidden(String id, String action) {
    Card card = card(id);
    if (!viewer().sees(card)) {
      throw new ForbiddenActionException(
          action, "spend-card", id, "This spend card is not one of your products' cards.");
    }
    return card;
  }

  private Card visible(String id) {
    Card card = card(id);
    if (!viewer().sees(card)) {
      throw new NotFoundException("spend card", id);
    }
    return card;
  }

  private Card card(String id) {
    return jdbc.sql(SELECT + " where c.id = ?")
        .param(id)
        .query((rs, n) -> Card.of(rs))
        .optional()
        .orElseThrow(() -> new NotFoundException("spend card", id));
  }

  private Set<String> productOwners(Card card) {
    return owners(card.productId);
  }

  private Set<String> reviewers(Card card) {
    Set<String> portfolio = card.portfolioId == null ? Set.of() : owners(card.portfolioId);
    return portfolio.isEmpty()
        ? new LinkedHashSet<>(users.usernamesWithRole(Role.FINOPS_LEAD))
        : portfolio;
  }

  private Set<String> owners(String nodeId) {
    return new LinkedHashSet<>(
        jdbc.sql("select username from org_node_owner where node_id = ? order by username")
            .param(nodeId)
            .query(String.class)
            .list());
  }

  private Viewer viewer() {
    String user = currentUser.username();
    Set<String> owned =
        new LinkedHashSet<>(
            jdbc.sql("select node_id from org_node_owner where username = ?")
                .param(user)
                .query(String.class)
                .list());
    return new Viewer(user, currentUser.has(Role.FINOPS_LEAD), owned);
  }

  private SpendCardView view(
      ResultSet rs, Viewer viewer, List<SpendCardView.Line> lines, List<SpendCardView.Week> trend)
      throws SQLException {
    Card card = Card.of(rs);
    boolean owner = viewer.owned.contains(card.productId);
    boolean canReview =
        card.status == SpendCardStatus.DISPUTED
            && !viewer.username.equals(card.decidedBy)
            && reviewers(card).contains(viewer.username);
    OffsetDateTime through = rs.getObject("data_through", OffsetDateTime.class);
    OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
    OffsetDateTime reviewedAt = rs.getObject("reviewed_at", OffsetDateTime.class);
    return new SpendCardView(
        card.id,
        rs.getString("workload_id"),
        card.workloadName,
        rs.getString("product_name"),
        card.weekStart,
        card.weekStart.plusDays(6),
        card.status,
        card.status.label(),
        rs.getBoolean("provisional"),
        through == null ? null : through.toInstant(),
        card.actual,
        rs.getBigDecimal("weekly_estimate"),
        rs.getBigDecimal("monthly_budget"),
        rs.getString("budget_source"),
        rs.getString("budget_month"),
        rs.getBigDecimal("month_to_date"),
        rs.getString("business_case_type"),
        rs.getBigDecimal("business_case_opportunity"),
        card.decidedBy,
        decidedAt == null ? null : decidedAt.toInstant(),
        card.disputeReason,
        card.reviewedBy,
        reviewedAt == null ? null : reviewedAt.toInstant(),
        card.reviewNote,
        owner && card.status == SpendCardStatus.AWAITING_REVIEW,
        canReview,
        lines,
        trend);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  private record Viewer(String username, boolean finopsLead, Set<String> owned) {
    boolean sees(Card card) {
      return finopsLead || owned.contains(card.productId) || owned.contains(card.portfolioId);
    }
  }

  private record Card(
      String id,
      String workloadName,
      String productId,
      String portfolioId,
      LocalDate weekStart,
      SpendCardStatus status,
      java.math.BigDecimal actual,
      String decidedBy,
      String disputeReason,
      String reviewedBy,
      String reviewNote) {

    static Card of(ResultSet rs) throws SQLException {
      return new Card(
          rs.getString("id"),
          rs.getString("workload_name"),
          rs.getString("product_id"),
          rs.getString("portfolio_id"),
          rs.getObject("week_start", LocalDate.class),
          SpendCardStatus.valueOf(rs.getString("status")),
          rs.getBigDecimal("actual"),
          rs.getString("decided_by"),
          rs.getString("dispute_reason"),
          rs.getString("reviewed_by"),
          rs.getString("review_note"));
    }
  }
}
