/** What the popup's last page hands to the page that asked for sign-in. */
export interface SignInOutcome {
  host: 'teams' | 'browser';
  token?: string;
  login?: string;
  error?: string;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The sign-in popup's last page. The outcome rides in a meta tag read by /build/auth-end.js:
 * no inline script (CSP), and the session token never appears in a URL or in storage.
 */
export function signInPage(outcome: SignInOutcome): string {
  const title = outcome.error ? 'Sign-in failed' : 'Signed in';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="gtb-sign-in" content="${escape(JSON.stringify(outcome))}" />
    <title>${title} · GitHub for Teams</title>
    <link rel="stylesheet" href="/config.css" />
    <script type="module" src="/build/auth-end.js"></script>
  </head>
  <body>
    <main class="page">
      <div class="notice" data-kind="${outcome.error ? 'error' : 'ok'}" id="status">${escape(outcome.error ? `Sign-in failed: ${outcome.error}` : 'Finishing sign-in…')}</div>
    </main>
  </body>
</html>
`;
}
