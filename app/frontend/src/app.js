// Behaviour every page shares: action buttons that call the API, copy buttons, the inbox.
import { api, problemText, showAlert } from './api.js';

async function copy(button) {
  const source = button.dataset.copyFrom ? document.getElementById(button.dataset.copyFrom) : null;
  const text = source ? source.textContent : button.dataset.copy;
  try {
    await navigator.clipboard.writeText(text);
    // Said in a live region: changing the button's own text would change its name.
    const status = document.getElementById('copy-status');
    if (status) status.textContent = `Copied ${button.dataset.copyWhat || ''}`.trim();
  } catch (e) {
    showAlert('Copying needs clipboard permission; select the text and copy it instead.');
  }
}

// <button data-action="/api/..." data-method="POST" data-then="/somewhere">: one API call; on
// success go to data-then (or reload), on failure say why and stay.
async function act(button) {
  button.disabled = true;
  const result = await api(button.dataset.method || 'POST', button.dataset.action, button.dataset.body ? JSON.parse(button.dataset.body) : undefined);
  if (result.ok) {
    if (button.dataset.then) window.location.assign(button.dataset.then);
    else window.location.reload();
    return;
  }
  button.disabled = false;
  showAlert(problemText(result.body));
}

document.addEventListener('click', (event) => {
  const copyButton = event.target.closest('[data-copy], [data-copy-from]');
  if (copyButton) {
    event.preventDefault();
    copy(copyButton);
    return;
  }
  const actionButton = event.target.closest('[data-action]');
  if (actionButton) {
    event.preventDefault();
    act(actionButton);
  }
});
