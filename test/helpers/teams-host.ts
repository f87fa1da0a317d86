/**
 * A Teams host emulator for browser tests. Playwright serves a host page at
 * https://teams.microsoft.com/_emulator (request interception, no certificate needed) that frames
 * the real configuration page and answers TeamsJS's postMessage protocol the way Teams does
 * (facts in DESIGN §4, read from teams-js 2.58):
 *
 * - the app posts `{id, uuidAsString, func, args}` to its parent (a popup to its opener); the host
 *   answers `{id, uuidAsString, args}` and pushes events as `{func, args}`;
 * - `initialize` → `[frameContext, hostClientType, runtimeConfigJSON, sdkVersion]`;
 * - `settings.getSettings` / `settings.setSettings` / `settings.setValidityState`;
 * - Save: `settings.save` with `[{webhookUrl}]` → `settings.save.success|failure`; Remove likewise;
 * - `authentication.authenticate [url, w, h]`: the host opens the popup, answers the popup's own
 *   `initialize` with the `authentication` frame context, and turns its
 *   `authentication.authenticate.success|failure` into the answer to the page's request.
 *
 *   const host = await openTeamsHost(context, { configUrl, settings });
 *   await host.frame().getByLabel('Admin token').fill(…);
 *   await host.waitValid(true);
 *   const result = await host.save('https://…/webhookb2/…');   // {ok: true} | {ok: false, reason}
 *   host.settings()                                             // what Teams would keep
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';

export const HOST_URL = 'https://teams.microsoft.com/_emulator/configure';

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
}

export interface TeamsHost {
  page: Page;
  frame(): Frame;
  settings(): Promise<HostSettings>;
  valid(): Promise<boolean>;
  waitValid(valid: boolean): Promise<void>;
  save(webhookUrl: string): Promise<HostOutcome>;
  remove(): Promise<HostOutcome>;
  /** Every `func` the page and the popup sent, in order. */
  calls(): Promise<string[]>;
}

export interface TeamsHostOptions {
  configUrl: string;
  /** The instance config Teams holds for this connector (a reopened configuration). */
  settings?: HostSettings;
  theme?: 'default' | 'dark';
}

const RUNTIME = {
  apiVersion: 4,
  isLegacyTeams: false,
  supports: { appEntity: {}, authentication: {}, pages: { appButton: {}, config: {}, tabs: {}, backStack: {} }, teams: {} },
};

function hostHtml(opts: TeamsHostOptions): string {
  const config = {
    configUrl: opts.configUrl,
    settings: opts.settings ?? {},
    runtime: JSON.stringify(RUNTIME),
    context: {
      locale: 'en-us',
      theme: opts.theme ?? 'default',
      frameContext: 'settings',
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
<body><div class="dialog"><div class="bar">Configure · GitHub for Teams</div>
<iframe id="app" name="app"></iframe></div>
<script>
const cfg = ${JSON.stringify(config)};
const state = { settings: cfg.settings, valid: false, calls: [], save: null, remove: null, auth: null, popup: null };
window.__host = state;
const frame = document.getElementById('app');
frame.src = cfg.configUrl;
function answer(target, origin, msg, args) { target.postMessage({ id: msg.id, uuidAsString: msg.uuidAsString, args }, origin === 'null' ? '*' : origin); }
window.addEventListener('message', (e) => {
  const msg = e.data;
  if (!msg || typeof msg !== 'object' || typeof msg.func !== 'string') return;
  const fromPopup = state.popup && e.source === state.popup;
  state.calls.push((fromPopup ? 'popup:' : '') + msg.func);
  switch (msg.func) {
    case 'initialize':
      return answer(e.source, e.origin, msg, [fromPopup ? 'authentication' : 'settings', 'web', cfg.runtime, '2.58.0']);
    case 'getContext':
      return answer(e.source, e.origin, msg, [Object.assign({}, cfg.context, { frameContext: fromPopup ? 'authentication' : 'settings' })]);
    case 'settings.getSettings':
      return answer(e.source, e.origin, msg, [state.settings]);
    case 'settings.setSettings':
      state.settings = Object.assign({}, state.settings, msg.args[0]);
      return answer(e.source, e.origin, msg, [true]);
    case 'settings.setValidityState':
      state.valid = msg.args[0] === true;
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
  frame.contentWindow.postMessage({ func: 'settings.remove', args: [] }, '*');
};
</script></body></html>`;
}

export async function openTeamsHost(context: BrowserContext, opts: TeamsHostOptions): Promise<TeamsHost> {
  await context.route(HOST_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: hostHtml(opts) }));
  const page = await context.newPage();
  await page.goto(HOST_URL);
  const frame = () => page.frame({ name: 'app' })!;
  await page.waitForFunction(() => (window as any).__host.calls.includes('initialize'), undefined, { timeout: 10_000 });
  await frame().waitForSelector('#page[data-state="ready"]', { timeout: 10_000 });
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
      await page.evaluate(() => (window as any).__remove());
      return outcome('remove');
    },
    calls: () => state<string[]>('calls'),
  };
}
