package dev.onramp.app.attribution;

/**
 * The SQL that decides which spend belongs to which AI component: a line whose caller is the
 * component's claimed role (same account and role name, sessions included), or, for lines naming no
 * role, whose resource is an application inference profile linked to the component; and only from
 * the first full hour after the claim (usage hours start on the hour, so {@code usage_hour >
 * claimed_at} excludes the hour of the claim).
 */
final class AttributedLines {

  private AttributedLines() {}

  /** Attributed lines of a period: two parameters each for both branches (start, end). */
  static final String IN_PERIOD =
      """
      select s.*, c.id as component_id, c.workload_id as workload_id
      from spend_line s
      join ai_component c on s.role_key = lower(c.role_arn) and s.usage_hour > c.claimed_at
      where s.usage_hour >= ? and s.usage_hour < ?
      union all
      select s.*, c.id as component_id, c.workload_id as workload_id
      from spend_line s
      join inference_profile_link l on s.resource_id = l.profile_arn
      join ai_component c on c.id = l.ai_component_id and s.usage_hour > c.claimed_at
      where s.role_key is null and s.usage_hour >= ? and s.usage_hour < ?
      """;

  /** True for a line {@code s} no component takes. */
  static final String UNATTRIBUTED =
      """
      not exists (select 1 from ai_component c
                  where s.role_key = lower(c.role_arn) and s.usage_hour > c.claimed_at)
      and not (s.role_key is null and exists (
                  select 1 from inference_profile_link l
                  join ai_component c on c.id = l.ai_component_id
                  where l.profile_arn = s.resource_id and s.usage_hour > c.claimed_at))
      """;

  static Object[] params(Period period) {
    return new Object[] {period.start(), period.end(), period.start(), period.end()};
  }
}
