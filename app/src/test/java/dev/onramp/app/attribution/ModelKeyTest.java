package dev.onramp.app.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModelKeyTest {

  @Test
  void aModelIdAndItsUsageTypeNameMeet() {
    assertThat(ModelKey.of("anthropic.claude-sonnet-4-5-20250929-v1:0"))
        .isEqualTo(ModelKey.of("Claude4.5Sonnet"))
        .isEqualTo(ModelKey.of("us.anthropic.claude-sonnet-4-5-20250929-v1:0"))
        .isEqualTo(ModelKey.of("claude-sonnet-4-5"));
    assertThat(ModelKey.of("cohere.command-r-plus-v1:0")).isEqualTo(ModelKey.of("CommandRPlus"));
  }

  @Test
  void versionsAndTiersStayApart() {
    assertThat(ModelKey.of("Claude4.6Sonnet"))
        .isNotEqualTo(ModelKey.of("anthropic.claude-sonnet-4-5-20250929-v1:0"));
    assertThat(ModelKey.of("Claude4.5Haiku"))
        .isNotEqualTo(ModelKey.of("anthropic.claude-sonnet-4-5-20250929-v1:0"));
  }

  @Test
  void usageNamesAreWrittenTheWayAwsWritesThem() {
    assertThat(ModelKey.usageName("anthropic.claude-sonnet-4-5-20250929-v1:0"))
        .isEqualTo("Claude4.5Sonnet");
    assertThat(ModelKey.usageName("anthropic.claude-haiku-4-5-20251001-v1:0"))
        .isEqualTo("Claude4.5Haiku");
    assertThat(ModelKey.of(ModelKey.usageName("cohere.command-r-plus-v1:0")))
        .isEqualTo(ModelKey.of("cohere.command-r-plus-v1:0"));
  }
}
