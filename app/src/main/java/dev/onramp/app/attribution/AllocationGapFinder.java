package dev.onramp.app.attribution;

import dev.onramp.app.audit.Actor;
import dev.onramp.app.audit.AuditLog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a month's allocation gaps from the imported spend, the approvals and the claims. Looking is
 * read-only; each gap is audited once (as Agent Bill) when billing data for its month is imported,
 * which is when Agent Bill detects it.
 */
@Service
public class AllocationGapFinder {

  /** Request statuses that mean a FinOps Lead approved the request's model. */
  static final Set<String> APPROVED =
      Set.of("APPROVED", "CE_IN_PROGRESS", "READY_TO_CLAIM", "LIVE");

  private static final int QUIET_DAYS = 14;

  private final JdbcClient jdbc;
  private final AuditLog audit;

  AllocationGapFinder(JdbcClient jdbc, AuditLog audit) {
    this.jdbc = jdbc;
    this.audit = audit;
  }

  /** The month's gaps as the data stands now; writes nothing. */
  @Transactional(readOnly = true)
  public AllocationGaps find(Period period) {
    List<Spend> spend = spend(period);
    List<Approved> approvals = approvals();
    List<AllocationGap> gaps = new ArrayList<>();
    gaps.addAll(broadRoles(spend));
    gaps.addAll(modelsWithoutRequest(spend, approvals));
    gaps.addAll(outsideScope(spend, approvals));
    gaps.addAll(neverClaimed(spend, approvals));
    gaps.addAll(quietClaims(period));
    gaps.addAll(unparseable(spend));
    BigDecimal gapSpend = BigDecimal.ZERO;
    for (AllocationGap gap : gaps) {
      gapSpend = gapSpend.add(gap.spend());
    }
    BigDecimal[] opportunity = opportunity();
    return new AllocationGaps(period.toString(), opportunity[0], opportunity[1], gapSpend, gaps);
  }

  /**
   * Detects the month's gaps and audits each one the first time: the audit entry says when Agent
   * Bill first found it. Run after every import of the month; running it again records nothing new
   * (one entry per gap, kind, key and month).
   */
  @Transactional
  public AllocationGaps detect(Period period) {
    AllocationGaps found = find(period);
    for (AllocationGap gap : found.gaps()) {
      audit.recordOnce(
          "gap-" + gap.kind() + "-" + bounded(gap.key()) + "-" + period,
          Actor.AGENT_BILL,
          "allocation-gap",
          AllocationGap.AUDIT_SUBJECT_TYPE,
          gap.auditSubjectId(),
          period + ": " + gap.spend().toPlainString() + " USD. " + gap.action());
    }
    return found;
  }

