// The operator console at /admin (DESIGN §2 "Console and metrics"; docs/operations.md): sign in
// with the admin token or GitHub, then Links, a link's page and Incoming, refreshed live.
import { api, ApiError } from './lib/api.js';
import { byId, notice, setText, show } from './lib/dom.js';
import { message, type ConsoleContext } from './lib/console/context.js';
import { IncomingView } from './lib/console/incoming-view.js';
import { LinkPage } from './lib/console/link-page.js';
import { LinksView } from './lib/console/links-view.js';
import { Poller } from './lib/console/poller.js';
import { setUpPreviewDialog } from './lib/console/preview-dialog.js';
import { loadSession, saveSession, type Session } from './lib/console/session.js';
import { setUpTheme } from './lib/console/theme.js';
import type { Settings } from './lib/console/types.js';
import { focusHeading } from './lib/console/ui.js';
import { signInWithPopup } from './lib/sign-in-popup.js';

/** Live-update period; `?poll=<ms>` (at least 500) shortens it, for tests and demos. */
const POLL_MS = Math.max(500, Number(new URLSearchParams(location.search).get('poll')) || 5000);

type View = 'signin' | 'links' | 'link' | 'incoming';

let session: Session | undefined = loadSession();
let currentView: View | undefined;

const poller = new Poller(POLL_MS, (state) => {
  const live = byId('live');
  live.dataset.state = state;
  setText('live-text', state === 'live' ? 'Live' : state === 'paused' ? 'Paused while hidden' : 'Update failed; retrying');
});

async function main(): Promise<void> {
  setUpTheme();
  setUpPreviewDialog();
  const settings = await api<Settings>('GET', '/api/teams/settings');
  const call = <T>(method: string, path: string, body?: unknown): Promise<T> =>
    api<T>(method, path, session?.token, body).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 401) signOut('Your sign-in is no longer accepted. Sign in again.');
      throw err;
    });
  const ctx: ConsoleContext = {
    settings,
    poller,
    call,
    notice,
    navigate: (hash) => {
      history.pushState(null, '', hash);
      leave();
    },
  };
  const views = { links: new LinksView(ctx), link: new LinkPage(ctx), incoming: new IncomingView(ctx) };

  show('github-signin', settings.signIn);
  byId('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const token = byId<HTMLInputElement>('admin-token').value.trim();
    if (!token) return signInError('Enter the admin token (ADMIN_TOKEN of the server).');
    void signInWith({ kind: 'admin', token });
  });
  byId('github-button').addEventListener('click', async () => {
    try {
      const result = await signInWithPopup();
      await signInWith({ kind: 'github', token: result.token, login: result.login });
    } catch (err) {
      signInError(message(err));
    }
  });
  byId('signout').addEventListener('click', async () => {
    if (session?.kind === 'github') await api('POST', '/auth/signout', session.token).catch(() => undefined);
    signOut('Signed out.');
  });

  /** Checks the credential once (`/api/teams/me`), then opens the console. */
  async function signInWith(candidate: Session, moveFocus = true): Promise<void> {
    show('signin-error', false);
    try {
      const me = await api<{ kind: string; login?: string }>('GET', '/api/teams/me', candidate.token);
      if (me.kind === 'capability') throw new Error('This is a channel’s connector token, not the admin token.');
      session = me.kind === 'github' ? { kind: 'github', token: candidate.token, login: me.login ?? '' } : { kind: 'admin', token: candidate.token };
      saveSession(session);
      byId<HTMLInputElement>('admin-token').value = '';
      notice(undefined);
      if (!location.hash || location.hash === '#/') history.replaceState(null, '', '#/links');
      route(moveFocus);
    } catch (err) {
      const why = err instanceof ApiError && err.status === 401 ? (candidate.kind === 'admin' ? 'This admin token is not accepted. Check ADMIN_TOKEN on the server.' : 'GitHub sign-in was not accepted. Try again.') : message(err);
      signInError(why);
    }
  }

  function route(moved: boolean): void {
    if (!session) return showView('signin', moved);
    const parts = location.hash.replace(/^#\/?/, '').split('/');
    if (parts[0] === 'links' && parts[1]) {
      views.link.open(decodeURIComponent(parts[1]));
      showView('link', moved);
      return void poller.follow(() => views.link.load());
    }
    if (parts[0] === 'incoming') {
      showView('incoming', moved);
      return void poller.follow(() => views.incoming.load());
    }
    showView('links', moved);
    void poller.follow(() => views.links.load());
  }

  function showView(view: View, moved: boolean): void {
    const changed = view !== currentView;
    currentView = view;
    byId('main').dataset.view = view;
    for (const name of ['signin', 'links', 'link', 'incoming'] as View[]) show(`${name}-view`, name === view);
    const signedIn = Boolean(session);
    show('tabs', signedIn);
    show('signout', signedIn);
    show('live', signedIn);
    show('identity', signedIn);
    setText('identity', session?.kind === 'github' ? `Signed in as ${session.login}` : session ? 'Signed in with the admin token' : '');
    byId('tab-links').toggleAttribute('aria-current', false);
    byId('tab-incoming').toggleAttribute('aria-current', false);
    if (view === 'links' || view === 'link') byId('tab-links').setAttribute('aria-current', 'page');
    if (view === 'incoming') byId('tab-incoming').setAttribute('aria-current', 'page');
    if (view !== 'link') document.title = `${view === 'incoming' ? 'Incoming' : view === 'links' ? 'Links' : 'Sign in'} · Console · GitHub for Teams`;
    if (!moved || !changed) return;
    if (view === 'signin') byId('admin-token').focus();
    else if (view !== 'link') focusHeading(`${view}-title`);
  }

  function signInError(text: string): void {
    setText('signin-error', text);
    show('signin-error', true);
    byId('admin-token').focus();
  }

  function signOut(why: string): void {
    session = undefined;
    saveSession(undefined);
    void poller.follow(undefined);
    currentView = undefined;
    showView('signin', true);
    notice(why, 'info');
  }

  /** A notice belongs to the view it was said on. */
  function leave(): void {
    notice(undefined);
    route(true);
  }

  window.addEventListener('hashchange', leave);
  if (session) {
    // A reload: the stored credential may have expired meanwhile.
    const stored = session;
    session = undefined;
    await signInWith(stored, false);
    if (!session) showView('signin', false);
  } else route(false);
}

main()
  .catch((err) => {
    notice(`The console could not start: ${message(err)}`, 'error');
  })
  .finally(() => {
    document.body.dataset.ready = 'true';
  });
