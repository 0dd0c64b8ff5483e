package dev.onramp.engine.cpt;

import static io.camunda.process.test.api.CamundaAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceEvent;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.MessageSubscription;
import io.camunda.process.test.api.assertions.UserTaskSelectors;
import io.camunda.process.test.api.mock.JobWorkerMockBuilder.JobWorkerMock;
import io.camunda.process.test.impl.assertions.CamundaDataSource;
import io.camunda.process.test.impl.testresult.CamundaProcessTestResultCollector;
import io.camunda.process.test.impl.testresult.CamundaProcessTestResultPrinter;
import io.camunda.process.test.impl.testresult.ProcessInstanceResult;
import io.camunda.process.test.impl.testresult.ProcessTestResult;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Events and failures during an onboarding: the new hire claims a laptop (message catch), the
 * directory worker reports an existing account (BPMN error boundary), and an unreachable directory
 * exhausts the job retries (incident, resolved by operations).
 */
class OnboardingEventsProcessTest extends AbstractCptTest {

  private static final String CLAIM_PROCESS = "cpt-onboarding-laptop-claim";
  private static final String ACCOUNT_PROCESS = "cpt-onboarding-directory-account";

  private static final BpmnModelInstance CLAIM =
      Bpmn.createExecutableProcess(CLAIM_PROCESS)
          .startEvent("laptop-shipped")
          .intermediateCatchEvent("laptop-claimed")
          .name("Laptop claimed")
          .message(m -> m.name("cpt-laptop-claimed").zeebeCorrelationKeyExpression("employeeId"))
          .serviceTask("register-asset", t -> t.zeebeJobType("cpt-events-register-asset"))
          .endEvent("asset-registered")
          .done();

  private static final BpmnModelInstance ACCOUNT =
      Bpmn.createExecutableProcess(ACCOUNT_PROCESS)
          .startEvent("hire-confirmed")
          .serviceTask(
              "create-directory-account",
              t -> t.zeebeJobType("cpt-events-directory").zeebeJobRetries("2"))
          .name("Create directory account")
          .endEvent("account-created")
          .moveToActivity("create-directory-account")
          .boundaryEvent("account-exists", b -> b.error("ACCOUNT_EXISTS"))
          .userTask("link-existing-account")
          .name("Link existing account")
          .zeebeUserTask()
          .zeebeCandidateGroups("identity-admins")
          .endEvent("account-linked")
          .done();

  @Test
  void processWaitsForTheLaptopClaimOfThisEmployee() {
    deploy(CLAIM);
    ProcessInstanceEvent instance = start(CLAIM_PROCESS, Map.of("employeeId", "E-1001"));

    assertThat(instance)
        .isActive()
        .hasActiveElements("laptop-claimed")
        .isWaitingForMessage("cpt-laptop-claimed")
        .isWaitingForMessage("cpt-laptop-claimed", "E-1001")
        .isNotWaitingForMessage("cpt-laptop-returned");
  }

  @Test
  void laptopClaimIsCorrelatedAndTheAssetRegistered() {
    deploy(CLAIM);
    processTestContext.mockJobWorker("cpt-events-register-asset").thenComplete();
    ProcessInstanceEvent instance = start(CLAIM_PROCESS, Map.of("employeeId", "E-1002"));
    ProcessInstanceEvent other = start(CLAIM_PROCESS, Map.of("employeeId", "E-2002"));
    assertThat(instance).isWaitingForMessage("cpt-laptop-claimed", "E-1002");

    client
        .newPublishMessageCommand()
        .messageName("cpt-laptop-claimed")
        .correlationKey("E-1002")
        .variables(Map.of("serialNumber", "SN-42"))
        .send()
        .join();

    assertThat(instance)
        .hasCorrelatedMessage("cpt-laptop-claimed", "E-1002")
        .hasCorrelatedMessage("cpt-laptop-claimed")
        // only the key variant filters by state CREATED; CPT 8.8.14's name-only variant also counts
        // the CORRELATED subscription (as real Camunda keeps it), so it cannot be used here
        .isNotWaitingForMessage("cpt-laptop-claimed", "E-1002")
        .isCompleted()
        .hasCompletedElementsInOrder("laptop-claimed", "register-asset", "asset-registered")
        .hasVariable("serialNumber", "SN-42");
    assertThat(other).isActive().isWaitingForMessage("cpt-laptop-claimed", "E-2002");
  }

