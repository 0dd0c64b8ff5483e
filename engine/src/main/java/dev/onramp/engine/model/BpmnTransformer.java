package dev.onramp.engine.model;

import dev.onramp.engine.feel.Expression;
import dev.onramp.engine.feel.ExpressionException;
import dev.onramp.engine.feel.FeelEvaluator;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.DataObject;
import io.camunda.zeebe.model.bpmn.instance.DataObjectReference;
import io.camunda.zeebe.model.bpmn.instance.DataStoreReference;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.ExtensionElements;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.IntermediateThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.LoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.ManualTask;
import io.camunda.zeebe.model.bpmn.instance.MessageEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.ParallelGateway;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.Task;
import io.camunda.zeebe.model.bpmn.instance.TerminateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListener;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListenerEventType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeOutput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebePriorityDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeScript;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeVersionTag;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.camunda.bpm.model.xml.validation.ValidationResults;

/**
 * Compiles a BPMN model into {@link ExecutableProcess}es and refuses, naming each element, whatever
 * this engine would not execute exactly as Camunda 8.8 does. Nothing unsupported is ignored.
 */
public final class BpmnTransformer {

  /** Extension elements this engine executes; everything else in {@code zeebe:} is refused. */
  private static final Set<String> SUPPORTED_EXTENSIONS =
      Set.of(
          "taskDefinition",
          "taskHeaders",
          "ioMapping",
          "executionListeners",
          "userTask",
          "formDefinition",
          "assignmentDefinition",
          "taskSchedule",
          "priorityDefinition",
          "calledElement",
          "loopCharacteristics",
          "subscription",
          "properties",
          "versionTag",
          "script",
          "header",
          "input",
          "output",
          "executionListener",
          "property");

  private final FeelEvaluator feel;

  public BpmnTransformer(FeelEvaluator feel) {
    this.feel = feel;
  }

