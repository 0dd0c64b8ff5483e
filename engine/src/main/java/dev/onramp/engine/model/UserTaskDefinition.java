package dev.onramp.engine.model;

import dev.onramp.engine.feel.Expression;

/** A Camunda user task ({@code zeebe:userTask}) and its assignment, schedule and form. */
public record UserTaskDefinition(
    Expression assignee,
    Expression candidateGroups,
    Expression candidateUsers,
    Expression dueDate,
    Expression followUpDate,
    Expression priority,
    String formId,
    String externalFormReference) {}
