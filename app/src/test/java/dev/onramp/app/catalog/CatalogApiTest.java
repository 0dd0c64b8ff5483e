package dev.onramp.app.catalog;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.onramp.app.engine.EmbeddedEngineTestProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The catalog and pricing API in the whole app: answers, problem details, who may govern. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "alice", roles = "PRODUCT_OWNER")
class CatalogApiTest {

  static final String MODELS = "/api/catalog/models";
  static final String HAIKU_45 = "anthropic.claude-haiku-4-5-20251001-v1:0";
  static final String NOVA_LITE = "amazon.nova-lite-v1:0";

  @DynamicPropertySource
  static void engine(DynamicPropertyRegistry registry) {
    EmbeddedEngineTestProperties.register(registry);
  }

  /** Method security is switched on by the identity feature; the test does not rely on it. */
  @TestConfiguration(proxyBeanMethods = false)
  @EnableMethodSecurity
  static class MethodSecurity {}

  @Autowired MockMvc mvc;

  @Test
  void shouldListTheModelsOfAPlatform() throws Exception {
    mvc.perform(get(MODELS).param("platform", "CLAUDE_PLATFORM"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(3)))
        .andExpect(jsonPath("$[*].platforms", everyItem(contains("CLAUDE_PLATFORM"))));
  }

  @Test
  void shouldShowOneModelWithItsProfiles() throws Exception {
    mvc.perform(get(MODELS + "/" + HAIKU_45))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.displayName").value("Claude Haiku 4.5"))
        .andExpect(jsonPath("$.geographicProfiles[*].profileId", hasItem("us." + HAIKU_45)))
        .andExpect(jsonPath("$.globalProfile.profileId").value("global." + HAIKU_45))
        .andExpect(jsonPath("$.status").value("APPROVED"));
  }

  @Test
  void shouldAnswerNotFoundForAnUnknownModel() throws Exception {
    mvc.perform(get(MODELS + "/acme.unknown-v1:0"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("Model acme.unknown-v1:0 not found"));
  }

  @Test
  void shouldRefuseAnUnknownPlatform() throws Exception {
    expectFieldError(mvc.perform(get(MODELS).param("platform", "SAGEMAKER")), "platform");
  }

  @Test
  @WithMockUser(username = "fiona", roles = "FINOPS_LEAD")
  void shouldLetAFinOpsLeadRestrictAModel() throws Exception {
    governNovaLite(
            """
            {"status": "RESTRICTED", "allowedAccounts": ["111122223333"],
             "allowedRegions": ["us-east-1"]}""")
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("RESTRICTED"))
        .andExpect(jsonPath("$.allowedAccounts", contains("111122223333")))
        .andExpect(jsonPath("$.governanceUpdatedBy").value("fiona"));
    mvc.perform(get(MODELS + "/" + NOVA_LITE))
        .andExpect(jsonPath("$.allowedRegions", contains("us-east-1")));

    governNovaLite("{\"status\": \"APPROVED\"}").andExpect(status().isOk());
  }

  @Test
  @WithMockUser(username = "fiona", roles = "FINOPS_LEAD")
  void shouldNameTheMalformedAccount() throws Exception {
    expectFieldError(
        governNovaLite(
            "{\"status\": \"RESTRICTED\", \"allowedAccounts\": [\"111122223333\", \"12-34\"]}"),
        "allowedAccounts[1]");
  }

  @Test
  @WithMockUser(username = "fiona", roles = "FINOPS_LEAD")
  void shouldNameTheMalformedRegion() throws Exception {
    expectFieldError(
        governNovaLite("{\"status\": \"RESTRICTED\", \"allowedRegions\": [\"Frankfurt\"]}"),
        "allowedRegions[0]");
  }

  @Test
  @WithMockUser(username = "fiona", roles = "FINOPS_LEAD")
  void shouldNameAnEmptyRestriction() throws Exception {
    expectFieldError(governNovaLite("{\"status\": \"RESTRICTED\"}"), "allowedAccounts");
  }