  /**
   * @throws InvalidModelException listing every problem, each naming the element id and type
   */
  public List<ExecutableProcess> transform(BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    ValidationResults results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
    results
        .getResults()
        .forEach(
            (element, elementResults) -> {
              for (ValidationResult result : elementResults) {
                if (result.getType() == ValidationResultType.ERROR) {
                  problems.add(describe(element) + ": " + result.getMessage());
                }
              }
            });
    List<ExecutableProcess> processes = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isExecutable()) {
        continue;
      }
      Compilation compilation = new Compilation(problems);
      ExecutableProcess executable = compilation.process(process);
      processes.add(executable);
    }
    if (processes.isEmpty() && problems.isEmpty()) {
      problems.add("The model contains no executable process (isExecutable=\"true\")");
    }
    if (!problems.isEmpty()) {
      throw new InvalidModelException(problems);
    }
    return processes;
  }

  static String describe(ModelElementInstance element) {
    String type = element.getElementType().getTypeName();
    String id = element instanceof BaseElement base ? base.getId() : null;
    return id == null ? "'" + type + "'" : "Element '" + id + "' (" + type + ")";
  }

  /** The state of compiling one process. */
  private final class Compilation {
    private final List<String> problems;
    private final Map<String, ExecutableElement> elements = new LinkedHashMap<>();
    private final Map<String, ExecutableFlow> flows = new LinkedHashMap<>();
    private final List<ExecutableElement> messageStarts = new ArrayList<>();
    private final List<ExecutableElement> timerStarts = new ArrayList<>();
    private boolean hasStartForm;

    Compilation(List<String> problems) {
      this.problems = problems;
    }

    ExecutableProcess process(Process process) {
      ExecutableElement root =
          new ExecutableElement(process.getId(), process.getName(), "PROCESS", Behavior.PROCESS);
      elements.put(root.id, root);
      checkExtensions(process);
      root.startListeners.addAll(listeners(process, ZeebeExecutionListenerEventType.start));
      root.endListeners.addAll(listeners(process, ZeebeExecutionListenerEventType.end));
      container(process, process.getFlowElements(), root, true);
      ZeebeVersionTag versionTag = process.getSingleExtensionElement(ZeebeVersionTag.class);
      return new ExecutableProcess(
          process.getId(),
          process.getName(),
          versionTag == null ? null : versionTag.getValue(),
          root,
          Map.copyOf(elements),
          Map.copyOf(flows),
          List.copyOf(messageStarts),
          List.copyOf(timerStarts),
          hasStartForm);
    }

    private void container(
        BaseElement container,
        Collection<FlowElement> children,
        ExecutableElement scope,
        boolean isProcess) {
      for (FlowElement child : children) {
        if (child instanceof SequenceFlow
            || child instanceof DataObject
            || child instanceof DataObjectReference
            || child instanceof DataStoreReference) {
          continue;
        }
        ExecutableElement element = element(child, isProcess);
        if (element == null) {
          continue;
        }
        element.flowScope = scope;
        if (elements.putIfAbsent(element.id, element) != null) {
          problems.add(describe(child) + ": the id is used twice");
        }
        if (element.behavior == Behavior.SUB_PROCESS) {
          container(child, ((SubProcess) child).getFlowElements(), element, false);
        }
        if (child instanceof StartEvent && element.eventType == EventType.NONE) {
          if (scope.noneStartEvent != null) {
            problems.add(describe(child) + ": only one none start event is allowed per scope");
          }
          scope.noneStartEvent = element;
        }
      }
      for (FlowElement child : children) {
        if (child instanceof SequenceFlow flow) {
          sequenceFlow(flow);
        }
      }
      for (FlowElement child : children) {
        if (child instanceof BoundaryEvent boundary) {
          ExecutableElement event = elements.get(boundary.getId());
          ExecutableElement host =
              boundary.getAttachedTo() == null
                  ? null
                  : elements.get(boundary.getAttachedTo().getId());
          if (event != null && host != null) {
            event.attachedTo = host;
            host.boundaryEvents.add(event);
          } else if (event != null) {
            problems.add(describe(boundary) + ": it must be attached to an activity");
          }
        }
      }
      if (scope.noneStartEvent == null && (!isProcess || messageStarts.isEmpty())) {
        if (!isProcess || timerStarts.isEmpty()) {
          problems.add(
              describe(container)
                  + ": "
                  + (isProcess ? "the process" : "the sub-process")
                  + " needs a none start event");
        }
      }
    }

    private void sequenceFlow(SequenceFlow flow) {
      ExecutableElement source = elements.get(flow.getSource().getId());
      ExecutableElement target = elements.get(flow.getTarget().getId());
      if (source == null || target == null) {
        return;
      }
      Expression condition = null;
      ConditionExpression conditionExpression = flow.getConditionExpression();
      if (conditionExpression != null && !conditionExpression.getTextContent().isBlank()) {
        if (source.behavior != Behavior.EXCLUSIVE_GATEWAY) {
          problems.add(
              describe(flow)
                  + ": a condition is only supported on a sequence flow leaving an exclusive"
                  + " gateway");
        }
        condition = expression(flow, conditionExpression.getTextContent(), true);
      }
      ExecutableFlow executable = new ExecutableFlow(flow.getId(), source, target, condition);
      flows.put(flow.getId(), executable);
      source.outgoing.add(executable);
      target.incoming.add(executable);
      if (flow.getSource() instanceof ExclusiveGateway gateway
          && gateway.getDefault() != null
          && gateway.getDefault().getId().equals(flow.getId())) {
        source.defaultFlow = executable;
      }
    }

    private ExecutableElement element(FlowElement child, boolean inProcess) {
      checkExtensions(child);
      String id = child.getId();
      String name = child.getName();
      ExecutableElement element;
      if (child instanceof StartEvent start) {
        element = startEvent(start, inProcess);
      } else if (child instanceof EndEvent end) {
        element = endEvent(end);
      } else if (child instanceof UserTask userTask) {
        element = userTask(userTask);
      } else if (child instanceof io.camunda.zeebe.model.bpmn.instance.ScriptTask scriptTask
          && scriptTask.getSingleExtensionElement(ZeebeScript.class) != null) {
        ZeebeScript script = scriptTask.getSingleExtensionElement(ZeebeScript.class);
        element = new ExecutableElement(id, name, "SCRIPT_TASK", Behavior.SCRIPT_TASK);
        element.script = expression(child, script.getExpression(), true);
        element.resultVariable = script.getResultVariable();
      } else if (isJobTask(child)) {
        element = jobTask((Task) child);
      } else if (child instanceof ManualTask
          || child.getElementType().getTypeName().equals("task")) {
        element =
            new ExecutableElement(
                id,
                name,
                child instanceof ManualTask ? "MANUAL_TASK" : "TASK",
                Behavior.PASS_THROUGH);
      } else if (child instanceof ExclusiveGateway) {
        element = new ExecutableElement(id, name, "EXCLUSIVE_GATEWAY", Behavior.EXCLUSIVE_GATEWAY);
      } else if (child instanceof ParallelGateway) {
        element = new ExecutableElement(id, name, "PARALLEL_GATEWAY", Behavior.PARALLEL_GATEWAY);
      } else if (child instanceof IntermediateCatchEvent catchEvent) {
        element = intermediateCatch(catchEvent);
      } else if (child instanceof IntermediateThrowEvent throwEvent) {
        if (!throwEvent.getEventDefinitions().isEmpty()) {
          return unsupported(child, "only none intermediate throw events are supported");
        }
        element =
            new ExecutableElement(id, name, "INTERMEDIATE_THROW_EVENT", Behavior.PASS_THROUGH);
      } else if (child instanceof BoundaryEvent boundary) {
        element = boundaryEvent(boundary);
      } else if (child instanceof SubProcess subProcess
          && subProcess.getElementType().getTypeName().equals("subProcess")) {
        if (subProcess.triggeredByEvent()) {
          return unsupported(child, "event sub-processes are not supported");
        }
        element = new ExecutableElement(id, name, "SUB_PROCESS", Behavior.SUB_PROCESS);
      } else if (child instanceof CallActivity callActivity) {
        element = callActivity(callActivity);
      } else {
        return unsupported(child, "this element type is not supported by this engine");
      }
      if (element == null) {
        return null;
      }
      element.inputs.addAll(mappings(child, true));
      element.outputs.addAll(mappings(child, false));
      element.startListeners.addAll(listeners(child, ZeebeExecutionListenerEventType.start));
      element.endListeners.addAll(listeners(child, ZeebeExecutionListenerEventType.end));
      if (child instanceof Activity activity) {
        element.multiInstance = multiInstance(activity);
      }
      return element;
    }

    private boolean isJobTask(FlowElement child) {
      String type = child.getElementType().getTypeName();
      return Set.of("serviceTask", "sendTask", "scriptTask", "businessRuleTask").contains(type);
    }

    private ExecutableElement jobTask(Task task) {
      String type =
          switch (task.getElementType().getTypeName()) {
            case "sendTask" -> "SEND_TASK";
            case "scriptTask" -> "SCRIPT_TASK";
            case "businessRuleTask" -> "BUSINESS_RULE_TASK";
            default -> "SERVICE_TASK";
          };
      ExecutableElement element =
          new ExecutableElement(task.getId(), task.getName(), type, Behavior.JOB_TASK);
      ZeebeTaskDefinition definition = task.getSingleExtensionElement(ZeebeTaskDefinition.class);
      if (definition == null) {
        problems.add(describe(task) + ": it needs a zeebe:taskDefinition with a job type");
        return element;
      }
      element.jobType = expression(task, definition.getType(), true);
      element.jobRetries = expression(task, definition.getRetries(), false);
      ZeebeTaskHeaders headers = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
      if (headers != null) {
        for (ZeebeHeader header : headers.getHeaders()) {
          element.headers.put(header.getKey(), header.getValue());
        }
      }
      return element;
    }

    private ExecutableElement userTask(UserTask task) {
      ExecutableElement element =
          new ExecutableElement(task.getId(), task.getName(), "USER_TASK", Behavior.USER_TASK);
      if (task.getSingleExtensionElement(ZeebeUserTask.class) == null) {
        problems.add(
            describe(task)
                + ": only Camunda user tasks (zeebe:userTask) are supported; job-worker user tasks"
                + " are not");
        return element;
      }
      ZeebeAssignmentDefinition assignment =
          task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
      ZeebeTaskSchedule schedule = task.getSingleExtensionElement(ZeebeTaskSchedule.class);
      ZeebePriorityDefinition priority =
          task.getSingleExtensionElement(ZeebePriorityDefinition.class);
      ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
      if (form != null && form.getFormKey() != null && !form.getFormKey().isBlank()) {
        problems.add(
            describe(task)
                + ": zeebe:formDefinition formKey is not supported; link a deployed form with"
                + " formId");
      }
      if (form != null
          && form.getBindingType() != null
          && form.getBindingType() != ZeebeBindingType.latest) {
        problems.add(
            describe(task)
                + ": zeebe:formDefinition bindingType '"
                + form.getBindingType()
                + "' is not supported; only 'latest'");
      }
      ZeebeTaskHeaders headers = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
      if (headers != null) {
        for (ZeebeHeader header : headers.getHeaders()) {
          element.headers.put(header.getKey(), header.getValue());
        }
      }
      element.userTask =
          new UserTaskDefinition(
              assignment == null ? null : expression(task, assignment.getAssignee(), false),
              assignment == null ? null : expression(task, assignment.getCandidateGroups(), false),
              assignment == null ? null : expression(task, assignment.getCandidateUsers(), false),
              schedule == null ? null : expression(task, schedule.getDueDate(), false),
              schedule == null ? null : expression(task, schedule.getFollowUpDate(), false),
              priority == null ? null : expression(task, priority.getPriority(), false),
              form == null ? null : blankToNull(form.getFormId()),
              form == null ? null : blankToNull(form.getExternalReference()));
      return element;
    }

    private ExecutableElement startEvent(StartEvent start, boolean inProcess) {
      ExecutableElement element =
          new ExecutableElement(
              start.getId(), start.getName(), "START_EVENT", Behavior.PASS_THROUGH);
      EventDefinition definition = singleDefinition(start, start.getEventDefinitions());
      if (definition == null) {
        ZeebeFormDefinition form = start.getSingleExtensionElement(ZeebeFormDefinition.class);
        if (form != null) {
          if (!inProcess) {
            problems.add(describe(start) + ": a start form is only allowed on the process");
          }
          element.formId = blankToNull(form.getFormId());
          hasStartForm = true;
        }
        return element;
      }
      if (!inProcess) {
        return unsupported(start, "a sub-process start event must be a none start event");
      }
      if (definition instanceof MessageEventDefinition message) {
        element.eventType = EventType.MESSAGE;
        element.message = messageDefinition(start, message, false);
        messageStarts.add(element);
      } else if (definition instanceof TimerEventDefinition timer) {
        element.eventType = EventType.TIMER;
        element.timer = timerDefinition(start, timer);
        timerStarts.add(element);
      } else {
        return unsupported(start, "only none, message and timer start events are supported");
      }
      return element;
    }

    private ExecutableElement endEvent(EndEvent end) {
      EventDefinition definition = singleDefinition(end, end.getEventDefinitions());
      if (definition == null) {
        return new ExecutableElement(
            end.getId(), end.getName(), "END_EVENT", Behavior.PASS_THROUGH);
      }
      if (definition instanceof ErrorEventDefinition error) {
        ExecutableElement element =
            new ExecutableElement(
                end.getId(), end.getName(), "END_EVENT", Behavior.ERROR_END_EVENT);
        element.eventType = EventType.ERROR;
        if (error.getError() == null
            || error.getError().getErrorCode() == null
            || error.getError().getErrorCode().isBlank()) {
          problems.add(describe(end) + ": an error end event needs an error with an error code");
        } else {
          element.errorCode = error.getError().getErrorCode();
        }
        return element;
      }
      if (definition instanceof TerminateEventDefinition) {
        ExecutableElement element =
            new ExecutableElement(
                end.getId(), end.getName(), "END_EVENT", Behavior.TERMINATE_END_EVENT);
        element.eventType = EventType.TERMINATE;
        return element;
      }
      return unsupported(end, "only none, error and terminate end events are supported");
    }

    private ExecutableElement intermediateCatch(IntermediateCatchEvent event) {
      EventDefinition definition = singleDefinition(event, event.getEventDefinitions());
      if (definition instanceof MessageEventDefinition message) {
        ExecutableElement element =
            new ExecutableElement(
                event.getId(), event.getName(), "INTERMEDIATE_CATCH_EVENT", Behavior.MESSAGE_CATCH);
        element.eventType = EventType.MESSAGE;
        element.message = messageDefinition(event, message, true);
        return element;
      }
      if (definition instanceof TimerEventDefinition timer) {
        ExecutableElement element =
            new ExecutableElement(
                event.getId(), event.getName(), "INTERMEDIATE_CATCH_EVENT", Behavior.TIMER_CATCH);
        element.eventType = EventType.TIMER;
        element.timer = timerDefinition(event, timer);
        if (element.timer != null && element.timer.kind() == TimerDefinition.Kind.CYCLE) {
          problems.add(describe(event) + ": a timer cycle is not allowed on a catch event");
        }
        return element;
      }
      return unsupported(event, "only message and timer intermediate catch events are supported");
    }

    private ExecutableElement boundaryEvent(BoundaryEvent boundary) {
      ExecutableElement element =
          new ExecutableElement(
              boundary.getId(), boundary.getName(), "BOUNDARY_EVENT", Behavior.BOUNDARY_EVENT);
      element.interrupting = boundary.cancelActivity();
      EventDefinition definition = singleDefinition(boundary, boundary.getEventDefinitions());
      if (definition instanceof TimerEventDefinition timer) {
        element.eventType = EventType.TIMER;
        element.timer = timerDefinition(boundary, timer);
      } else if (definition instanceof MessageEventDefinition message) {
        element.eventType = EventType.MESSAGE;
        element.message = messageDefinition(boundary, message, true);
      } else if (definition instanceof ErrorEventDefinition error) {
        element.eventType = EventType.ERROR;
        if (!element.interrupting) {
          problems.add(describe(boundary) + ": an error boundary event must be interrupting");
        }
        if (error.getError() == null
            || error.getError().getErrorCode() == null
            || error.getError().getErrorCode().isBlank()) {
          element.catchAllErrors = true;
        } else {
          element.errorCode = error.getError().getErrorCode();
        }
      } else {
        return unsupported(boundary, "only timer, message and error boundary events are supported");
      }
      return element;
    }

    private ExecutableElement callActivity(CallActivity callActivity) {
      ExecutableElement element =
          new ExecutableElement(
              callActivity.getId(),
              callActivity.getName(),
              "CALL_ACTIVITY",
              Behavior.CALL_ACTIVITY);
      ZeebeCalledElement called = callActivity.getSingleExtensionElement(ZeebeCalledElement.class);
      if (called == null || called.getProcessId() == null || called.getProcessId().isBlank()) {
        problems.add(describe(callActivity) + ": it needs zeebe:calledElement with a processId");
        return element;
      }
      if (called.getBindingType() != null && called.getBindingType() != ZeebeBindingType.latest) {
        problems.add(
            describe(callActivity)
                + ": zeebe:calledElement bindingType '"
                + called.getBindingType()
                + "' is not supported; only 'latest'");
      }
      element.calledElement =
          new CalledElement(
              expression(callActivity, called.getProcessId(), true),
              called.isPropagateAllChildVariablesEnabled(),
              called.isPropagateAllParentVariablesEnabled());
      return element;
    }

    private MultiInstance multiInstance(Activity activity) {
      LoopCharacteristics loop = activity.getLoopCharacteristics();
      if (loop == null) {
        return null;
      }
      if (!(loop instanceof MultiInstanceLoopCharacteristics characteristics)) {
        problems.add(describe(activity) + ": standard loops are not supported");
        return null;
      }
      ZeebeLoopCharacteristics zeebe =
          characteristics.getSingleExtensionElement(ZeebeLoopCharacteristics.class);
      if (zeebe == null || zeebe.getInputCollection() == null) {
        problems.add(
            describe(activity)
                + ": multi-instance needs zeebe:loopCharacteristics inputCollection");
        return null;
      }
      if (characteristics.getLoopCardinality() != null) {
        problems.add(describe(activity) + ": loopCardinality is not supported");
      }
      Expression completion = null;
      if (characteristics.getCompletionCondition() != null
          && !characteristics.getCompletionCondition().getTextContent().isBlank()) {
        completion =
            expression(activity, characteristics.getCompletionCondition().getTextContent(), true);
      }
      return new MultiInstance(
          characteristics.isSequential(),
          expression(activity, zeebe.getInputCollection(), true),
          blankToNull(zeebe.getInputElement()),
          blankToNull(zeebe.getOutputCollection()),
          expression(activity, zeebe.getOutputElement(), false),
          completion);
    }

    private MessageDefinition messageDefinition(
        BaseElement element, MessageEventDefinition definition, boolean needsCorrelationKey) {
      if (definition.getMessage() == null || definition.getMessage().getName() == null) {
        problems.add(describe(element) + ": the message needs a name");
        return null;
      }
      Expression correlationKey = null;
      ZeebeSubscription subscription =
          definition.getMessage().getSingleExtensionElement(ZeebeSubscription.class);
      if (subscription != null && subscription.getCorrelationKey() != null) {
        correlationKey = expression(element, subscription.getCorrelationKey(), false);
      }
      if (needsCorrelationKey && correlationKey == null) {
        problems.add(describe(element) + ": the message needs a zeebe:subscription correlationKey");
      }
      return new MessageDefinition(
          expression(element, definition.getMessage().getName(), false), correlationKey);
    }

    private TimerDefinition timerDefinition(BaseElement element, TimerEventDefinition timer) {
      TimerDefinition definition;
      if (timer.getTimeDuration() != null) {
        definition =
            new TimerDefinition(
                TimerDefinition.Kind.DURATION,
                expression(element, timer.getTimeDuration().getTextContent(), false));
      } else if (timer.getTimeDate() != null) {
        definition =
            new TimerDefinition(
                TimerDefinition.Kind.DATE,
                expression(element, timer.getTimeDate().getTextContent(), false));
      } else if (timer.getTimeCycle() != null) {
        definition =
            new TimerDefinition(
                TimerDefinition.Kind.CYCLE,
                expression(element, timer.getTimeCycle().getTextContent(), false));
      } else {
        problems.add(describe(element) + ": the timer needs a duration, a date or a cycle");
        return null;
      }
      Expression expression = definition.expression();
      if (expression != null && expression.isStatic()) {
        try {
          switch (definition.kind()) {
            case DURATION -> FeelEvaluator.parseDuration(expression.source().strip(), expression);
            case DATE -> java.time.ZonedDateTime.parse(expression.source().strip());
            case CYCLE -> TimerCycle.parse(expression.source().strip());
          }
        } catch (ExpressionException | java.time.DateTimeException | IllegalArgumentException e) {
          problems.add(describe(element) + ": invalid timer: " + e.getMessage());
        }
      }
      return definition;
    }

    private List<Mapping> mappings(BaseElement element, boolean inputs) {
      ZeebeIoMapping mapping = element.getSingleExtensionElement(ZeebeIoMapping.class);
      if (mapping == null) {
        return List.of();
      }
      List<Mapping> result = new ArrayList<>();
      if (inputs) {
        for (ZeebeInput input : mapping.getInputs()) {
          result.add(new Mapping(sourceExpression(element, input.getSource()), input.getTarget()));
        }
      } else {
        for (ZeebeOutput output : mapping.getOutputs()) {
          result.add(
              new Mapping(sourceExpression(element, output.getSource()), output.getTarget()));
        }
      }
      return result;
    }

    /** A mapping source without {@code =} is a FEEL expression too (Camunda's rule). */
    private Expression sourceExpression(BaseElement element, String source) {
      if (source == null || source.isBlank()) {
        return expression(element, "=null", true);
      }
      return expression(element, source.strip().startsWith("=") ? source : "=" + source, true);
    }

    private List<Listener> listeners(BaseElement element, ZeebeExecutionListenerEventType type) {
      ZeebeExecutionListeners listeners =
          element.getSingleExtensionElement(ZeebeExecutionListeners.class);
      if (listeners == null) {
        return List.of();
      }
      List<Listener> result = new ArrayList<>();
      for (ZeebeExecutionListener listener : listeners.getExecutionListeners()) {
        if (listener.getEventType() == type) {
          result.add(
              new Listener(
                  expression(element, listener.getType(), true),
                  expression(element, listener.getRetries(), false)));
        }
      }
      return result;
    }

    private void checkExtensions(BaseElement element) {
      ExtensionElements extensions = element.getExtensionElements();
      if (extensions == null) {
        return;
      }
      for (ModelElementInstance extension : extensions.getElements()) {
        String name = extension.getElementType().getTypeName();
        String namespace = extension.getElementType().getTypeNamespace();
        boolean zeebe = namespace != null && namespace.contains("zeebe");
        if (zeebe && !SUPPORTED_EXTENSIONS.contains(name)) {
          problems.add(
              describe(element)
                  + ": the extension zeebe:"
                  + name
                  + " is not supported by this engine");
        }
      }
    }

    private EventDefinition singleDefinition(
        BaseElement element, Collection<EventDefinition> definitions) {
      if (definitions.size() > 1) {
        problems.add(describe(element) + ": multiple event definitions are not supported");
      }
      return definitions.isEmpty() ? null : definitions.iterator().next();
    }

    private ExecutableElement unsupported(BaseElement element, String why) {
      problems.add(describe(element) + ": " + why);
      return null;
    }

    private Expression expression(BaseElement element, String text, boolean required) {
      if (text == null || text.isBlank()) {
        if (required) {
          problems.add(describe(element) + ": a required expression is missing");
        }
        return null;
      }
      try {
        return feel.parse(text);
      } catch (ExpressionException e) {
        problems.add(describe(element) + ": " + e.getMessage());
        return null;
      }
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
