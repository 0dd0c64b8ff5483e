// The workload's process as a diagram, with what has run and what is waiting highlighted.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { api, showAlert } from './api.js';

async function show(root) {
  const viewer = new NavigatedViewer({ container: root.querySelector('[data-canvas]') });
  const [xml, state] = await Promise.all([
    fetch('/pages/process/diagram.bpmn', { credentials: 'same-origin' }).then((r) => r.text()),
    api('GET', root.dataset.stateUrl),
  ]);
  await viewer.importXML(xml);
  viewer.get('canvas').zoom('fit-viewport');
  if (!state.ok) {
    showAlert('The process state could not be read; the diagram shows the model only.');
    return;
  }
  const canvas = viewer.get('canvas');
  const registry = viewer.get('elementRegistry');
  state.body.completed.filter((id) => registry.get(id)).forEach((id) => canvas.addMarker(id, 'element-completed'));
  state.body.active.filter((id) => registry.get(id)).forEach((id) => canvas.addMarker(id, 'element-active'));
}

document.querySelectorAll('[data-process-view]').forEach((root) => {
  show(root).catch((e) => showAlert(`The diagram could not be shown: ${e.message}`));
});
