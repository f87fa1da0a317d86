/**
 * A Teams host emulator for browser tests. Playwright serves a host page at
 * https://teams.microsoft.com/_emulator (request interception, no certificate needed) that frames
 * the real configuration page and answers TeamsJS's postMessage protocol the way Teams does
 * (facts in DESIGN §4, read from teams-js 2.58):
 *
 * - the app posts `{id, uuidAsString, func, args}` to its parent (a popup to its opener); the host
 *   answers `{id, uuidAsString, args}` and pushes events as `{func, args}`;
 * - `initialize` → `[frameContext, hostClientType, runtimeConfigJSON, sdkVersion]`, in the frame
 *   context the test asks for: `settings` (the configuration dialog, Save), `remove` (Teams loads
 *   the saved removeUrl there when a user removes the connector) or `content` (a tab);
 *   `getContext` reports the same context, so TeamsJS refuses what Teams refuses there
 *   (registerOnSaveHandler outside `settings`, setValidityState in `content`…);
 * - `settings.getSettings` / `settings.setSettings` / `settings.setValidityState`; a call that
 *   TeamsJS would have refused in the context reaches the host only if the page bypassed TeamsJS,
 *   and is recorded in `violations()`;
 * - Save: `settings.save` with `[{webhookUrl}]` → `settings.save.success|failure`;
 * - Remove: enabled once the page calls setValidityState(true) or `removeEnabledAfterMs` after load
 *   (Teams: about 5 s, whatever the page does). With a handler registered (`registerHandler
 *   ['remove']`) the host sends `settings.remove` and waits for `settings.remove.success|failure`;
 *   with none, it reports success itself, as Teams and TeamsJS do, and removes the connector;
 * - TeamsJS fetches its valid-origins list from https://res.cdn.office.net on every load; the
 *   emulator serves it (`cdnFetches()` counts the fetches that got through the page's CSP) and
 *   collects the frames' CSP violations (`cspViolations()`);
 * - `authentication.authenticate [url, w, h]`: the host opens the popup, answers the popup's own
 *   `initialize` with the `authentication` frame context, and turns its
 *   `authentication.authenticate.success|failure` into the answer to the page's request.
 *
 * Real Teams behaviours it leaves out:
 * - Teams' own dialog (its Save/Remove buttons, spinner, the reason it shows on failure) is state
 *   here, not UI; what Teams does after a failure (keeps the dialog open) is not modelled;
 * - Teams' timeouts: a page that never answers Save or Remove hangs the emulator until the test's
 *   own timeout, where Teams gives up after a while and shows a generic error;
 * - Teams checks contentUrl/removeUrl against the app manifest's validDomains and issues a real
 *   connector webhook URL; the emulator keeps any settings and takes the webhook URL from the test;
 * - message origins: Teams answers only the app's registered origin, the emulator answers anyone;
 * - host-side events it never sends: theme changes, `changeSettings`, focus, back button, resize;
 *   hosts other than Teams on the web (desktop, mobile, Outlook) and their differences;
 * - after a successful Remove, Teams deletes the connector and its webhook URL: the emulator only
 *   records the outcome (`remove()`), and the test checks the bridge's side itself.
 *
 *   const host = await openTeamsHost(context, { configUrl, settings });
 *   await host.frame().getByLabel('Admin token').fill(…);
 *   await host.waitValid(true);
 *   const result = await host.save('https://…/webhookb2/…');   // {ok: true} | {ok: false, reason}
 *   host.settings()                                             // what Teams would keep
 *
 *   const removal = await openTeamsHost(context, { configUrl, settings, frameContext: 'remove' });
 *   await removal.remove();                                     // waits for Remove to be enabled
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';

export const HOST_URL = 'https://teams.microsoft.com/_emulator/configure';

/** Where TeamsJS 2.x fetches its valid-origins list on every load (DESIGN §4). */
export const VALID_DOMAINS_URL = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';

/** TeamsJS's built-in list (the CDN serves the same shape), shortened to the hosts that matter here. */
const VALID_DOMAINS = { validOrigins: ['teams.microsoft.com', '*.teams.microsoft.com', '*.cloud.microsoft', '*.office.com', 'outlook.office.com'] };

export type FrameContext = 'settings' | 'remove' | 'content';

export interface HostSettings {
  entityId?: string;
  contentUrl?: string;
  removeUrl?: string;
  configName?: string;
  webhookUrl?: string;
}

export interface HostOutcome {
  ok: boolean;
  reason?: string;
  /** Remove only: true when no remove handler was registered, so Teams reported success itself. */
  byHost?: boolean;
}

