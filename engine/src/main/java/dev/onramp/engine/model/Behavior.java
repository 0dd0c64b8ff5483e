package dev.onramp.engine.model;

/** What the engine does with an element; several BPMN types can share one behaviour. */
public enum Behavior {
  PROCESS,
  SUB_PROCESS,
  CALL_ACTIVITY,
  MULTI_INSTANCE_BODY,
  /** None start/end events and undefined/manual tasks: activate, complete, move on. */
  PASS_THROUGH,
  JOB_TASK,
  USER_TASK,
  SCRIPT_TASK,
  EXCLUSIVE_GATEWAY,
  PARALLEL_GATEWAY,
  MESSAGE_CATCH,
  TIMER_CATCH,
  BOUNDARY_EVENT,
  ERROR_END_EVENT,
  TERMINATE_END_EVENT
}