  @Test
  void existingDirectoryAccountFromTheWorkerIsLinkedByIdentityAdmins() {
    deploy(ACCOUNT);
    processTestContext
        .mockJobWorker("cpt-events-directory")
        .thenThrowBpmnError("ACCOUNT_EXISTS", Map.of("existingAccount", "ada.l"));
    ProcessInstanceEvent instance = start(ACCOUNT_PROCESS, Map.of("employee", "Ada"));

    assertThat(instance)
        .isActive()
        .hasTerminatedElements("create-directory-account")
        .hasCompletedElements("account-exists")
        .hasActiveElements("link-existing-account")
        .hasNoActiveIncidents()
        .hasVariable("existingAccount", "ada.l");
    assertThat(UserTaskSelectors.byElementId("link-existing-account"))
        .isCreated()
        .hasCandidateGroup("identity-admins");

    processTestContext.completeUserTask("link-existing-account");
    assertThat(instance)
        .isCompleted()
        .hasCompletedElements("account-linked")
        .hasNotActivatedElements("account-created");
  }

  @Test
  void bpmnErrorThrownFromTheJobIsCaughtByTheBoundary() {
    deploy(ACCOUNT);
    ProcessInstanceEvent instance = start(ACCOUNT_PROCESS, Map.of("employee", "Ada"));

    processTestContext.throwBpmnErrorFromJob("cpt-events-directory", "ACCOUNT_EXISTS");

    assertThat(instance)
        .hasCompletedElementsInOrder("hire-confirmed", "account-exists")
        .hasActiveElements("link-existing-account");
  }