export interface TeamsHost {
  page: Page;
  frame(): Frame;
  settings(): Promise<HostSettings>;
  valid(): Promise<boolean>;
  waitValid(valid: boolean): Promise<void>;
  save(webhookUrl: string): Promise<HostOutcome>;
  /** Presses Remove as soon as Teams would enable it, and waits for the outcome. */
  remove(): Promise<HostOutcome>;
  removeEnabled(): Promise<boolean>;
  /** Handlers the page registered (`save`, `remove`). */
  handlers(): Promise<string[]>;
  /** Every `func` the page and the popup sent, in order (plus what tests `mark`). */
  calls(): Promise<string[]>;
  /** Adds an entry to `calls()`, so a test can order its own observations among the page's calls. */
  mark(entry: string): Promise<void>;
  /** Calls TeamsJS would have refused in this frame context. */
  violations(): Promise<string[]>;
  /** Fetches of TeamsJS's valid-origins list that reached the (emulated) CDN. */
  cdnFetches(): number;
  /** Content-Security-Policy violations the page's frames reported. */
  cspViolations(): string[];
}

export interface TeamsHostOptions {
  configUrl: string;
  /** The instance config Teams holds for this connector (a reopened configuration). */
  settings?: HostSettings;
  theme?: 'default' | 'dark';
  /** Where Teams shows the page; `settings` unless told. */
  frameContext?: FrameContext;
  /** When Teams enables Remove without a validity call (Teams: about 5 s). */
  removeEnabledAfterMs?: number;
  /** Wait for the page to say it is ready (`#page[data-state="ready"]`); on unless told. */
  waitReady?: boolean;
}

const RUNTIME = {
  apiVersion: 4,
  isLegacyTeams: false,
  supports: { appEntity: {}, authentication: {}, pages: { appButton: {}, config: {}, tabs: {}, backStack: {} }, teams: {} },
};