  /**
   * The audit key has room for 200 characters: a long key (a model name or a garbled principal can
   * run to hundreds) is replaced by its SHA-256, still one key per gap.
   */
  static String bounded(String key) {
    if (key.length() <= 120) {
      return key;
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A broad role is one people share: the administrator and power-user SSO permission sets. */
  static boolean broad(String roleName) {
    String name = roleName.toLowerCase(Locale.ROOT);
    return name.startsWith("awsreservedsso_administratoraccess_")
        || name.contains("poweruser")
        || name.contains("admin");
  }

  private List<AllocationGap> broadRoles(List<Spend> spend) {
    Map<String, Gap> byRole = new LinkedHashMap<>();
    for (Spend s : spend) {
      if (s.isRole() && broad(s.roleName())) {
        byRole
            .computeIfAbsent(
                s.account() + "/" + s.roleName(),
                k ->
                    new Gap(
                        GapKind.BROAD_SHARED_ROLE,
                        k,
                        s.principal(),
                        null,
                        null,
                        null,
                        s.account(),
                        null,
                        "Move this usage to a dedicated workload role"))
            .add(s.cost());
      }
    }
    return done(byRole);
  }

  private List<AllocationGap> modelsWithoutRequest(List<Spend> spend, List<Approved> approvals) {
    Set<String> approved = new HashSet<>();
    for (Approved a : approvals) {
      if (APPROVED.contains(a.status())) {
        approved.add(ModelKey.of(a.modelId()));
      }
    }
    Map<String, Gap> byModel = new LinkedHashMap<>();
    for (Spend s : spend) {
      if (s.model() != null && !approved.contains(ModelKey.of(s.model()))) {
        byModel
            .computeIfAbsent(
                s.model(),
                m ->
                    new Gap(
                        GapKind.MODEL_WITHOUT_REQUEST,
                        m,
                        null,
                        null,
                        null,
                        m,
                        null,
                        null,
                        "Submit a Business Request for " + m))
            .add(s.cost());
      }
    }
    return done(byModel);
  }

  private List<AllocationGap> outsideScope(List<Spend> spend, List<Approved> approvals) {
    Map<String, Gap> byScope = new LinkedHashMap<>();
    for (Approved a : approvals) {
      String model = ModelKey.of(a.modelId());
      for (Spend s : spend) {
        if (!s.isRole()
            || !s.roleName().equalsIgnoreCase(a.roleName())
            || !model.equals(ModelKey.of(s.model()))
            || (s.account().equals(a.accountId()) && a.allows(s.region()))) {
          continue;
        }
        byScope
            .computeIfAbsent(
                s.account() + "/" + s.roleName() + "/" + s.region(),
                k ->
                    new Gap(
                        GapKind.OUTSIDE_APPROVED_SCOPE,
                        k,
                        s.principal(),
                        a.workloadId(),
                        a.workloadName(),
                        s.model(),
                        s.account(),
                        s.region(),
                        "Call "
                            + a.modelId()
                            + " from account "
                            + a.accountId()
                            + " in "
                            + a.region()
                            + " as approved, or submit a Business Request for this scope"))
            .add(s.cost());
      }
    }
    return done(byScope);
  }

  private List<AllocationGap> neverClaimed(List<Spend> spend, List<Approved> approvals) {
    Map<String, Gap> byRole = new LinkedHashMap<>();
    for (Approved a : approvals) {
      if (a.claimed()) {
        continue;
      }
      for (Spend s : spend) {
        if (s.isRole()
            && s.account().equals(a.accountId())
            && s.roleName().equalsIgnoreCase(a.roleName())) {
          byRole
              .computeIfAbsent(
                  a.accountId() + "/" + a.roleName(),
                  k ->
                      new Gap(
                          GapKind.ROLE_NEVER_CLAIMED,
                          k,
                          s.principal(),
                          a.workloadId(),
                          a.workloadName(),
                          a.modelId(),
                          a.accountId(),
                          null,
                          "Claim role " + a.roleName()))
              .add(s.cost());
        }
      }
    }
    return done(byRole);
  }

  /**
   * Components claimed at least 14 days before the period's last hour of data, with no spend since
   * the claim: the workload was never wired to its role, or calls Bedrock another way.
   */
  private List<AllocationGap> quietClaims(Period period) {
    OffsetDateTime last =
        jdbc.sql("select max(usage_hour) from spend_line where usage_hour >= ? and usage_hour < ?")
            .params(period.start(), period.end())
            .query(OffsetDateTime.class)
            .optional()
            .orElse(null);
    if (last == null) {
      return List.of();
    }
    OffsetDateTime dataEnd = last.plusHours(1);
    return jdbc.sql(
            """
            select c.role_arn, c.workload_id, w.name, c.model_id, c.region
            from ai_component c join workload w on w.id = c.workload_id
            where c.claimed_at is not null and c.role_arn is not null and c.claimed_at <= ?
              and not exists (select 1 from spend_line s
                              where s.role_key = lower(c.role_arn)
                                and s.usage_hour > c.claimed_at and s.usage_hour < ?)
            order by w.name, c.role_arn
            """)
        .params(dataEnd.minusDays(QUIET_DAYS), dataEnd)
        .query(
            (rs, n) ->
                new AllocationGap(
                    GapKind.NO_SPEND_AFTER_14_DAYS,
                    rs.getString(1).split(":")[4] + "/" + roleName(rs.getString(1)),
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(1).split(":")[4],
                    rs.getString(5),
                    BigDecimal.ZERO,
                    "Check the workload's integration"))
        .list();
  }

  private List<AllocationGap> unparseable(List<Spend> spend) {
    Map<String, Gap> byPrincipal = new LinkedHashMap<>();
    for (Spend s : spend) {
      if (s.kind() == PrincipalKind.UNPARSEABLE) {
        byPrincipal
            .computeIfAbsent(
                s.principal(),
                p ->
                    new Gap(
                        GapKind.UNPARSEABLE_PRINCIPAL,
                        p,
                        p,
                        null,
                        null,
                        null,
                        s.account(),
                        null,
                        "Fix the principal in the billing export"))
            .add(s.cost());
      }
    }
    return done(byPrincipal);
  }

  /**
   * Cost Saving and Revenue Driving opportunity declared by the approved requests (approved, being
   * implemented, ready to claim or Live), in that order.
   */
  private BigDecimal[] opportunity() {
    BigDecimal[] totals = {BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)};
    jdbc.sql(
            """
            select business_case_type, business_case_annual_amount, business_case_target_percent
            from business_request
            where status in ('APPROVED', 'CE_IN_PROGRESS', 'READY_TO_CLAIM', 'LIVE')
              and business_case_type is not null
              and business_case_annual_amount is not null
              and business_case_target_percent is not null
            """)
        .query(
            rs -> {
              BigDecimal amount =
                  rs.getBigDecimal(2)
                      .multiply(rs.getBigDecimal(3))
                      .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
              int i = "REVENUE_DRIVING".equals(rs.getString(1)) ? 1 : 0;
              totals[i] = totals[i].add(amount);
            });
    return totals;
  }

  private List<Spend> spend(Period period) {
    return jdbc.sql(
            """
            select principal_kind, principal, role_key, usage_account_id, region, model, sum(cost)
            from spend_line where usage_hour >= ? and usage_hour < ?
            group by principal_kind, principal, role_key, usage_account_id, region, model
            """)
        .params(period.start(), period.end())
        .query(
            (rs, n) ->
                new Spend(
                    PrincipalKind.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getBigDecimal(7)))
        .list();
  }

  private List<Approved> approvals() {
    return jdbc.sql(
            """
            select a.model_id, a.account_id, a.region, a.inference_profile_type,
                   a.profile_regions, a.role_name, r.status, c.claimed_at, w.id, w.name
            from approval a
            join business_request r on r.id = a.request_id
            join workload w on w.id = r.workload_id
            left join ai_component c on c.request_id = a.request_id
            """)
        .query(
            (rs, n) ->
                new Approved(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getObject(8) != null,
                    rs.getString(9),
                    rs.getString(10)))
        .list();
  }

  private static List<AllocationGap> done(Map<String, Gap> gaps) {
    return gaps.values().stream()
        .map(Gap::gap)
        .sorted(Comparator.comparing(AllocationGap::spend).reversed())
        .toList();
  }

  static String roleName(String roleArnOrKey) {
    return roleArnOrKey.substring(roleArnOrKey.lastIndexOf('/') + 1);
  }

  /** Spend of a month summed per caller, account, region and model. */
  private record Spend(
      PrincipalKind kind,
      String principal,
      String roleKey,
      String usageAccount,
      String region,
      String model,
      BigDecimal cost) {

    /** The role's own account (a role key is arn:partition:iam::account:role/name). */
    String account() {
      return isRole() ? roleKey.split(":")[4] : usageAccount;
    }

    boolean isRole() {
      return kind == PrincipalKind.ROLE && roleKey != null && roleKey.split(":").length > 5;
    }

    String roleName() {
      return AllocationGapFinder.roleName(roleKey);
    }
  }

  private record Approved(
      String modelId,
      String accountId,
      String region,
      String profileType,
      String profileRegions,
      String roleName,
      String status,
      boolean claimed,
      String workloadId,
      String workloadName) {

    /** A global profile may be served anywhere; others in the approved and profile regions. */
    boolean allows(String used) {
      return "GLOBAL".equals(profileType)
          || used == null
          || used.equals(region)
          || Arrays.asList(profileRegions.split(",")).contains(used);
    }
  }

  /** A gap whose spend is being summed. */
  private static final class Gap {
    private final AllocationGap start;
    private BigDecimal spend = BigDecimal.ZERO;

    Gap(
        GapKind kind,
        String key,
        String principal,
        String workloadId,
        String workloadName,
        String model,
        String accountId,
        String region,
        String action) {
      this.start =
          new AllocationGap(
              kind,
              key,
              principal,
              workloadId,
              workloadName,
              model,
              accountId,
              region,
              null,
              action);
    }

    void add(BigDecimal cost) {
      spend = spend.add(cost);
    }

    AllocationGap gap() {
      return new AllocationGap(
          start.kind(),
          start.key(),
          start.principal(),
          start.workloadId(),
          start.workloadName(),
          start.model(),
          start.accountId(),
          start.region(),
          spend,
          start.action());
    }
  }
}
