// Calls the app's REST API from a signed-in page: the session cookie signs the call in, the
// XSRF-TOKEN cookie (set by the server) is echoed in the header Spring Security checks.

function xsrfToken() {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.substring('XSRF-TOKEN='.length)) : '';
}

/** Resolves to { ok, status, body } — never throws for an HTTP error, so callers show it. */
export async function api(method, url, body) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (method !== 'GET') headers['X-XSRF-TOKEN'] = xsrfToken();
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    return { ok: false, status: 0, body: { title: 'The server could not be reached', detail: String(e) } };
  }
  const text = await response.text();
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch (e) {
    parsed = { title: text };
  }
  return { ok: response.ok, status: response.status, body: parsed };
}

/** A problem detail as one readable sentence. */
export function problemText(problem) {
  if (!problem) return 'Something went wrong.';
  const parts = [problem.title, problem.detail].filter(Boolean);
  return parts.join(': ') || 'Something went wrong.';
}

/**
 * The page's alert region shows the problem; assistive technology announces it. Focus moves to it
 * unless the caller puts focus where the fix is (a field).
 */
export function showAlert(message, kind = 'error', { focus = true } = {}) {
  const region = document.getElementById('page-alert');
  if (!region) return;
  region.textContent = message;
  region.className = `alert alert-${kind}`;
  region.hidden = false;
  if (focus) region.focus();
}

export function clearAlert() {
  const region = document.getElementById('page-alert');
  if (region) region.hidden = true;
}
