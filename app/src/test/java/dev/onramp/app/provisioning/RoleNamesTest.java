package dev.onramp.app.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RoleNamesTest {

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "csbot                         | finops-csbot-a4f2",
        "Customer Support Bot          | finops-customer-support-bot-a4f2",
        "  spaces   everywhere  \t     | finops-spaces-everywhere-a4f2",
        "a / b \\ c                    | finops-a-b-c-a4f2",
        "Café Crème                    | finops-cafe-creme-a4f2",
        "ｆｕｌｌ　ｗｉｄｔｈ          | finops-full-width-a4f2",
        "🚀 launch 🚀 bot 🚀           | finops-launch-bot-a4f2",
        "billing+ops@team.v2           | finops-billing+ops@team.v2-a4f2",
        "a--b__c..d                    | finops-a-b-c-d-a4f2",
        "-_.leading and trailing._-    | finops-leading-and-trailing-a4f2",
        "北京                          | finops-workload-a4f2",
        "🚀🚀🚀                        | finops-workload-a4f2",
      })
  void shouldSanitiseTheWorkloadNameToIamRules(String workloadName, String expected) {
    String name = RoleNames.suggest(workloadName, "a4f2");

    assertThat(name).isEqualTo(expected);
    assertThat(RoleNames.validate(name)).isEmpty();
  }

  @Test
  void shouldSuggestANameForABlankWorkloadName() {
    assertThat(RoleNames.suggest("   ", "a4f2")).isEqualTo("finops-workload-a4f2");
    assertThat(RoleNames.suggest(null, "a4f2")).isEqualTo("finops-workload-a4f2");
  }

  @Test
  void shouldCutALongWorkloadNameToSixtyFourCharacters() {
    String name = RoleNames.suggest("x".repeat(200), "a4f2");

    assertThat(name).hasSize(64).isEqualTo("finops-" + "x".repeat(52) + "-a4f2");
  }

  @Test
  void shouldNotEndTheWorkloadPartWithASeparatorWhenCut() {
    // 51 letters then a space: the cut at 52 would leave "…x-" before the id.
    String name = RoleNames.suggest("x".repeat(51) + " tail", "a4f2");

    assertThat(name).isEqualTo("finops-" + "x".repeat(51) + "-a4f2").hasSize(63);
  }

  @Test
  void shouldNotSplitAnEmojiOrLeaveASeparatorWhenCuttingUnicode() {
    String name = RoleNames.suggest("é".repeat(60) + "🚀", "a4f2");

    assertThat(name).isEqualTo("finops-" + "e".repeat(52) + "-a4f2");
    assertThat(RoleNames.validate(name)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A4F2", "a4f", "a4f2x", "a4-2"})
  void shouldRefuseAShortIdThatIsNotFourLowerCaseCharacters(String shortId) {
    assertThatThrownBy(() -> RoleNames.suggest("bot", shortId))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shortId");
  }

  @Test
  void shouldAcceptSixtyFourCharactersAndRefuseSixtyFive() {
    assertThat(RoleNames.validate("r".repeat(64))).isEmpty();
    assertThat(RoleNames.validate("r".repeat(65)))
        .hasValue("An IAM role name has at most 64 characters; this one has 65.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"with space", "with/slash", "café", "rocket🚀", "tab\tname", "star*", "colon:"})
  void shouldRefuseCharactersIamDoesNotAccept(String name) {
    assertThat(RoleNames.validate(name))
        .hasValue("An IAM role name may contain only ASCII letters, digits and + = , . @ _ -");
  }

  @Test
  void shouldRequireAName() {
    assertThat(RoleNames.validate(null)).hasValue("The IAM role name is required.");
    assertThat(RoleNames.validate("")).hasValue("The IAM role name is required.");
  }

  @Test
  void shouldAcceptEveryCharacterIamAllows() {
    assertThat(RoleNames.validate("Aa0_+=,.@-")).isEmpty();
  }

  @Test
  void shouldTreatNamesDifferingOnlyInCaseAsTheSameRole() {
    assertThat(RoleNames.uniquenessKey("FinOps-Bot-A4F2"))
        .isEqualTo(RoleNames.uniquenessKey("finops-bot-a4f2"))
        .isEqualTo("finops-bot-a4f2");
  }

  @Test
  void shouldGenerateRandomFourCharacterIds() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String id = RoleNames.newShortId();
      assertThat(id).matches("^[a-z0-9]{4}$");
      ids.add(id);
    }
    // 36^4 ≈ 1.7 million ids: 200 draws repeat one with probability ≈ 1 %.
    assertThat(ids).hasSizeGreaterThan(195);
  }
}
