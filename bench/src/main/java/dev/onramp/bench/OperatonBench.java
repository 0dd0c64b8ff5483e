package dev.onramp.bench;

import static dev.onramp.bench.OnboardingProcess.JOB_1;
import static dev.onramp.bench.OnboardingProcess.JOB_2;
import static dev.onramp.bench.OnboardingProcess.JOB_3;
import static dev.onramp.bench.OnboardingProcess.TASK_1;
import static dev.onramp.bench.OnboardingProcess.TASK_2;
import static dev.onramp.bench.OnboardingProcess.TASK_3;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.engine.ProcessEngineConfiguration;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.operaton.bpm.engine.task.Task;

/**
 * Operaton 1.0.0 embedded in this JVM: standalone configuration, H2 file with {@code
 * WRITE_DELAY=0}, history level FULL, job executor on. Driven through its Java API the way a user
 * (TaskService) and external-task workers (ExternalTaskService) would.
 */
final class OperatonBench implements BenchEngine {

  private static final long LOCK_MILLIS = 5 * 60 * 1000L;

  private ProcessEngine engine;
  private String url;

  @Override
  public String name() {
    return "operaton";
  }

  @Override
  public String description() {
    return "Operaton "
        + versionOf(ProcessEngine.class, "1.0.0")
        + " embedded (standalone configuration), H2 file WRITE_DELAY=0, history FULL, job executor"
        + " on, external tasks + TaskService through the Java API";
  }

  @Override
  public void start(Path dataDir, int driverThreads) {
    url =
        "jdbc:h2:file:"
            + dataDir.toAbsolutePath().resolve("operaton")
            + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    ProcessEngineConfiguration configuration =
        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
            .setProcessEngineName("bench-operaton-" + dataDir.getFileName())
            .setJdbcUrl(url)
            .setJdbcDriver("org.h2.Driver")
            .setJdbcUsername("sa")
            .setJdbcPassword("")
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
            .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
            .setJobExecutorActivate(true);
    // JUEL-based DMN FEEL: the scala-shaded FEEL engine clashes with the onramp engine's FEEL on
    // one class path (see bench/pom.xml). No DMN runs in the benchmark.
    ((ProcessEngineConfigurationImpl) configuration).setDmnFeelEnableLegacyBehavior(true);
    engine = configuration.buildProcessEngine();
    for (int thread = 0; thread < driverThreads; thread++) {
      engine
          .getRepositoryService()
          .createDeployment()
          .name("onboarding-bench-t" + thread)
          .addString(
              OnboardingProcess.processId(thread) + ".bpmn", OnboardingProcess.operaton(thread))
          .deploy();
    }
  }

  @Override
  public String jdbcUrl() {
    return url;
  }

  @Override
  public OnboardingDriver driver(int thread) {
    return new Driver(engine, thread);
  }

  @Override
  public void close() {
    if (engine != null) {
      engine.close();
      engine = null;
    }
  }

  static String versionOf(Class<?> type, String fallback) {
    String version = type.getPackage().getImplementationVersion();
    return version == null ? fallback : version;
  }

  private static final class Driver implements OnboardingDriver {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ExternalTaskService externalTasks;
    private final HistoryService history;
    private final int thread;
    private final String processId;
    private final String workerId;

    Driver(ProcessEngine engine, int thread) {
      this.runtime = engine.getRuntimeService();
      this.tasks = engine.getTaskService();
      this.externalTasks = engine.getExternalTaskService();
      this.history = engine.getHistoryService();
      this.thread = thread;
      this.processId = OnboardingProcess.processId(thread);
      this.workerId = "bench-worker-t" + thread;
    }

    @Override
    public void runOneInstance(long sequence) {
      long t = System.nanoTime();
      String instanceId =
          runtime.startProcessInstanceByKey(processId, Variables.start(sequence)).getId();
      t = StepTimes.record("1 create instance", t);
      completeUserTask(instanceId, TASK_1, Variables.task1());
      t = StepTimes.record("2 " + TASK_1, t);
      completeJob(instanceId, JOB_1, Variables.job1(sequence));
      t = StepTimes.record("3 " + JOB_1, t);
      completeUserTask(instanceId, TASK_2, Variables.none());
      t = StepTimes.record("4 " + TASK_2, t);
      completeJob(instanceId, JOB_2, Variables.job2());
      t = StepTimes.record("5 " + JOB_2, t);
      completeUserTask(instanceId, TASK_3, Variables.none());
      t = StepTimes.record("6 " + TASK_3, t);
      completeJob(instanceId, JOB_3, Variables.job3());
      t = StepTimes.record("7 " + JOB_3, t);
      HistoricProcessInstance ended =
          history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult();
      if (ended == null || !HistoricProcessInstance.STATE_COMPLETED.equals(ended.getState())) {
        throw new IllegalStateException(
            "instance "
                + instanceId
                + " did not complete: "
                + (ended == null ? null : ended.getState()));
      }
      StepTimes.record("8 end check", t);
    }

    private void completeUserTask(String instanceId, String taskId, Map<String, Object> vars) {
      Task task =
          tasks
              .createTaskQuery()
              .processInstanceId(instanceId)
              .taskDefinitionKey(taskId)
              .singleResult();
      if (task == null) {
        throw new IllegalStateException("no user task " + taskId + " in instance " + instanceId);
      }
      tasks.complete(task.getId(), vars);
    }

    private void completeJob(String instanceId, String serviceTaskId, Map<String, Object> vars) {
      List<LockedExternalTask> locked =
          externalTasks
              .fetchAndLock(1, workerId)
              .topic(OnboardingProcess.jobType(serviceTaskId, thread), LOCK_MILLIS)
              .execute();
      if (locked.isEmpty()) {
        throw new IllegalStateException(
            "no external task " + serviceTaskId + " in instance " + instanceId);
      }
      LockedExternalTask task = locked.get(0);
      // The topic is this thread's own, so the task is this instance's (as for the onramp jobs).
      if (!instanceId.equals(task.getProcessInstanceId())) {
        throw new IllegalStateException(
            "external task "
                + task.getId()
                + " belongs to instance "
                + task.getProcessInstanceId()
                + ", expected "
                + instanceId);
      }
      externalTasks.complete(task.getId(), workerId, vars);
    }
  }
}