function hostHtml(opts: TeamsHostOptions): string {
  const frameContext = opts.frameContext ?? 'settings';
  const config = {
    configUrl: opts.configUrl,
    settings: opts.settings ?? {},
    runtime: JSON.stringify(RUNTIME),
    frameContext,
    removeEnabledAfterMs: opts.removeEnabledAfterMs ?? 5000,
    context: {
      locale: 'en-us',
      theme: opts.theme ?? 'default',
      frameContext,
      hostClientType: 'web',
      channelName: 'Releases',
      channelId: '19:releases@thread.tacv2',
      teamName: 'Contoso Engineering',
      groupId: 'a1b2c3',
      teamId: '19:team@thread.tacv2',
      tid: 'tenant-1',
      userObjectId: 'user-1',
      appSessionId: 'session-1',
      entityId: opts.settings?.entityId,
    },
  };
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>Teams host emulator</title>
<style>
  body { margin: 0; font: 14px "Segoe UI", system-ui, sans-serif; background: #ebebeb; }
  .dialog { width: 780px; margin: 16px auto; background: #fff; border-radius: 8px; box-shadow: 0 8px 24px rgba(0,0,0,.18); overflow: hidden; }
  .bar { padding: 14px 20px; font-weight: 600; border-bottom: 1px solid #e0e0e0; }
  iframe { display: block; width: 100%; height: 960px; border: 0; background: #f5f5f5; }
</style></head>
<body><div class="dialog"><div class="bar">${frameContext === 'remove' ? 'Remove' : 'Configure'} · GitHub for Teams</div>
<iframe id="app" name="app"></iframe></div>
<script>
const cfg = ${JSON.stringify(config)};
const state = { settings: cfg.settings, valid: false, removeEnabled: false, handlers: [], violations: [], calls: [], save: null, remove: null, auth: null, popup: null };
window.__host = state;
const frame = document.getElementById('app');
frame.src = cfg.configUrl;
if (cfg.frameContext === 'remove') setTimeout(() => { state.removeEnabled = true; }, cfg.removeEnabledAfterMs);
function refused(func, contexts) {
  if (contexts.includes(cfg.frameContext)) return false;
  state.violations.push(func + ' in ' + cfg.frameContext);
  return true;
}
function answer(target, origin, msg, args) { target.postMessage({ id: msg.id, uuidAsString: msg.uuidAsString, args }, origin === 'null' ? '*' : origin); }
window.addEventListener('message', (e) => {
  const msg = e.data;
  if (!msg || typeof msg !== 'object' || typeof msg.func !== 'string') return;
  const fromPopup = state.popup && e.source === state.popup;
  state.calls.push((fromPopup ? 'popup:' : '') + msg.func);
  switch (msg.func) {
    case 'initialize':
      return answer(e.source, e.origin, msg, [fromPopup ? 'authentication' : cfg.frameContext, 'web', cfg.runtime, '2.58.0']);
    case 'getContext':
      return answer(e.source, e.origin, msg, [Object.assign({}, cfg.context, { frameContext: fromPopup ? 'authentication' : cfg.frameContext })]);
    case 'registerHandler':
      if (msg.args[0] === 'save' && refused('registerHandler save', ['settings'])) return;
      if (msg.args[0] === 'remove' && refused('registerHandler remove', ['settings', 'remove'])) return;
      state.handlers.push(msg.args[0]);
      return;
    case 'settings.getSettings':
      return answer(e.source, e.origin, msg, [state.settings]);
    case 'settings.setSettings':
      if (refused(msg.func, ['settings', 'content'])) return answer(e.source, e.origin, msg, [false, 'not allowed in ' + cfg.frameContext]);
      state.settings = Object.assign({}, state.settings, msg.args[0]);
      return answer(e.source, e.origin, msg, [true]);
    case 'settings.setValidityState':
      if (refused(msg.func, ['settings', 'remove'])) return;
      state.valid = msg.args[0] === true;
      if (cfg.frameContext === 'remove' && state.valid) state.removeEnabled = true;
      return;
    case 'settings.save.success': state.save = { ok: true }; return;
    case 'settings.save.failure': state.save = { ok: false, reason: msg.args[0] }; return;
    case 'settings.remove.success': state.remove = { ok: true }; return;
    case 'settings.remove.failure': state.remove = { ok: false, reason: msg.args[0] }; return;
    case 'authentication.authenticate':
      state.auth = { msg, source: e.source, origin: e.origin };
      state.popup = window.open(msg.args[0], 'teams-auth', 'width=' + (msg.args[1] || 600) + ',height=' + (msg.args[2] || 700));
      return;
    case 'authentication.authenticate.success':
    case 'authentication.authenticate.failure': {
      const ok = msg.func.endsWith('success');
      if (state.auth) answer(state.auth.source, state.auth.origin, state.auth.msg, [ok, msg.args[0]]);
      state.auth = null;
      if (state.popup) state.popup.close();
      return;
    }
    default:
      return;
  }
});
window.__save = (webhookUrl) => {
  state.save = null;
  state.settings = Object.assign({}, state.settings, { webhookUrl });
  frame.contentWindow.postMessage({ func: 'settings.save', args: [{ webhookUrl }] }, '*');
};
window.__remove = () => {
  state.remove = null;
  state.calls.push('host:remove');
  if (!state.handlers.includes('remove')) { state.remove = { ok: true, byHost: true }; return; }
  frame.contentWindow.postMessage({ func: 'settings.remove', args: [] }, '*');
};
</script></body></html>`;
}

export async function openTeamsHost(context: BrowserContext, opts: TeamsHostOptions): Promise<TeamsHost> {
  let cdnFetches = 0;
  const cspViolations: string[] = [];
  await context.route(HOST_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: hostHtml(opts) }));
  await context.route(VALID_DOMAINS_URL, (route) => {
    cdnFetches++;
    return route.fulfill({ status: 200, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' }, body: JSON.stringify(VALID_DOMAINS) });
  });
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) cspViolations.push(msg.text());
  });
  await page.goto(HOST_URL);
  const frame = () => page.frame({ name: 'app' })!;
  await page.waitForFunction(() => (window as any).__host.calls.includes('initialize'), undefined, { timeout: 10_000 });
  if (opts.waitReady !== false) await frame().waitForSelector('#page[data-state="ready"]', { timeout: 10_000 });
  const state = <T>(fn: string) => page.evaluate(`window.__host.${fn}`) as Promise<T>;
  const outcome = async (kind: 'save' | 'remove') => {
    await page.waitForFunction((k) => (window as any).__host[k] !== null, kind, { timeout: 15_000 });
    return state<HostOutcome>(kind);
  };
  return {
    page,
    frame,
    settings: () => state<HostSettings>('settings'),
    valid: () => state<boolean>('valid'),
    waitValid: async (valid) => {
      await page.waitForFunction((v) => (window as any).__host.valid === v, valid, { timeout: 10_000 });
    },
    save: async (webhookUrl) => {
      await page.evaluate((url) => (window as any).__save(url), webhookUrl);
      return outcome('save');
    },
    remove: async () => {
      if ((opts.frameContext ?? 'settings') !== 'remove') throw new Error('Teams offers Remove only in the remove frame context');
      await page.waitForFunction(() => (window as any).__host.removeEnabled, undefined, { timeout: 15_000 });
      await page.evaluate(() => (window as any).__remove());
      return outcome('remove');
    },
    removeEnabled: () => state<boolean>('removeEnabled'),
    handlers: () => state<string[]>('handlers'),
    calls: () => state<string[]>('calls'),
    mark: async (entry) => {
      await page.evaluate((e) => (window as any).__host.calls.push(e), entry);
    },
    violations: () => state<string[]>('violations'),
    cdnFetches: () => cdnFetches,
    cspViolations: () => [...cspViolations],
  };
}
