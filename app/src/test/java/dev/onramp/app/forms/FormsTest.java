package dev.onramp.app.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.app.catalog.InferenceProfileType;
import dev.onramp.app.provisioning.AwsNames;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Camunda forms in {@code forms/} (packaged as {@code classpath:/forms}): Camunda Modeler 5
 * files for Camunda 8.8 whose field keys are the REST API's body names, so a submitted form can be
 * posted as it is, and whose checks are the server's.
 */
class FormsTest {

  static final Map<String, List<String>> CONTRACT =
      Map.of(
          "workload-request",
          List.of(
              "mode",
              "parentWorkloadId",
              "productId",
              "useCase",
              "workloadName",
              "purpose",
              "teamSize",
              "requestsPerMonth",
              "inputTokensPerRequest",
              "outputTokensPerRequest",
              "monthlyBudgetEstimate",
              "runtime",
              "customPrincipalArn",
              "externalId",
              "businessCaseType",
              "businessCaseAnnualAmount",
              "businessCaseTargetPercent",
              "annualOpportunity"),
          "finops-review",
          List.of(
              "platform",
              "modelId",
              "accountId",
              "region",
              "inferenceProfileType",
              "roleName",
              "workspaceName",
              "businessCaseAcknowledged",
              "priority",
              "rationale",
              "decision",
              "faEstimate"),
          "ce-task",
          List.of("checkedSteps"),
          "claim-workload",
          List.of("roleArn", "modelId", "endpoint", "confirm"),
          "spend-card-review",
          List.of("decision", "reason"),
          "spend-card-dispute-review",
          List.of("outcome", "note"));

  /** The fields a submission cannot do without (when shown). */
  static final Map<String, List<String>> REQUIRED =
      Map.of(
          "workload-request",
          List.of(
              "mode",
              "parentWorkloadId",
              "productId",
              "useCase",
              "workloadName",
              "purpose",
              "teamSize",
              "requestsPerMonth",
              "inputTokensPerRequest",
              "outputTokensPerRequest",
              "monthlyBudgetEstimate",
              "runtime",
              "customPrincipalArn"),
          "finops-review",
          List.of(
              "platform",
              "modelId",
              "accountId",
              "region",
              "inferenceProfileType",
              "roleName",
              "workspaceName",
              "businessCaseAcknowledged",
              "priority",
              "rationale",
              "decision"),
          "ce-task",
          List.of("checkedSteps"),
          "claim-workload",
          List.of("confirm"),
          "spend-card-review",
          List.of("decision", "reason"),
          "spend-card-dispute-review",
          List.of("outcome", "note"));

  static final Map<String, String> PATTERNS =
      Map.of(
          "accountId", AwsNames.ACCOUNT_ID,
          "region", AwsNames.REGION,
          "customPrincipalArn", AwsNames.PRINCIPAL_ARN,
          "roleName", AwsNames.ROLE_NAME,
          "externalId", AwsNames.EXTERNAL_ID);

  static final Map<String, Set<String>> OPTIONS =
      Map.of(
          "mode", Set.of("NEW", "EXISTING"),
          "useCase", Set.of("INFRASTRUCTURE", "CODING_AI", "OPERATIONS_AI"),
          "runtime", Set.of("LAMBDA", "ECS_TASK", "EC2", "AGENTCORE_RUNTIME", "CUSTOM_PRINCIPAL"),
          "businessCaseType", Set.of("COST_SAVING", "REVENUE_DRIVING"),
          "platform", Set.of("BEDROCK", "MARKETPLACE", "CLAUDE_PLATFORM", "AGENTCORE"),
          "inferenceProfileType",
              Arrays.stream(InferenceProfileType.values())
                  .map(Enum::name)
                  .collect(Collectors.toSet()),
          "priority", Set.of("NORMAL", "PRIORITY"),
          "decision", Set.of("APPROVE", "REJECT", "SEND_BACK"),
          // The spend card's decision routes its process: approve or dispute.
          "spend-card-review:decision", Set.of("APPROVE", "DISPUTE"),
          "outcome", Set.of("UPHOLD", "REJECT"));

