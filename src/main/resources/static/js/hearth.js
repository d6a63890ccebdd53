// Progressive enhancement only: every page works without this file.
import { initAll } from '/govuk/govuk-frontend.min.js';

// GOV.UK Frontend initialises only when the body says it is supported; its template does this with an inline
// script, which our Content-Security-Policy forbids, so it is done here.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// Session timeout warning: two minutes before the session ends, offer to stay signed in. If the user is away,
// the session ends and anything they submit afterwards is kept for them (see ExpiredSessionFormRescueFilter).
const timeoutSeconds = Number(document.body.dataset.sessionTimeoutSeconds || 0);
const dialog = document.getElementById('session-timeout-warning');
if (timeoutSeconds > 0 && dialog) {
  const warnBeforeSeconds = Math.min(120, Math.floor(timeoutSeconds / 2));
  const remaining = dialog.querySelector('.hearth-timeout__remaining');
  const form = dialog.querySelector('form');
  let warnTimer;
  let expiresAt;
  const schedule = () => {
    clearTimeout(warnTimer);
    expiresAt = Date.now() + timeoutSeconds * 1000;
    warnTimer = setTimeout(showWarning, (timeoutSeconds - warnBeforeSeconds) * 1000);
  };
  const showWarning = () => {
    dialog.hidden = false;
    form.querySelector('button').focus();
    const tick = setInterval(() => {
      const left = Math.max(0, Math.round((expiresAt - Date.now()) / 1000));
      remaining.textContent = left >= 60 ? `${Math.ceil(left / 60)} minutes` : `${left} seconds`;
      if (dialog.hidden || left === 0) clearInterval(tick);
    }, 1000);
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
    if (response.ok) {
      dialog.hidden = true;
      schedule();
    } else {
      window.location.href = '/login?expired';
    }
  });
  schedule();
}
