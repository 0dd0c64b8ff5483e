// The Add Workload wizard: one Camunda form (forms/workload-request.form, also the Tasklist form
// of UserTask_ReviseRequest) shown one step at a time. The form's groups say their step in a
// custom property (wizardStep); the other steps' groups stay rendered but hidden, so the data,
// form-js's validation and what is posted are those of the whole form.

/** Which step each group and field belongs to, and the groups of each step. */
export function wizardSteps(schema) {
  const stepOf = {};
  const groupsOf = {};
  const walk = (components, inherited) =>
    components.forEach((component) => {
      const own = component.properties && component.properties.wizardStep;
      const step = own ? Number(own) : inherited;
      if (step) {
        stepOf[component.id] = step;
        if (component.type === 'group') (groupsOf[step] = groupsOf[step] || []).push(component.id);
      }
      if (component.components) walk(component.components, step);
    });
  walk(schema.components, null);
  return { stepOf, groupsOf, count: Math.max(...Object.keys(groupsOf).map(Number)) };
}

/**
 * Hides the groups of the steps not shown. CSS keyed on the container's data-step survives
 * form-js re-rendering the groups, which attributes set on its own elements would not.
 */
export function stepStyles(container, steps) {
  const scope = `#${container.id}`;
  const rules = [];
  for (let shown = 1; shown <= steps.count; shown++) {
    Object.entries(steps.groupsOf)
      .filter(([step]) => Number(step) !== shown)
      .forEach(([, groups]) =>
        groups.forEach((group) =>
          rules.push(
            `${scope}[data-step="${shown}"] .fjs-layout-column:has(> .fjs-element > [aria-labelledby$="-${group}"]) { display: none; }`,
          ),
        ),
      );
  }
  const style = document.createElement('style');
  style.textContent = rules.join('\n');
  document.head.appendChild(style);
}

/** The errors (keyed by field id) of one step only. */
export function errorsOfStep(errors, steps, step) {
  return Object.fromEntries(Object.entries(errors).filter(([id]) => steps.stepOf[id] === step));
}

/** The first step holding one of the errors, or null. */
export function firstStepWithErrors(errors, steps) {
  const found = Object.keys(errors)
    .map((id) => steps.stepOf[id])
    .filter(Boolean);
  return found.length ? Math.min(...found) : null;
}
