package dev.onramp.bench;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;

/**
 * The onboarding-shaped process of the benchmark, in both dialects, with identical shape and ids:
 *
 * <pre>
 * start → collect-details (user) → approved? ─yes→ create-account (service)
 *                                            └no─→ rejected (end)
 *   → sign-contract (user, non-interrupting P5D timer → remind (service) → reminded (end))
 *   → provision-access (service) → welcome-call (user) → close-onboarding (service) → onboarded (end)
 * </pre>
 *
 * <p>Each driver thread gets its own copy ({@code onboarding-t<i>}) whose job types / external task
 * topics carry the same suffix, so a thread never receives another thread's job.
 */
final class OnboardingProcess {

  static final String TASK_1 = "collect-details";
  static final String TASK_2 = "sign-contract";
  static final String TASK_3 = "welcome-call";
  static final String JOB_1 = "create-account";
  static final String JOB_2 = "provision-access";
  static final String JOB_3 = "close-onboarding";
  static final String REMIND = "remind";

  private OnboardingProcess() {}

  static String processId(int thread) {
    return "onboarding-t" + thread;
  }

  /** Job type (Camunda 8) or external task topic (Operaton) of a service task for a thread. */
  static String jobType(String serviceTaskId, int thread) {
    return serviceTaskId + "-t" + thread;
  }

  /** The Camunda 8 (Zeebe dialect) model, deployed to the onramp engine. */
  static BpmnModelInstance camunda8(int thread) {
    return Bpmn.createExecutableProcess(processId(thread))
        .name("Onboarding (benchmark, thread " + thread + ")")
        .startEvent("start")
        .userTask(TASK_1, t -> t.zeebeUserTask())
        .exclusiveGateway("approved")
        .defaultFlow()
        .endEvent("rejected")
        .moveToLastGateway()
        .conditionExpression("= approved = true")
        .serviceTask(JOB_1, s -> s.zeebeJobType(jobType(JOB_1, thread)))
        .userTask(TASK_2, t -> t.zeebeUserTask())
        .boundaryEvent("reminder", b -> b.cancelActivity(false).timerWithDuration("P5D"))
        .serviceTask(REMIND, s -> s.zeebeJobType(jobType(REMIND, thread)))
        .endEvent("reminded")
        .moveToActivity(TASK_2)
        .serviceTask(JOB_2, s -> s.zeebeJobType(jobType(JOB_2, thread)))
        .userTask(TASK_3, t -> t.zeebeUserTask())
        .serviceTask(JOB_3, s -> s.zeebeJobType(jobType(JOB_3, thread)))
        .endEvent("onboarded")
        .done();
  }

  /**
   * The same process in Operaton's dialect (Camunda 7 style): service tasks are external tasks,
   * user tasks are plain user tasks worked through the TaskService.
   */
  static String operaton(int thread) {
    String id = processId(thread);
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            xmlns:operaton="http://operaton.org/schema/1.0/bpmn"
            targetNamespace="http://onramp.dev/bench">
          <process id="%1$s" name="Onboarding (benchmark, thread %2$d)" isExecutable="true"
              operaton:historyTimeToLive="P180D">
            <startEvent id="start"/>
            <sequenceFlow id="f1" sourceRef="start" targetRef="%3$s"/>
            <userTask id="%3$s"/>
            <sequenceFlow id="f2" sourceRef="%3$s" targetRef="approved"/>
            <exclusiveGateway id="approved" default="f-rejected"/>
            <sequenceFlow id="f-approved" sourceRef="approved" targetRef="%6$s">
              <conditionExpression xsi:type="tFormalExpression">${approved == true}</conditionExpression>
            </sequenceFlow>
            <sequenceFlow id="f-rejected" sourceRef="approved" targetRef="rejected"/>
            <endEvent id="rejected"/>
            <serviceTask id="%6$s" operaton:type="external" operaton:topic="%6$s-t%2$d"/>
            <sequenceFlow id="f3" sourceRef="%6$s" targetRef="%4$s"/>
            <userTask id="%4$s"/>
            <boundaryEvent id="reminder" attachedToRef="%4$s" cancelActivity="false">
              <timerEventDefinition>
                <timeDuration xsi:type="tFormalExpression">P5D</timeDuration>
              </timerEventDefinition>
            </boundaryEvent>
            <sequenceFlow id="f-remind" sourceRef="reminder" targetRef="%9$s"/>
            <serviceTask id="%9$s" operaton:type="external" operaton:topic="%9$s-t%2$d"/>
            <sequenceFlow id="f-reminded" sourceRef="%9$s" targetRef="reminded"/>
            <endEvent id="reminded"/>
            <sequenceFlow id="f4" sourceRef="%4$s" targetRef="%7$s"/>
            <serviceTask id="%7$s" operaton:type="external" operaton:topic="%7$s-t%2$d"/>
            <sequenceFlow id="f5" sourceRef="%7$s" targetRef="%5$s"/>
            <userTask id="%5$s"/>
            <sequenceFlow id="f6" sourceRef="%5$s" targetRef="%8$s"/>
            <serviceTask id="%8$s" operaton:type="external" operaton:topic="%8$s-t%2$d"/>
            <sequenceFlow id="f7" sourceRef="%8$s" targetRef="onboarded"/>
            <endEvent id="onboarded"/>
          </process>
        </definitions>
        """
        .formatted(id, thread, TASK_1, TASK_2, TASK_3, JOB_1, JOB_2, JOB_3, REMIND);
  }
}
