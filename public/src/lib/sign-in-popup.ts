/** What the sign-in popup hands back: the bridge's session token and who signed in. */
export interface SignInResult {
  token: string;
  login: string;
}

export function parseSignIn(result: unknown): SignInResult {
  const data = typeof result === 'string' ? JSON.parse(result) : result;
  if (!data || typeof data.token !== 'string' || typeof data.login !== 'string') throw new Error('Sign-in returned nothing usable.');
  return data;
}

/**
 * GitHub sign-in in a popup on the bridge's own origin, opened by the page itself (a browser,
 * not Teams): the popup's last page (auth-end.ts) posts the session back to this origin only.
 * Without TeamsJS, so the console's bundle does not carry it.
 */
export function signInWithPopup(): Promise<SignInResult> {
  const popup = window.open('/auth/start?host=browser', 'gtb-signin', 'popup,width=600,height=720');
  if (!popup) return Promise.reject(new Error('The sign-in window was blocked. Allow popups for this page and try again.'));
  return new Promise((resolve, reject) => {
    // The popup closes itself right after posting; give its message time to arrive first.
    const closed = setInterval(() => {
      if (popup.closed) setTimeout(() => finish(() => reject(new Error('The sign-in window was closed before signing in.'))), 400);
    }, 500);
    let settled = false;
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== location.origin || event.source !== popup || event.data?.type !== 'gtb-sign-in') return;
      finish(() => (event.data.error ? reject(new Error(event.data.error)) : resolve(parseSignIn(event.data))));
    };
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearInterval(closed);
      window.removeEventListener('message', onMessage);
      settle();
    };
    window.addEventListener('message', onMessage);
  });
}
