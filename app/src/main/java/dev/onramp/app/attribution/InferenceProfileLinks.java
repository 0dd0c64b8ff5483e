package dev.onramp.app.attribution;

import dev.onramp.app.audit.Actor;
import dev.onramp.app.audit.AuditLog;
import dev.onramp.app.web.ConflictException;
import dev.onramp.app.web.InvalidFieldException;
import dev.onramp.app.web.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Application inference profiles whose spend belongs to an AI component: the fallback when a bill
 * names no caller (FOCUS rows, or spend before caller-identity data was switched on), see
 * aws-reference.md §5. A link takes effect for all imported spend at once: the monthly summary the
 * roll-up reads is recomputed for the billing periods holding the profile's lines; spend still
 * counts only after the component's claim.
 */
@Service
public class InferenceProfileLinks {

  /** {@code arn:<partition>:bedrock:<region>:<account>:application-inference-profile/<id>}. */
  static final Pattern PROFILE_ARN =
      Pattern.compile(
          "^arn:aws[a-z-]*:bedrock:[a-z]{2}(-[a-z]+)+-\\d+:\\d{12}:application-inference-profile/"
              + "[a-zA-Z0-9]{1,64}$");

  /** One link as the API shows it. */
  public record Link(
      String profileArn,
      String aiComponentId,
      String workloadId,
      String workloadName,
      String linkedBy,
      OffsetDateTime linkedAt) {}

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final ComponentSpendMonths summary;
  private final Clock clock;

  InferenceProfileLinks(
      JdbcClient jdbc, AuditLog audit, ComponentSpendMonths summary, ObjectProvider<Clock> clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.summary = summary;
    this.clock = clock.getIfUnique(Clock::systemUTC);
  }

  /**
   * Links a profile to a component; linking it again to the same component changes nothing.
   *
   * @throws ConflictException when the profile is linked to another component
   */
  @Transactional
  public Link link(String profileArn, String aiComponentId, String user) {
    String arn = profileArn == null ? "" : profileArn.trim();
    if (!PROFILE_ARN.matcher(arn).matches()) {
      throw new InvalidFieldException(
          "profileArn",
          "must be an application inference profile ARN,"
              + " arn:aws:bedrock:<region>:<account>:application-inference-profile/<id>");
    }
    if (aiComponentId == null
        || jdbc.sql("select count(*) from ai_component where id = ?")
                .param(aiComponentId)
                .query(Integer.class)
                .single()
            == 0) {
      throw new InvalidFieldException("aiComponentId", "no AI component has this id");
    }
    Optional<Link> existing = find(arn);
    if (existing.isPresent()) {
      if (existing.get().aiComponentId().equals(aiComponentId)) {
        return existing.get();
      }
      throw new ConflictException(
          "The profile is already linked to AI component "
              + existing.get().aiComponentId()
              + " ("
              + existing.get().workloadName()
              + "); unlink it first.");
    }
    OffsetDateTime now =
        OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    jdbc.sql(
            "insert into inference_profile_link (profile_arn, ai_component_id, linked_by,"
                + " linked_at) values (?, ?, ?, ?)")
        .params(arn, aiComponentId, user, now)
        .update();
    summary.rebuild(summary.periodsOfResource(arn));
    audit.record(
        Actor.person(user), "INFERENCE_PROFILE_LINKED", "AI_COMPONENT", aiComponentId, arn);
    return find(arn).orElseThrow();
  }

  @Transactional
  public void unlink(String profileArn, String user) {
    Link link = find(profileArn).orElseThrow(() -> new NotFoundException("profile", profileArn));
    jdbc.sql("delete from inference_profile_link where profile_arn = ?").param(profileArn).update();
    summary.rebuild(summary.periodsOfResource(profileArn));
    audit.record(
        Actor.person(user),
        "INFERENCE_PROFILE_UNLINKED",
        "AI_COMPONENT",
        link.aiComponentId(),
        profileArn);
  }

  @Transactional(readOnly = true)
  public List<Link> list() {
    return jdbc.sql(SELECT + " order by w.name, l.profile_arn").query(Link.class).list();
  }

  private Optional<Link> find(String profileArn) {
    return jdbc.sql(SELECT + " where l.profile_arn = ?")
        .param(profileArn)
        .query(Link.class)
        .optional();
  }

  private static final String SELECT =
      """
      select l.profile_arn, l.ai_component_id, c.workload_id, w.name as workload_name,
             l.linked_by, l.linked_at
      from inference_profile_link l
      join ai_component c on c.id = l.ai_component_id
      join workload w on w.id = c.workload_id
      """;
}