  /** The component types form-js 1.17 (bundled with Camunda Modeler 5.39) renders. */
  static final Set<String> FORM_JS_TYPES =
      Set.of(
          "textfield",
          "textarea",
          "number",
          "select",
          "radio",
          "checkbox",
          "checklist",
          "taglist",
          "datetime",
          "expression",
          "filepicker",
          "group",
          "dynamiclist",
          "text",
          "html",
          "image",
          "iframe",
          "table",
          "documentPreview",
          "spacer",
          "separator",
          "button");

  final Map<String, JsonNode> forms = readForms();

  @Test
  void shouldHaveOneFormPerUserTaskAndOneForTheRequest() {
    assertThat(forms.keySet())
        .containsExactlyInAnyOrder(
            "workload-request",
            "finops-review",
            "ce-task",
            "claim-workload",
            "spend-card-review",
            "spend-card-dispute-review");
  }

  @Test
  void shouldBeWrittenAsCamundaModeler5WritesThemForCamunda88() {
    forms.forEach(
        (id, form) -> {
          assertThat(form.path("type").asText()).as(id).isEqualTo("default");
          assertThat(form.path("executionPlatform").asText()).as(id).isEqualTo("Camunda Cloud");
          assertThat(form.path("executionPlatformVersion").asText()).as(id).isEqualTo("8.8.0");
          assertThat(form.path("exporter").path("name").asText())
              .as(id)
              .isEqualTo("Camunda Modeler");
          assertThat(form.path("exporter").path("version").asText()).as(id).startsWith("5.");
          // form-js 1.17.0, which Camunda Modeler 5.39 bundles, writes schema version 19.
          assertThat(form.path("schemaVersion").asInt()).as(id).isEqualTo(19);
        });
  }

  @Test
  void shouldIdentifyEveryComponentOnceAndBindEveryKeyOnce() {
    forms.forEach(
        (id, form) -> {
          List<JsonNode> components = components(form);
          List<String> ids = components.stream().map(c -> c.path("id").asText()).toList();
          assertThat(ids)
              .as(id)
              .doesNotHaveDuplicates()
              .allMatch(i -> i.matches("(Field|Group)_[A-Za-z]+"));
          assertThat(keys(form)).as(id).doesNotHaveDuplicates();
          assertThat(components)
              .as(id)
              .allSatisfy(
                  c -> {
                    assertThat(FORM_JS_TYPES).contains(c.path("type").asText());
                    assertThat(c.path("layout").path("row").asText()).startsWith("Row_");
                  });
        });
  }

  @Test
  void shouldNameEveryFieldAfterTheRestContract() {
    CONTRACT.forEach((id, fields) -> assertThat(keys(forms.get(id))).as(id).containsAll(fields));
  }

  @Test
  void shouldRequireWhatTheApiRequires() {
    REQUIRED.forEach(
        (id, fields) ->
            fields.forEach(
                key ->
                    assertThat(component(id, key).path("validate").path("required").asBoolean())
                        .as("%s: %s required", id, key)
                        .isTrue()));
  }

  @Test
  void shouldCheckAwsIdentifiersWithTheServersPatterns() {
    int checked = 0;
    for (JsonNode form : forms.values()) {
      for (JsonNode component : components(form)) {
        String pattern = PATTERNS.get(component.path("key").asText());
        if (pattern != null && !component.path("readonly").asBoolean()) {
          assertThat(component.path("validate").path("pattern").asText())
              .as(component.path("id").asText())
              .isEqualTo(pattern);
          checked++;
        }
      }
    }
    assertThat(checked).isEqualTo(PATTERNS.size());
  }

  @Test
  void shouldOfferTheContractsValuesForEveryChoice() {
    for (Map.Entry<String, JsonNode> form : forms.entrySet()) {
      for (JsonNode component : components(form.getValue())) {
        String key = component.path("key").asText();
        Set<String> expected = OPTIONS.getOrDefault(form.getKey() + ":" + key, OPTIONS.get(key));
        if (expected != null) {
          Set<String> offered = new HashSet<>();
          component.path("values").forEach(v -> offered.add(v.path("value").asText()));
          assertThat(offered).as(component.path("id").asText()).isEqualTo(expected);
        }
      }
    }
  }

