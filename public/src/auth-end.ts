import { app, authentication } from '@microsoft/teams-js';

/**
 * Last page of the sign-in popup. The server put the outcome in a meta tag (no inline script,
 * nothing in the URL); this hands it to whoever opened the popup and closes it.
 */
interface Outcome {
  host: 'teams' | 'browser';
  token?: string;
  login?: string;
  error?: string;
}

function outcome(): Outcome {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="gtb-sign-in"]');
  try {
    return JSON.parse(meta?.content ?? '');
  } catch {
    return { host: 'browser', error: 'The sign-in page is incomplete.' };
  }
}

async function finish(): Promise<void> {
  const result = outcome();
  history.replaceState(null, '', '/auth/done');
  const status = document.getElementById('status');
  if (status) status.textContent = result.error ? `Sign-in failed: ${result.error}` : `Signed in as ${result.login}. You can close this window.`;
  if (result.host === 'teams') {
    await app.initialize();
    if (result.error) authentication.notifyFailure(result.error);
    else authentication.notifySuccess(JSON.stringify({ token: result.token, login: result.login }));
    return;
  }
  window.opener?.postMessage({ type: 'gtb-sign-in', ...result }, location.origin);
  setTimeout(() => window.close(), 100);
}

void finish();