  @Test
  void uncaughtBpmnErrorRaisesAnIncident() {
    deploy(ACCOUNT);
    ProcessInstanceEvent instance = start(ACCOUNT_PROCESS, Map.of("employee", "Ada"));

    processTestContext.throwBpmnErrorFromJob("cpt-events-directory", "DIRECTORY_READ_ONLY");

    assertThat(instance)
        .isActive()
        .hasActiveIncidents()
        .hasActiveElements("create-directory-account");
    List<Incident> incidents = incidentsOf(instance);
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).getErrorType()).isEqualTo(IncidentErrorType.UNHANDLED_ERROR_EVENT);
  }

  @Test
  void exhaustedRetriesRaiseAnIncidentThatOperationsResolve() {
    deploy(ACCOUNT);
    AtomicBoolean directoryDown = new AtomicBoolean(true);
    JobWorkerMock worker =
        processTestContext
            .mockJobWorker("cpt-events-directory")
            .withHandler(
                (jobClient, job) -> {
                  if (directoryDown.get()) {
                    throw new IllegalStateException("LDAP server unreachable");
                  }
                  jobClient
                      .newCompleteCommand(job)
                      .variables(Map.of("account", "ada.lovelace"))
                      .send()
                      .join();
                });
    ProcessInstanceEvent instance = start(ACCOUNT_PROCESS, Map.of("employee", "Ada"));

    assertThat(instance).isActive().hasActiveIncidents();
    assertThat(worker.getInvocations()).isEqualTo(2);
    Incident incident = incidentsOf(instance).get(0);
    assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.JOB_NO_RETRIES);
    assertThat(incident.getErrorMessage()).contains("LDAP server unreachable");

    directoryDown.set(false);
    client.newUpdateRetriesCommand(incident.getJobKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();

    assertThat(instance)
        .hasNoActiveIncidents()
        .isCompleted()
        .hasCompletedElementsInOrder("create-directory-account", "account-created")
        .hasVariable("account", "ada.lovelace");
    assertThat(worker.getInvocations()).isEqualTo(3);
  }

  @Test
  void failedJobWithoutRetriesIsRetriedByCompleteJobAfterResolution() {
    deploy(ACCOUNT);
    ProcessInstanceEvent instance = start(ACCOUNT_PROCESS, Map.of("employee", "Ada"));
    ActivatedJob job =
        client
            .newActivateJobsCommand()
            .jobType("cpt-events-directory")
            .maxJobsToActivate(1)
            .requestTimeout(Duration.ofSeconds(5))
            .send()
            .join()
            .getJobs()
            .get(0);
    client.newFailCommand(job).retries(0).errorMessage("directory quota exceeded").send().join();
    assertThat(instance).hasActiveIncidents();

    Incident incident = incidentsOf(instance).get(0);
    client.newUpdateRetriesCommand(job.getKey()).retries(1).send().join();
    client.newResolveIncidentCommand(incident.getIncidentKey()).send().join();
    processTestContext.completeJob("cpt-events-directory", Map.of("account", "ada.l2"));

    assertThat(instance)
        .hasNoActiveIncidents()
        .isCompleted()
        .hasVariable("account", "ada.l2")
        .hasNotActivatedElements("account-exists", "link-existing-account");
  }

  @Test
  void failureReportOfCptShowsIncidentsActiveElementsAndOpenSubscriptions() {
    deploy(ACCOUNT, CLAIM);
    ProcessInstanceEvent failing = start(ACCOUNT_PROCESS, Map.of("employee", "Ada"));
    ProcessInstanceEvent waiting = start(CLAIM_PROCESS, Map.of("employeeId", "E-3003"));
    processTestContext.throwBpmnErrorFromJob("cpt-events-directory", "DIRECTORY_READ_ONLY");
    assertThat(failing).hasActiveIncidents();
    assertThat(waiting).isWaitingForMessage("cpt-laptop-claimed", "E-3003");

    // what CamundaProcessTestExtension collects and prints when a test fails
    ProcessTestResult result =
        new CamundaProcessTestResultCollector(new CamundaDataSource(client)).collect();
    StringBuilder printed = new StringBuilder();
    new CamundaProcessTestResultPrinter(printed::append).print(result);

    assertThat(result.getProcessInstanceTestResults()).hasSize(2);
    ProcessInstanceResult failed = resultOf(result, failing);
    assertThat(failed.getActiveIncidents())
        .extracting(Incident::getErrorType)
        .containsExactly(IncidentErrorType.UNHANDLED_ERROR_EVENT);
    assertThat(failed.getActiveElementInstances())
        .extracting(ElementInstance::getElementId)
        .contains("create-directory-account");
    assertThat(failed.getVariables()).containsEntry("employee", "\"Ada\"");
    assertThat(resultOf(result, waiting).getActiveMessageSubscriptions())
        .extracting(MessageSubscription::getMessageName, MessageSubscription::getCorrelationKey)
        .containsExactly(tuple("cpt-laptop-claimed", "E-3003"));
    assertThat(printed)
        .contains(ACCOUNT_PROCESS, CLAIM_PROCESS, "create-directory-account", "E-3003");
  }

  private static ProcessInstanceResult resultOf(
      ProcessTestResult result, ProcessInstanceEvent instance) {
    return result.getProcessInstanceTestResults().stream()
        .filter(
            r -> r.getProcessInstance().getProcessInstanceKey() == instance.getProcessInstanceKey())
        .findFirst()
        .orElseThrow();
  }

  private List<Incident> incidentsOf(ProcessInstanceEvent instance) {
    return client
        .newIncidentSearchRequest()
        .filter(f -> f.processInstanceKey(instance.getProcessInstanceKey()))
        .send()
        .join()
        .items();
  }
}