  @Test
  void shouldBoundTheNumbersAsTheRequestDoes() {
    JsonNode percent = component("workload-request", "businessCaseTargetPercent").path("validate");
    assertThat(percent.path("min").asInt()).isZero();
    assertThat(percent.path("max").asInt()).isEqualTo(100);
    for (String key :
        List.of(
            "teamSize", "requestsPerMonth", "inputTokensPerRequest", "outputTokensPerRequest")) {
      assertThat(component("workload-request", key).path("validate").path("min").asInt())
          .as(key)
          .isEqualTo(1);
    }
    assertThat(component("workload-request", "monthlyBudgetEstimate").path("validate").has("min"))
        .isTrue();
  }

  @Test
  void shouldDeriveTheAnnualOpportunityFromAmountAndTarget() {
    JsonNode opportunity = component("workload-request", "annualOpportunity");

    assertThat(opportunity.path("type").asText()).isEqualTo("expression");
    assertThat(opportunity.path("expression").asText())
        .startsWith("=")
        .contains("businessCaseAnnualAmount * businessCaseTargetPercent / 100");
  }

  @Test
  void shouldShowOnlyReadOnlyValuesTheServerComputed() {
    assertThat(component("finops-review", "faEstimate").path("readonly").asBoolean()).isTrue();
    for (String key : List.of("roleArn", "modelId", "endpoint")) {
      assertThat(component("claim-workload", key).path("readonly").asBoolean()).as(key).isTrue();
    }
    for (String key : List.of("workloadName", "purpose", "requestsPerMonth", "runtime")) {
      assertThat(component("finops-review", key).path("readonly").asBoolean()).as(key).isTrue();
    }
  }

  @Test
  void shouldShowTheHonestyDisclaimerWithTheBusinessCase() {
    assertThat(components(forms.get("finops-review")))
        .anySatisfy(
            c -> {
              assertThat(c.path("type").asText()).isEqualTo("text");
              assertThat(c.path("text").asText())
                  .contains("requester's own estimate", "not been verified");
            });
  }

  @Test
  void shouldListTheStepsAndCheckThemOffByKey() {
    JsonNode form = forms.get("ce-task");

    assertThat(components(form))
        .anySatisfy(
            c ->
                assertThat(c.path("text").asText())
                    .contains("{{#loop steps}}", "{{title}}", "{{instructions}}", "{{commands}}"));
    JsonNode checklist = component("ce-task", "checkedSteps");
    assertThat(checklist.path("type").asText()).isEqualTo("checklist");
    // Options built from the steps (a valuesKey would need {label, value} items).
    assertThat(checklist.path("valuesExpression").asText())
        .contains("in steps")
        .contains("value: step.key");
  }

  @Test
  void shouldAskForTheWorkspaceOnlyOnClaudePlatform() {
    assertThat(
            component("finops-review", "workspaceName").path("conditional").path("hide").asText())
        .isEqualTo("=platform != \"CLAUDE_PLATFORM\"");
    assertThat(
            component("workload-request", "customPrincipalArn")
                .path("conditional")
                .path("hide")
                .asText())
        .isEqualTo("=runtime != \"CUSTOM_PRINCIPAL\"");
  }

  private JsonNode component(String formId, String key) {
    return components(forms.get(formId)).stream()
        .filter(c -> key.equals(c.path("key").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(formId + " has no field " + key));
  }

  private static List<String> keys(JsonNode form) {
    return components(form).stream()
        .filter(c -> c.has("key"))
        .map(c -> c.path("key").asText())
        .toList();
  }

  /** Every component, those inside groups included. */
  private static List<JsonNode> components(JsonNode container) {
    List<JsonNode> all = new ArrayList<>();
    StreamSupport.stream(container.path("components").spliterator(), false)
        .forEach(
            c -> {
              all.add(c);
              all.addAll(components(c));
            });
    return all;
  }

  private static Map<String, JsonNode> readForms() {
    ObjectMapper json = new ObjectMapper();
    Map<String, JsonNode> forms = new LinkedHashMap<>();
    try {
      for (Resource resource :
          new PathMatchingResourcePatternResolver().getResources("classpath*:/forms/*.form")) {
        try (InputStream in = resource.getInputStream()) {
          JsonNode form = json.readTree(in);
          String id = form.path("id").asText();
          assertThat(resource.getFilename()).isEqualTo(id + ".form");
          assertThat(forms.put(id, form)).as("second form with id " + id).isNull();
        }
      }
    } catch (IOException e) {
      throw new AssertionError("A form is not valid JSON: " + e.getMessage(), e);
    }
    return forms;
  }
}
