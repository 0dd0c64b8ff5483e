package dev.onramp.app.spendcards;

import dev.onramp.app.attribution.WeeklySpend;
import dev.onramp.app.audit.Actor;
import dev.onramp.app.audit.AuditLog;
import dev.onramp.app.notification.Notifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the weekly cards (Agent Bill): one per Live workload and week, for every workload Live
 * before the week ended, so the first card is written on the first Monday after going Live and
 * covers the week the workload went Live in (spend counts from the claim on). The unique (workload,
 * week) key makes a second run, or two runs at once, write each card once. Cards are written in
 * batches with the figures read in bulk: ten thousand cards are a few queries and a few batches.
 */
@Service
public class SpendCardGenerator {

  private static final int SQL_BATCH = 1_000;

  /**
   * Cards per review batch of the process. The engine builds every expression's context from all
   * visible variables, so a collection of all cards in one scope would be read once per card; a
   * batch keeps each card's context small.
   */
  static final int CARDS_PER_BATCH = 100;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final WeeklySpend weekly;
  private final SpendCardRenderer renderer;
  private final Notifier notifier;
  private final AuditLog audit;
  private final Clock clock;

  SpendCardGenerator(
      JdbcClient jdbc,
      JdbcTemplate template,
      WeeklySpend weekly,
      SpendCardRenderer renderer,
      Notifier notifier,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.template = template;
    this.weekly = weekly;
    this.renderer = renderer;
    this.notifier = notifier;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * One review batch as the process iterates over it: the card ids and, in the same order, who
   * approves or disputes each (the owners of its workload's product).
   */
  public record Batch(List<String> cardIds, List<List<String>> owners) {}

  /**
   * Writes the week's missing cards and answers the review batches of every card this process
   * instance wrote, so a redelivered job hands the same cards to the process again.
   */
  @Transactional
  public List<Integer> generate(LocalDate monday, long processInstanceKey) {
    refreshProvisional();
    int earlier =
        jdbc.sql("select count(*) from spend_card where process_instance_key = ?")
            .param(processInstanceKey)
            .query(Integer.class)
            .single();
    Set<String> carded =
        new HashSet<>(
            jdbc.sql("select workload_id from spend_card where week_start = ?")
                .param(Date.valueOf(monday))
                .query(String.class)
                .list());
    Instant weekEnd = Weeks.end(monday);
    Map<String, Instant> due = new TreeMap<>();
    weekly
        .liveSince()
        .forEach(
            (workloadId, since) -> {
              if (since.isBefore(weekEnd) && !carded.contains(workloadId)) {
                due.put(workloadId, since);
              }
            });
    Context context = context();
    Instant through = weekly.dataThrough().orElse(null);
    Map<String, WeeklySpend.Figures> figures = weekly.figures(monday, due.keySet());
    OffsetDateTime now = now();
    List<Object[]> cards = new ArrayList<>();
    List<Object[]> lines = new ArrayList<>();
    List<Object[]> trend = new ArrayList<>();
    Map<String, Integer> perOwner = new TreeMap<>();
    for (Map.Entry<String, Instant> entry : due.entrySet()) {
      String cardId = UUID.randomUUID().toString();
      Context.Workload workload = context.workloads.get(entry.getKey());
      WeeklySpend.Figures f = figures.get(entry.getKey());
      boolean provisional = !Weeks.complete(monday, through);
      SpendCardContent content =
          SpendCardContent.of(
              cardId,
              workload.name,
              workload.productName,
              entry.getValue(),
              provisional,
              through,
              f,
              workload.businessCaseType,
              workload.opportunity);
      cards.add(
          new Object[] {
            cardId,
            entry.getKey(),
            Date.valueOf(monday),
            SpendCardStatus.AWAITING_REVIEW.name(),
            provisional,
            through == null ? null : OffsetDateTime.ofInstant(through, ZoneOffset.UTC),
            f.actual(),
            f.weeklyEstimate(),
            f.monthlyBudget(),
            f.budgetSource(),
            f.budgetMonth().toString(),
            f.monthToDate(),
            workload.businessCaseType,
            workload.opportunity,
            renderer.render(content),
            processInstanceKey,
            (earlier + cards.size()) / CARDS_PER_BATCH,
            now,
            now
          });
      addFigures(cardId, f, lines, trend);
      for (String owner : context.owners(workload.productId)) {
        perOwner.merge(owner, 1, Integer::sum);
      }
    }
    batch(
        """
        insert into spend_card (id, workload_id, week_start, status, provisional, data_through,
          actual, weekly_estimate, monthly_budget, budget_source, budget_month, month_to_date,
          business_case_type, business_case_opportunity, body_html, process_instance_key,
          batch_no, generated_at, refreshed_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        cards);
    insertFigures(lines, trend);
    audit.record(
        Actor.AGENT_BILL,
        "spend-cards-generated",
        "spend-card-week",
        monday.toString(),
        cards.size()
            + " cards for the week of "
            + monday
            + " (process "
            + processInstanceKey
            + ")");
    perOwner.forEach(
        (owner, count) ->
            notifier.send(
                List.of(owner),
                "spend-cards-ready",
                Map.of("weekStart", monday.toString(), "count", count),
                "/spend-cards?week=" + monday,
                "spend-cards-ready-" + monday + "-" + processInstanceKey));
    return jdbc.sql(
            "select distinct batch_no from spend_card where process_instance_key = ?"
                + " order by batch_no")
        .param(processInstanceKey)
        .query(Integer.class)
        .list();
  }

  /** The cards of one review batch of the instance and who decides on each. */
  @Transactional(readOnly = true)
  public Batch batch(long processInstanceKey, int batchNo) {
    Context context = context();
    List<String> ids = new ArrayList<>();
    List<List<String>> owners = new ArrayList<>();
    jdbc.sql(
            """
            select c.id, w.product_id from spend_card c join workload w on w.id = c.workload_id
            where c.process_instance_key = ? and c.batch_no = ? order by c.id
            """)
        .params(processInstanceKey, batchNo)
        .query(
            rs -> {
              ids.add(rs.getString(1));
              owners.add(List.copyOf(context.owners(rs.getString(2))));
            });
    return new Batch(ids, owners);
  }

  /**
   * Recomputes the provisional cards from the spend imported by now; a card whose week's billing
   * data is complete becomes final. Decisions already taken on a card stay.
   *
   * @return how many cards were recomputed
   */
  @Transactional
  public int refreshProvisional() {
    Map<LocalDate, Map<String, String>> byWeek = new TreeMap<>();
    jdbc.sql("select week_start, workload_id, id from spend_card where provisional = true")
        .query(
            rs -> {
              byWeek
                  .computeIfAbsent(rs.getObject(1, LocalDate.class), w -> new HashMap<>())
                  .put(rs.getString(2), rs.getString(3));
            });
    if (byWeek.isEmpty()) {
      return 0;
    }
    Context context = context();
    Map<String, Instant> live = weekly.liveSince();
    Instant through = weekly.dataThrough().orElse(null);
    OffsetDateTime now = now();
    int refreshed = 0;
    for (Map.Entry<LocalDate, Map<String, String>> week : byWeek.entrySet()) {
      LocalDate monday = week.getKey();
      boolean provisional = !Weeks.complete(monday, through);
      Map<String, WeeklySpend.Figures> figures = weekly.figures(monday, week.getValue().keySet());
      List<Object[]> updates = new ArrayList<>();
      List<Object[]> lines = new ArrayList<>();
      List<Object[]> trend = new ArrayList<>();
      List<Object[]> ids = new ArrayList<>();
      for (Map.Entry<String, String> card : week.getValue().entrySet()) {
        Context.Workload workload = context.workloads.get(card.getKey());
        WeeklySpend.Figures f = figures.get(card.getKey());
        String cardId = card.getValue();
        SpendCardContent content =
            SpendCardContent.of(
                cardId,
                workload.name,
                workload.productName,
                live.get(card.getKey()),
                provisional,
                through,
                f,
                workload.businessCaseType,
                workload.opportunity);
        updates.add(
            new Object[] {
              provisional,
              through == null ? null : OffsetDateTime.ofInstant(through, ZoneOffset.UTC),
              f.actual(),
              f.weeklyEstimate(),
              f.monthlyBudget(),
              f.budgetSource(),
              f.monthToDate(),
              renderer.render(content),
              now,
              cardId
            });
        ids.add(new Object[] {cardId});
        addFigures(cardId, f, lines, trend);
      }
      batch(
          """
          update spend_card set provisional = ?, data_through = ?, actual = ?,
            weekly_estimate = ?, monthly_budget = ?, budget_source = ?, month_to_date = ?,
            body_html = ?, refreshed_at = ?
          where id = ?
          """,
          updates);
      batch("delete from spend_card_line where card_id = ?", ids);
      batch("delete from spend_card_trend where card_id = ?", ids);
      insertFigures(lines, trend);
      refreshed += updates.size();
      audit.record(
          Actor.AGENT_BILL,
          provisional ? "spend-cards-refreshed" : "spend-cards-finalised",
          "spend-card-week",
          monday.toString(),
          updates.size() + " cards recomputed from data through " + through);
    }
    return refreshed;
  }

  private static void addFigures(
      String cardId, WeeklySpend.Figures f, List<Object[]> lines, List<Object[]> trend) {
    for (WeeklySpend.Line line : f.lines()) {
      lines.add(
          new Object[] {
            cardId, line.dimension(), cut(line.label(), 200), line.actual(), line.estimate()
          });
    }
    f.trend()
        .forEach((week, amount) -> trend.add(new Object[] {cardId, Date.valueOf(week), amount}));
  }

  private void insertFigures(List<Object[]> lines, List<Object[]> trend) {
    batch(
        "insert into spend_card_line (card_id, dimension, label, actual, estimate)"
            + " values (?, ?, ?, ?, ?)",
        lines);
    batch("insert into spend_card_trend (card_id, week_start, actual) values (?, ?, ?)", trend);
  }

  private void batch(String sql, List<Object[]> rows) {
    for (int from = 0; from < rows.size(); from += SQL_BATCH) {
      template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + SQL_BATCH)));
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  /** Names, products, owners and business cases, read once per run. */
  private Context context() {
    Map<String, Context.Workload> workloads = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    jdbc.sql("select id, name from org_node")
        .query(
            rs -> {
              names.put(rs.getString(1), rs.getString(2));
            });
    Map<String, Set<String>> owners = new HashMap<>();
    jdbc.sql("select node_id, username from org_node_owner")
        .query(
            rs -> {
              owners.computeIfAbsent(rs.getString(1), n -> new TreeSet<>()).add(rs.getString(2));
            });
    Map<String, Object[]> cases = new HashMap<>();
    jdbc.sql(
            """
            select workload_id, business_case_type, business_case_annual_amount,
              business_case_target_percent
            from business_request where founding = true
            """)
        .query(
            rs -> {
              BigDecimal amount = rs.getBigDecimal(3);
              BigDecimal percent = rs.getBigDecimal(4);
              BigDecimal opportunity =
                  amount == null || percent == null
                      ? null
                      : amount
                          .multiply(percent)
                          .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
              cases.put(rs.getString(1), new Object[] {rs.getString(2), opportunity});
            });
    jdbc.sql("select id, name, product_id from workload")
        .query(
            rs -> {
              Object[] businessCase = cases.getOrDefault(rs.getString(1), new Object[2]);
              workloads.put(
                  rs.getString(1),
                  new Context.Workload(
                      rs.getString(2),
                      rs.getString(3),
                      names.get(rs.getString(3)),
                      (String) businessCase[0],
                      (BigDecimal) businessCase[1]));
            });
    return new Context(workloads, owners);
  }

  private record Context(Map<String, Workload> workloads, Map<String, Set<String>> nodeOwners) {

    record Workload(
        String name,
        String productId,
        String productName,
        String businessCaseType,
        BigDecimal opportunity) {}

    Collection<String> owners(String productId) {
      return nodeOwners.getOrDefault(productId, Set.of());
    }
  }
}
