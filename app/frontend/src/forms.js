// The task screens render the Camunda forms from forms/ with form-js, so a task looks and
// validates here as it does in Tasklist. Each page embeds its schema and data as JSON.
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import { api, clearAlert, problemText, showAlert } from './api.js';

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
function showProblem(form, problem) {
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
  showAlert(summary);
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

async function workloadRequestPage(root) {
  const form = await render(root.querySelector('[data-form]'));
  const button = document.getElementById('submit-request');
  button.addEventListener('click', async () => {
    const { data, errors } = form.submit();
    if (clientErrors(errors)) return;
    const method = root.dataset.method || 'POST';
    button.disabled = true;
    await submitTo(form, method, root.dataset.submitUrl, data, (view) => `/requests/${view.id}`);
    button.disabled = false;
  });
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
