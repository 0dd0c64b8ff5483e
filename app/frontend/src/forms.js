// The task screens render the Camunda forms from forms/ with form-js, so a task looks and
// validates here as it does in Tasklist. Each page embeds its schema and data as JSON.
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { api, clearAlert, problemText, showAlert } from './api.js';
import { errorsOfStep, firstStepWithErrors, stepStyles, wizardSteps } from './wizard.js';

function embedded(id) {
  const element = document.getElementById(id);
  return element ? JSON.parse(element.textContent) : null;
}

async function render(container) {
  // No input debounce: what is typed is in the data at once, also when Submit follows at once.
  const form = new Form({ container, debounce: false });
  await form.importSchema(embedded('form-schema'), embedded('form-data') || {});
  return form;
}

function fieldsByKey(form) {
  const byKey = {};
  form.get('formFieldRegistry').getAll().forEach((field) => {
    if (field.key) byKey[field.key] = field;
  });
  return byKey;
}

// A 400 problem names its fields: show each message under its field, keep everything typed.
// Returns the errors placed, keyed by field id.
function showProblem(form, problem, alertOptions) {
  const byKey = fieldsByKey(form);
  const errors = {};
  const unplaced = [];
  (problem && problem.errors ? problem.errors : []).forEach((e) => {
    const field = byKey[e.field];
    if (field) errors[field.id] = [e.message];
    else unplaced.push(`${e.field}: ${e.message}`);
  });
  form._setState({ errors });
  const summary = [problemText(problem), ...unplaced].join(' — ');
  showAlert(summary, 'error', alertOptions);
  return errors;
}

// form-js (Preact) renders a state change on a later task.
function rendered() {
  return new Promise((resolve) => setTimeout(resolve));
}

function setValue(form, key, value) {
  const data = { ...form._getState().data, [key]: value };
  form._setState({ data });
}

async function submitTo(form, method, url, body, then) {
  clearAlert();
  const result = await api(method, url, body);
  if (result.ok) {
    window.location.assign(then(result.body));
    return;
  }
  showProblem(form, result.body);
}

function clientErrors(errors) {
  if (Object.keys(errors).length === 0) return false;
  showAlert('Some fields need attention: see the messages next to them.');
  return true;
}

// The Add Workload wizard: Back/Next walk the steps, Next only once the step's own fields are
// valid; a refusal (the form's or the server's) opens the step of the first field named, with the
// message next to that field and focus on it. Nothing typed is lost: the form is never re-imported.
async function workloadRequestPage(root) {
  const container = root.querySelector('[data-form]');
  const form = await render(container);
  const steps = wizardSteps(embedded('form-schema'));
  stepStyles(container, steps);
  const heading = document.getElementById('wizard-step-heading');
  const back = document.getElementById('wizard-back');
  const next = document.getElementById('wizard-next');
  const submit = document.getElementById('submit-request');
  let current = 1;

  function show(step, { focusHeading = true } = {}) {
    current = step;
    container.dataset.step = String(step);
    root.querySelectorAll('[data-step-item]').forEach((item) => {
      if (Number(item.dataset.stepItem) === step) item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
    });
    const title = root.querySelector(`[data-step-item="${step}"]`).dataset.title;
    heading.textContent = `Step ${step} of ${steps.count}: ${title}`;
    back.hidden = step === 1;
    next.hidden = step === steps.count;
    submit.hidden = step !== steps.count;
    if (focusHeading) heading.focus();
  }

  // The control of the first message shown: form-js links each control to its message by
  // aria-describedby (not every control sets aria-invalid).
  async function focusFirstInvalid() {
    await rendered();
    const message = [...container.querySelectorAll('.fjs-form-field-error')].find((e) => e.checkVisibility());
    const control = message && container.querySelector(`[aria-describedby~="${message.id}"]`);
    if (control) control.focus();
    else document.getElementById('page-alert').focus();
  }

  // Opens the step of the first field with an error and puts focus on that field.
  async function openStepOf(errors) {
    const step = firstStepWithErrors(errors, steps);
    if (step && step !== current) show(step, { focusHeading: false });
    await focusFirstInvalid();
  }

  async function refuse(errors, message) {
    showAlert(message, 'error', { focus: false });
    await openStepOf(errors);
  }

  back.addEventListener('click', () => {
    clearAlert();
    show(current - 1);
  });
  next.addEventListener('click', async () => {
    const errors = errorsOfStep(form.validate(), steps, current);
    // Only this step's messages: the later steps have not been filled in yet.
    form._setState({ errors });
    if (Object.keys(errors).length > 0) {
      await refuse(errors, 'Some fields of this step need attention: see the messages next to them.');
      return;
    }
    clearAlert();
    show(current + 1);
  });
  submit.addEventListener('click', async () => {
    const { data, errors } = form.submit();
    if (Object.keys(errors).length > 0) {
      await refuse(errors, 'Some fields need attention: see the messages next to them.');
      return;
    }
    clearAlert();
    submit.disabled = true;
    const result = await api(root.dataset.method || 'POST', root.dataset.submitUrl, data);
    if (result.ok) {
      window.location.assign(`/requests/${result.body.id}`);
      return;
    }
    submit.disabled = false;
    await openStepOf(showProblem(form, result.body, { focus: false }));
  });
  show(1, { focusHeading: false });
}

async function reviewPage(root) {
  const form = await render(root.querySelector('[data-form]'));
  const requestId = root.dataset.requestId;
  let last = '';
  // The FA Confirmed Estimate comes from the server's pricing, recomputed when what it
  // depends on changes; a combination without a price shows no estimate.
  form.on('changed', async ({ data }) => {
    const key = [data.modelId, data.region, data.inferenceProfileType].join('|');
    if (key === last) return;
    last = key;
    if (!data.modelId || !data.region || !data.inferenceProfileType) return;
    const query = new URLSearchParams({
      modelId: data.modelId,
      region: data.region,
      inferenceProfileType: data.inferenceProfileType,
    });
    const result = await api('GET', `/api/reviews/${requestId}/estimate?${query}`);
    const estimate = document.getElementById('estimate-note');
    if (result.ok) {
      setValue(form, 'faEstimate', Number(result.body.monthlyUsd));
      if (estimate) estimate.textContent = describeEstimate(result.body);
    } else {
      setValue(form, 'faEstimate', null);
      if (estimate) estimate.textContent = problemText(result.body);
    }
  });
  const button = document.getElementById('submit-decision');
  button.addEventListener('click', async () => {
    const { data, errors } = form.submit();
    if (clientErrors(errors)) return;
    const paths = { APPROVE: 'approve', REJECT: 'reject', SEND_BACK: 'send-back' };
    const path = paths[data.decision];
    if (!path) {
      showAlert('Choose a decision: approve, reject or send back.');
      return;
    }
    const body = path === 'approve' ? data : { rationale: data.rationale };
    button.disabled = true;
    await submitTo(form, 'POST', `/api/reviews/${requestId}/${path}`, body, () => '/governance?decided=' + requestId);
    button.disabled = false;
  });
}

function describeEstimate(e) {
  return `$${e.monthlyUsd}/month at $${e.inputPricePer1M} input and $${e.outputPricePer1M} output per 1M tokens (${e.source}, prices of ${e.snapshotDate})`;
}

const pages = { 'workload-request': workloadRequestPage, 'finops-review': reviewPage };
document.querySelectorAll('[data-form-page]').forEach((root) => {
  const page = pages[root.dataset.formPage];
  if (page) page(root).catch((e) => showAlert(`The form could not be shown: ${e.message}`));
});
