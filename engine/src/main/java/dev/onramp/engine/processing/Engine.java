package dev.onramp.engine.processing;

import dev.onramp.engine.clock.EngineClock;
import dev.onramp.engine.feel.FeelEvaluator;
import dev.onramp.engine.model.Behavior;
import dev.onramp.engine.model.BpmnTransformer;
import dev.onramp.engine.processing.behavior.BoundaryBehavior;
import dev.onramp.engine.processing.behavior.IncidentBehavior;
import dev.onramp.engine.processing.behavior.JobBehavior;
import dev.onramp.engine.processing.behavior.MessageBehavior;
import dev.onramp.engine.processing.behavior.TimerBehavior;
import dev.onramp.engine.processing.behavior.VariableBehavior;
import dev.onramp.engine.processing.bpmn.BpmnStepper;
import dev.onramp.engine.processing.bpmn.container.CallActivityProcessor;
import dev.onramp.engine.processing.bpmn.container.MultiInstanceBodyProcessor;
import dev.onramp.engine.processing.bpmn.container.ProcessProcessor;
import dev.onramp.engine.processing.bpmn.container.SubProcessProcessor;
import dev.onramp.engine.processing.bpmn.event.ErrorEndEventProcessor;
import dev.onramp.engine.processing.bpmn.event.MessageCatchProcessor;
import dev.onramp.engine.processing.bpmn.event.PassThroughProcessor;
import dev.onramp.engine.processing.bpmn.event.TerminateEndEventProcessor;
import dev.onramp.engine.processing.bpmn.event.TimerCatchProcessor;
import dev.onramp.engine.processing.bpmn.task.JobTaskProcessor;
import dev.onramp.engine.processing.bpmn.task.ScriptTaskProcessor;
import dev.onramp.engine.processing.bpmn.task.UserTaskProcessor;
import dev.onramp.engine.processing.command.DeployCommand;
import dev.onramp.engine.processing.command.DeploymentResult;
import dev.onramp.engine.processing.command.IncidentCommands;
import dev.onramp.engine.processing.command.InstanceCommands;
import dev.onramp.engine.processing.command.JobCommands;
import dev.onramp.engine.processing.command.MessageCommands;
import dev.onramp.engine.processing.command.MessageStartEvents;
import dev.onramp.engine.processing.command.ParsedResource;
import dev.onramp.engine.processing.command.TimerCommands;
import dev.onramp.engine.processing.command.UserTaskCommands;
import dev.onramp.engine.state.JournalingJdbcTemplate;
import dev.onramp.engine.state.WriteAhead;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The engine assembled: state, behaviours, element processors, the command loop and the services
 * around it. The REST API talks to this and nothing below it.
 */
public final class Engine implements EngineEvents, AutoCloseable {

  private final EngineClock clock;
  private final BpmnTransformer transformer;
  private final EngineState state;
  private final CommandLoop loop;
  private final BpmnStepper bpmn;
  private final TimerBehavior timers;
  private final MessageStartEvents messageStarts;
  private final JobActivation jobActivation;
  private final CompletionWaiters completionWaiters = new CompletionWaiters();
  private final DueWorkScheduler scheduler;
  private final AtomicLong lastChangeId = new AtomicLong();

  public final InstanceCommands instances;
  public final JobCommands jobs;
  public final UserTaskCommands userTasks;
  public final MessageCommands messages;
  public final IncidentCommands incidents;
  public final TimerCommands timerCommands;

