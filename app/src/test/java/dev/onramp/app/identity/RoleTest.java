package dev.onramp.app.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void shouldReadARoleFromItsNameOrItsCandidateGroup() {
    assertThat(Role.fromClaim("FINOPS_LEAD")).contains(Role.FINOPS_LEAD);
    assertThat(Role.fromClaim("finops_lead")).contains(Role.FINOPS_LEAD);
    assertThat(Role.fromClaim("finops-leads")).contains(Role.FINOPS_LEAD);
    assertThat(Role.fromClaim(" cloud-engineers ")).contains(Role.CLOUD_ENGINEER);
    assertThat(Role.fromClaim("product-owners")).contains(Role.PRODUCT_OWNER);
  }

  @Test
  void shouldIgnoreAnythingElse() {
    assertThat(Role.fromClaim("admin")).isEmpty();
    assertThat(Role.fromClaim("finops-lead-ish")).isEmpty();
    assertThat(Role.fromClaim(null)).isEmpty();
  }

  @Test
  void shouldMapToTheAuthorityHasRoleExpects() {
    assertThat(Role.CLOUD_ENGINEER.authority()).isEqualTo("ROLE_CLOUD_ENGINEER");
    assertThat(Role.fromAuthority("ROLE_CLOUD_ENGINEER")).contains(Role.CLOUD_ENGINEER);
    assertThat(Role.fromAuthority("SCOPE_read")).isEmpty();
  }
}
