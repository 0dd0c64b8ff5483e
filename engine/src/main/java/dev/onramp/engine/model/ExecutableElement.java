package dev.onramp.engine.model;

import dev.onramp.engine.feel.Expression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One element of a deployed process, compiled from the BPMN model once at deployment. Built by the
 * transformer, read-only afterwards.
 */
public final class ExecutableElement {

  final String id;
  final String name;
  final String type;
  final Behavior behavior;
  EventType eventType = EventType.NONE;
  ExecutableElement flowScope;
  final List<ExecutableFlow> incoming = new ArrayList<>();
  final List<ExecutableFlow> outgoing = new ArrayList<>();
  ExecutableFlow defaultFlow;
  final List<Mapping> inputs = new ArrayList<>();
  final List<Mapping> outputs = new ArrayList<>();
  final List<Listener> startListeners = new ArrayList<>();
  final List<Listener> endListeners = new ArrayList<>();
  Expression jobType;
  Expression jobRetries;
  final Map<String, String> headers = new LinkedHashMap<>();
  UserTaskDefinition userTask;
  TimerDefinition timer;
  MessageDefinition message;
  String errorCode;
  boolean catchAllErrors;
  final List<ExecutableElement> boundaryEvents = new ArrayList<>();
  ExecutableElement attachedTo;
  boolean interrupting = true;
  ExecutableElement noneStartEvent;
  MultiInstance multiInstance;
  CalledElement calledElement;
  Expression script;
  String resultVariable;
  String formId;

  ExecutableElement(String id, String name, String type, Behavior behavior) {
    this.id = id;
    this.name = name;
    this.type = type;
    this.behavior = behavior;
  }

  public String id() {
    return id;
  }

  public String name() {
    return name;
  }

  /** The element type as the REST API shows it (SERVICE_TASK, USER_TASK, ...). */
  public String type() {
    return type;
  }

  public Behavior behavior() {
    return behavior;
  }

  public EventType eventType() {
    return eventType;
  }

  /** The process or sub-process this element is directly inside; null for the process. */
  public ExecutableElement flowScope() {
    return flowScope;
  }

  public List<ExecutableFlow> incoming() {
    return incoming;
  }

  public List<ExecutableFlow> outgoing() {
    return outgoing;
  }

  public ExecutableFlow defaultFlow() {
    return defaultFlow;
  }

  public List<Mapping> inputs() {
    return inputs;
  }

  public List<Mapping> outputs() {
    return outputs;
  }

  public List<Listener> startListeners() {
    return startListeners;
  }

  public List<Listener> endListeners() {
    return endListeners;
  }

  public Expression jobType() {
    return jobType;
  }

  public Expression jobRetries() {
    return jobRetries;
  }

  public Map<String, String> headers() {
    return headers;
  }

  public UserTaskDefinition userTask() {
    return userTask;
  }

  public TimerDefinition timer() {
    return timer;
  }

  public MessageDefinition message() {
    return message;
  }

  /** The error code an error end event throws, or a boundary event catches. */
  public String errorCode() {
    return errorCode;
  }

  /** An error boundary event without an error code catches every error. */
  public boolean catchesAllErrors() {
    return catchAllErrors;
  }

  public List<ExecutableElement> boundaryEvents() {
    return boundaryEvents;
  }

  public ExecutableElement attachedTo() {
    return attachedTo;
  }

  public boolean interrupting() {
    return interrupting;
  }

  /** The none start event a process or sub-process begins with. */
  public ExecutableElement noneStartEvent() {
    return noneStartEvent;
  }

  public MultiInstance multiInstance() {
    return multiInstance;
  }

  public CalledElement calledElement() {
    return calledElement;
  }

  public Expression script() {
    return script;
  }

  public String resultVariable() {
    return resultVariable;
  }

  /** The form linked to a start event ({@code zeebe:formDefinition formId}). */
  public String formId() {
    return formId;
  }

  public boolean isParallelJoin() {
    return behavior == Behavior.PARALLEL_GATEWAY && incoming.size() > 1;
  }

  @Override
  public String toString() {
    return type + "[" + id + "]";
  }
}