  public Engine(
      DataSource dataSource,
      PlatformTransactionManager transactionManager,
      EngineClock clock,
      FeelEvaluator feel,
      int batchSize,
      WriteAhead writeAhead) {
    this.clock = clock;
    JdbcTemplate jdbc = new JournalingJdbcTemplate(dataSource, writeAhead.journal());
    this.transformer = new BpmnTransformer(feel);
    this.state = new EngineState(dataSource, jdbc, transformer);
    this.loop = new CommandLoop(transactionManager, clock, batchSize, writeAhead);
    VariableBehavior variables = new VariableBehavior(state, feel);
    IncidentBehavior incidentBehavior = new IncidentBehavior(state);
    JobBehavior jobBehavior = new JobBehavior(state, this);
    this.timers = new TimerBehavior(state, feel, this);
    MessageBehavior messageBehavior = new MessageBehavior(state, feel);
    BoundaryBehavior boundaries = new BoundaryBehavior(timers, messageBehavior);
    this.bpmn = new BpmnStepper(state, variables, incidentBehavior, jobBehavior, boundaries, this);
    CallActivityProcessor callActivities = new CallActivityProcessor();
    PassThroughProcessor passThrough = new PassThroughProcessor();
    bpmn.register(Behavior.PROCESS, new ProcessProcessor(callActivities));
    bpmn.register(Behavior.SUB_PROCESS, new SubProcessProcessor());
    bpmn.register(Behavior.CALL_ACTIVITY, callActivities);
    bpmn.register(Behavior.MULTI_INSTANCE_BODY, new MultiInstanceBodyProcessor());
    bpmn.register(Behavior.PASS_THROUGH, passThrough);
    bpmn.register(Behavior.EXCLUSIVE_GATEWAY, passThrough);
    bpmn.register(Behavior.PARALLEL_GATEWAY, passThrough);
    bpmn.register(Behavior.BOUNDARY_EVENT, passThrough);
    bpmn.register(Behavior.JOB_TASK, new JobTaskProcessor());
    bpmn.register(Behavior.USER_TASK, new UserTaskProcessor());
    bpmn.register(Behavior.SCRIPT_TASK, new ScriptTaskProcessor());
    bpmn.register(Behavior.MESSAGE_CATCH, new MessageCatchProcessor(messageBehavior));
    bpmn.register(Behavior.TIMER_CATCH, new TimerCatchProcessor(timers));
    bpmn.register(Behavior.ERROR_END_EVENT, new ErrorEndEventProcessor());
    bpmn.register(Behavior.TERMINATE_END_EVENT, new TerminateEndEventProcessor());
    this.messageStarts = new MessageStartEvents(state.definitions);
    this.instances = new InstanceCommands(bpmn);
    this.jobs = new JobCommands(bpmn);
    this.userTasks = new UserTaskCommands(bpmn);
    this.messages = new MessageCommands(bpmn, messageBehavior, messageStarts);
    this.incidents = new IncidentCommands(bpmn);
    this.timerCommands = new TimerCommands(bpmn, timers);
    this.jobActivation = new JobActivation(loop, jobs);
    this.scheduler =
        new DueWorkScheduler(
            clock, loop, state.timers, state.jobs, state.messages, timerCommands, jobs);
    clock.onChange(scheduler::checkNow);
  }

  /** Starts processing: recovery is reading what is due from the database and going on. */
  public void start() {
    messageStarts.reload();
    loop.start();
    scheduler.checkNow();
  }

  public EngineClock clock() {
    return clock;
  }

  /** Compiles and validates BPMN models (no state involved: callable from any thread). */
  public BpmnTransformer transformer() {
    return transformer;
  }

  public EngineState state() {
    return state;
  }

  public <T> CompletableFuture<T> submit(Command<T> command) {
    return loop.submit(command);
  }

  public CompletableFuture<DeploymentResult> deploy(List<ParsedResource> resources, String tenant) {
    return loop.submit(new DeployCommand(state, timers, this, resources, tenant));
  }

  public void activateJobs(JobActivation.Request request) {
    jobActivation.activate(request);
  }

  /** Loop thread: calls {@code onEnd} after the commit that ends the instance. */
  public void awaitEnd(long processInstanceKey, Runnable onEnd) {
    completionWaiters.register(processInstanceKey, onEnd);
  }

  /** Deletes every deployment, instance, job, task, message and incident; returns the change id. */
  public CompletableFuture<Long> purge() {
    return loop.submit(
        context -> {
          state.purge.deleteEverything();
          context.afterCommit(
              () -> {
                state.definitions.clearCache();
                messageStarts.reload();
                jobActivation.releaseAll();
              });
          return lastChangeId.incrementAndGet();
        });
  }

  public long lastCompletedChangeId() {
    return lastChangeId.get();
  }

  @Override
  public void jobsAvailable(String type) {
    jobActivation.jobsAvailable(type);
  }

  @Override
  public void processInstanceEnded(long processInstanceKey) {
    completionWaiters.ended(processInstanceKey);
  }

  @Override
  public void dueAt(long epochMillis) {
    scheduler.dueAt(epochMillis);
  }

  @Override
  public void definitionsChanged() {
    messageStarts.reload();
  }

  @Override
  public void close() {
    scheduler.close();
    jobActivation.close();
    loop.close();
  }
}