  @Test
  @WithMockUser(username = "fiona", roles = "FINOPS_LEAD")
  void shouldNameAnUnknownOrMissingStatus() throws Exception {
    expectFieldError(governNovaLite("{\"status\": \"MAYBE\"}"), "status");
    expectFieldError(governNovaLite("{}"), "status");
  }

  @Test
  @WithMockUser(username = "fiona", roles = "FINOPS_LEAD")
  void shouldAnswerNotFoundWhenGoverningAnUnknownModel() throws Exception {
    mvc.perform(
            put(MODELS + "/acme.unknown-v1:0")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"BLOCKED\"}"))
        .andExpect(status().isNotFound());
  }

  @Test
  void shouldLetOnlyFinOpsLeadsGovern() throws Exception {
    governNovaLite("{\"status\": \"BLOCKED\"}").andExpect(status().isForbidden());
    mvc.perform(get(MODELS + "/" + NOVA_LITE)).andExpect(jsonPath("$.status").value("APPROVED"));
  }

  @Test
  void shouldEstimateFromTheSnapshotAndSaySo() throws Exception {
    mvc.perform(
            get("/api/pricing/estimate")
                .param("modelId", "anthropic.claude-sonnet-4-5-20250929-v1:0")
                .param("region", "us-east-1")
                .param("inferenceProfileType", "GEOGRAPHIC")
                .param("requestsPerMonth", "100000")
                .param("inputTokensPerRequest", "1500")
                .param("outputTokensPerRequest", "500"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.monthlyUsd").value(1320.00))
        .andExpect(jsonPath("$.inputPricePer1M").value(3.30))
        .andExpect(jsonPath("$.outputPricePer1M").value(16.50))
        .andExpect(jsonPath("$.snapshotDate").value("2026-11-26"))
        .andExpect(jsonPath("$.source", containsString("snapshot")));
  }

  @Test
  void shouldNameTheUnpricedProfileType() throws Exception {
    expectFieldError(
        mvc.perform(estimate("anthropic.claude-sonnet-4-5-20250929-v1:0", "IN_REGION", "10")),
        "inferenceProfileType");
  }

  @Test
  void shouldNameTheUnpricedModel() throws Exception {
    expectFieldError(mvc.perform(estimate("acme.unknown-v1:0", "IN_REGION", "10")), "modelId");
  }

  @Test
  void shouldNameABadEstimateParameter() throws Exception {
    expectFieldError(mvc.perform(estimate(NOVA_LITE, "IN_REGION", "-1")), "requestsPerMonth");
    expectFieldError(mvc.perform(estimate(NOVA_LITE, "SOMEWHERE", "1")), "inferenceProfileType");
    expectFieldError(
        mvc.perform(
            get("/api/pricing/estimate")
                .param("modelId", NOVA_LITE)
                .param("inferenceProfileType", "IN_REGION")
                .param("requestsPerMonth", "1")
                .param("inputTokensPerRequest", "1")
                .param("outputTokensPerRequest", "1")),
        "region");
  }

  @Test
  void shouldShowTheSnapshotWithItsDateAndSource() throws Exception {
    mvc.perform(get("/api/pricing/snapshot"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.date").value("2026-11-26"))
        .andExpect(jsonPath("$.currency").value("USD"))
        .andExpect(jsonPath("$.source", containsString("not live")))
        .andExpect(
            jsonPath("$.prices[?(@.modelId == 'claude-sonnet-4-5')].inputPer1M", contains(3.00)));
  }

  private ResultActions governNovaLite(String body) throws Exception {
    return mvc.perform(
        put(MODELS + "/" + NOVA_LITE)
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body));
  }

  private static MockHttpServletRequestBuilder estimate(
      String modelId, String type, String requests) {
    return get("/api/pricing/estimate")
        .param("modelId", modelId)
        .param("region", "us-east-1")
        .param("inferenceProfileType", type)
        .param("requestsPerMonth", requests)
        .param("inputTokensPerRequest", "100")
        .param("outputTokensPerRequest", "100");
  }

  private static void expectFieldError(ResultActions result, String field) throws Exception {
    result
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[*].field", contains(field)));
  }
}
