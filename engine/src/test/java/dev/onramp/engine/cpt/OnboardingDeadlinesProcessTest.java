package dev.onramp.engine.cpt;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import io.camunda.process.test.api.mock.JobWorkerMockBuilder.JobWorkerMock;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Deadlines of an onboarding, driven by the engine clock through {@code increaseTime}: a
 * non-interrupting reminder after five days of waiting for the review, and an SLA escalation that
 * takes the workstation set-up away from IT support after 48 hours.
 */
class OnboardingDeadlinesProcessTest extends AbstractCptTest {

  private static final String REMINDER_PROCESS = "cpt-onboarding-reminder";
  private static final String SLA_PROCESS = "cpt-onboarding-sla";

  private static final BpmnModelInstance REMINDER =
      Bpmn.createExecutableProcess(REMINDER_PROCESS)
          .startEvent("request-submitted")
          .userTask("review-request")
          .name("Review onboarding request")
          .zeebeUserTask()
          .zeebeCandidateGroups("platform-leads")
          .endEvent("review-done")
          .moveToActivity("review-request")
          .boundaryEvent("review-overdue", b -> b.cancelActivity(false).timerWithDuration("P5D"))
          .name("5 days without review")
          .serviceTask("send-reminder", t -> t.zeebeJobType("cpt-deadline-reminder"))
          .name("Remind platform leads")
          .endEvent("reminder-sent")
          .done();

  private static final BpmnModelInstance SLA =
      Bpmn.createExecutableProcess(SLA_PROCESS)
          .startEvent("hire-confirmed")
          .userTask("set-up-workstation")
          .name("Set up workstation")
          .zeebeUserTask()
          .zeebeCandidateGroups("it-support")
          .zeebeTaskPriority("50")
          .endEvent("workstation-ready")
          .moveToActivity("set-up-workstation")
          .boundaryEvent("sla-breached", b -> b.cancelActivity(true).timerWithDuration("PT48H"))
          .name("48h SLA breached")
          .userTask("escalated-set-up")
          .name("Escalated workstation set-up")
          .zeebeUserTask()
          .zeebeCandidateGroups("it-leads")
          .zeebeTaskPriority("90")
          .endEvent("workstation-ready-escalated")
          .done();

  @Test
  void reviewerIsRemindedAfterFiveDaysWhileTheReviewStaysOpen() {
    deploy(REMINDER);
    JobWorkerMock reminder =
        processTestContext.mockJobWorker("cpt-deadline-reminder").thenComplete();
    ProcessInstanceEvent instance = start(REMINDER_PROCESS, Map.of("employee", "Ada"));
    assertThat(instance).hasActiveElements("review-request");

    processTestContext.increaseTime(Duration.ofDays(5));

    assertThat(instance)
        .isActive()
        .hasCompletedElementsInOrder("review-overdue", "send-reminder", "reminder-sent")
        .hasActiveElements("review-request");
    assertThat(UserTaskSelectors.byElementId("review-request")).isCreated();
    assertThat(reminder.getInvocations()).isEqualTo(1);

    processTestContext.completeUserTask("review-request");
    assertThat(instance).isCompleted().hasCompletedElements("review-done");
  }

  @Test
  void noReminderIsSentBeforeFiveDaysHavePassed() {
    deploy(REMINDER);
    processTestContext.mockJobWorker("cpt-deadline-reminder").thenComplete();
    ProcessInstanceEvent instance = start(REMINDER_PROCESS, Map.of("employee", "Ada"));
    assertThat(instance).hasActiveElements("review-request");

    processTestContext.increaseTime(Duration.ofDays(4).plusHours(23));
    processTestContext.completeUserTask("review-request");

    assertThat(instance)
        .isCompleted()
        .hasCompletedElementsInOrder("request-submitted", "review-request", "review-done")
        .hasNotActivatedElements("review-overdue", "send-reminder", "reminder-sent");
  }

  @Test
  void increaseTimeAndSetTimeMoveTheEngineClockThatCptReads() {
    Instant before = processTestContext.getCurrentTime();

    processTestContext.increaseTime(Duration.ofDays(5));
    Duration moved = Duration.between(before, processTestContext.getCurrentTime());
    assertThat(moved).isBetween(Duration.ofDays(5), Duration.ofDays(5).plusMinutes(1));

    Instant firstWorkingDay = Instant.parse("2031-03-03T08:00:00Z");
    processTestContext.setTime(firstWorkingDay);
    Duration offBy = Duration.between(firstWorkingDay, processTestContext.getCurrentTime());
    assertThat(offBy).isBetween(Duration.ZERO, Duration.ofMinutes(1));
  }

  @Test
  void reminderFiresWhenTheClockIsSetPastTheDueDate() {
    deploy(REMINDER);
    processTestContext.mockJobWorker("cpt-deadline-reminder").thenComplete();
    ProcessInstanceEvent instance = start(REMINDER_PROCESS, Map.of("employee", "Ada"));
    assertThat(instance).hasActiveElements("review-request");

    processTestContext.setTime(
        processTestContext.getCurrentTime().plus(Duration.ofDays(5)).plusSeconds(1));

    assertThat(instance).hasCompletedElements("send-reminder").hasActiveElements("review-request");
  }

  @Test
  void workstationSetUpIsEscalatedToItLeadsWhenTheSlaIsBreached() {
    deploy(SLA);
    ProcessInstanceEvent instance = start(SLA_PROCESS, Map.of("employee", "Ada"));
    assertThat(UserTaskSelectors.byElementId("set-up-workstation"))
        .isCreated()
        .hasCandidateGroup("it-support")
        .hasPriority(50);

    processTestContext.increaseTime(Duration.ofHours(48));

    assertThat(instance)
        .isActive()
        .hasTerminatedElements("set-up-workstation")
        .hasCompletedElements("sla-breached")
        .hasActiveElements("escalated-set-up");
    assertThat(UserTaskSelectors.byElementId("set-up-workstation")).isCanceled();
    assertThat(UserTaskSelectors.byTaskName("Escalated workstation set-up"))
        .isCreated()
        .hasCandidateGroup("it-leads")
        .hasPriority(90);

    processTestContext.completeUserTask("escalated-set-up");
    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("workstation-ready-escalated")
        .hasNotActivatedElements("workstation-ready");
  }

  @Test
  void workstationSetUpInTimeDoesNotEscalate() {
    deploy(SLA);
    ProcessInstanceEvent instance = start(SLA_PROCESS, Map.of("employee", "Ada"));

    processTestContext.increaseTime(Duration.ofHours(47));
    processTestContext.completeUserTask("set-up-workstation");

    assertThat(instance)
        .isCompleted()
        .hasCompletedElementsInOrder("hire-confirmed", "set-up-workstation", "workstation-ready")
        .hasNotActivatedElements("sla-breached", "escalated-set-up");
    assertThat(UserTaskSelectors.byElementId("set-up-workstation")).isCompleted();
  }
}
