package dev.onramp.app.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationTemplatesTest {

  private final NotificationTemplates templates = new NotificationTemplates();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "request-submitted",
        "request-rejected",
        "changes-requested",
        "tasks-generated",
        "sla-reminder",
        "sla-escalated",
        "ready-to-claim",
        "workload-live"
      })
  void shouldRenderATitleAndABodyWithOrWithoutTheOptionalValues(String template) {
    NotificationTemplates.Rendered full = templates.render(template, fullModel());
    NotificationTemplates.Rendered minimal = templates.render(template, minimalModel());

    for (NotificationTemplates.Rendered rendered :
        new NotificationTemplates.Rendered[] {full, minimal}) {
      assertThat(rendered.title()).contains("support-bot").doesNotContain("\n");
      assertThat(rendered.body()).isNotBlank().doesNotContain("null");
      assertThat(rendered.title().length()).isLessThanOrEqualTo(Notifier.TITLE_LENGTH);
    }
    assertThat(full.title() + full.body()).doesNotContain("${");
  }

  @Test
  void shouldShowTheRationaleWhenThereIsOne() {
    assertThat(templates.render("request-rejected", fullModel()).body())
        .isEqualTo(
            "fiona rejected request 12345 for the workload \"support-bot\".\n\n"
                + "Rationale: Use the approved model instead.");
    assertThat(templates.render("request-rejected", minimalModel()).body())
        .isEqualTo("fiona rejected request 12345 for the workload \"support-bot\".");
  }

  @Test
  void shouldNamePlatformAndDueTimeForPeople() {
    assertThat(templates.render("tasks-generated", fullModel()))
        .satisfies(
            rendered -> {
              assertThat(rendered.title()).isEqualTo("New Cloud Engineer tasks: support-bot");
              assertThat(rendered.body())
                  .contains("Amazon Bedrock tasks", "request 12345", "Due 3 Jun 2025, 14:00 UTC");
            });
  }

  @Test
  void shouldRefuseAMissingRequiredValueNamingTheTemplate() {
    Map<String, Object> model = minimalModel();
    model.remove("workloadName");

    assertThatThrownBy(() -> templates.render("ready-to-claim", model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ready-to-claim")
        .hasMessageContaining("workloadName");
  }

  @Test
  void shouldRefuseAnUnknownTemplate() {
    assertThatThrownBy(() -> templates.render("no-such-thing", minimalModel()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-thing");
    assertThatThrownBy(() -> templates.render("../application", minimalModel()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Map<String, Object> fullModel() {
    Map<String, Object> model = minimalModel();
    model.put("rationale", "Use the approved model instead.");
    model.put("platform", "BEDROCK");
    model.put("slaDueAt", "2025-06-03T14:00:00.123456Z");
    return model;
  }

  /** Only the values every notification has; the optional ones are null. */
  private static Map<String, Object> minimalModel() {
    Map<String, Object> model = new HashMap<>();
    model.put("workloadName", "support-bot");
    model.put("requestId", 12345L);
    model.put("actorName", "fiona");
    model.put("requester", "alice");
    model.put("rationale", null);
    model.put("platform", null);
    model.put("slaDueAt", null);
    return model;
  }
}
