import { pages } from '@microsoft/teams-js';
import { api, ApiError } from './lib/api.js';
import { newCapability } from './lib/capability.js';
import { channelLink } from './lib/channel-link.js';
import { startConnectorRemoval } from './lib/connector-removal.js';
import { deliveryProblem, fillDelivery, readDelivery, renderTimeZones, showDeliveryError, showDeliveryFields } from './lib/delivery-form.js';
import { byId, notice, setText, show } from './lib/dom.js';
import { FEATURE_LABELS, featuresForApi, githubEvents, renderFeatures, selectedFeatures } from './lib/features.js';
import { filterSentence } from './lib/filter-sentence.js';
import { fillFilters, readFilters, renderActionGroups, showActionGroups } from './lib/filters-form.js';
import type { HookOutcome, LinkView } from './lib/link-view.js';
import { RepoPicker, type Repository } from './lib/repo-picker.js';
import { signIn } from './lib/sign-in.js';
import { connectToTeams, followTheme, type ConnectorConfig, type TeamsContext } from './lib/teams-host.js';

interface Settings {
  signIn: boolean;
  publicUrl: string;
  payloadUrl: string;
  features: string[];
  defaultFeatures: string[];
  featureEvents: Record<string, string[]>;
  /** The action names a link may filter each feature on (features without actions are left out). */
  featureActions: Record<string, string[]>;
  extraWebhookOrigins: string[];
}

type Credential = { kind: 'github'; token: string; login: string } | { kind: 'admin'; token: string; webhookSecret?: string };

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

const state: {
  settings?: Settings;
  teams?: TeamsContext;
  credential?: Credential;
  /** The link capability: from the Teams config when reopened, or made at the first save. */
  capability?: string;
  link?: LinkView;
} = {};

const picker = new RepoPicker(refresh);

/**
 * Teams' configuration dialog, where Teams' own Save button drives the page. Elsewhere (a browser,
 * a Teams tab) the page has its own Save and Remove buttons and a field for a Workflows URL.
 */
function inTeamsDialog(): boolean {
  return state.teams?.frameContext === 'settings';
}

/** The bearer for link calls: a sign-in or the admin token, else the channel's capability. */
function bearer(): string | undefined {
  return state.credential?.token ?? state.capability;
}

/** A saved link keeps its repository (another repository is another link). */
function repository(): string | undefined {
  if (state.link) return state.link.repository;
  if (state.credential?.kind === 'github') return picker.selected;
  if (state.credential?.kind === 'admin') return byId<HTMLInputElement>('repo-input').value.trim() || undefined;
  return undefined;
}

function pastedWebhookUrl(): string {
  return byId<HTMLInputElement>('webhook-url').value.trim();
}

/** Why the form cannot be saved yet, or undefined when it can. */
function problem(): string | undefined {
  if (!state.credential && !state.link) return state.settings!.signIn ? 'Sign in with GitHub first.' : 'Enter the admin token first.';
  const repo = repository();
  if (!repo) return 'Choose a repository.';
  if (!REPOSITORY.test(repo)) return 'Write the repository as owner/name.';
  if (!inTeamsDialog()) {
    const url = pastedWebhookUrl();
    if (!url && !state.link) return 'Paste the channel’s webhook URL.';
    if (url && !/^https:\/\/[^\s/]+\/\S+$/.test(url) && !state.settings!.extraWebhookOrigins.some((o) => url.startsWith(`${o}/`))) {
      return 'The webhook URL must start with https://.';
    }
  }
  if (selectedFeatures().length === 0) return 'Pick at least one kind of event.';
  return deliveryProblem(readDelivery());
}

/** Re-derives every visible state from `state` and the form; called on each input. */
function refresh(): void {
  const settings = state.settings!;
  const cred = state.credential;
  show('signed-out', !cred);
  show('signed-in', Boolean(cred));
  show('signin', settings.signIn);
  if (!settings.signIn) {
    setText('signin-hint', 'Sign-in with GitHub is not set up on this bridge. Its operator can link repositories with the admin token.');
    byId<HTMLDetailsElement>('admin-token-box').open = true;
  }
  if (cred) {
    setText('identity-initial', cred.kind === 'github' ? cred.login[0] : 'A');
    setText('identity-text', cred.kind === 'github' ? `Signed in as ${cred.login}` : 'Using the admin token');
    setText('identity-detail', cred.kind === 'github' ? 'Only repositories you administer are listed.' : 'Any repository can be linked.');
    setText('signout', cred.kind === 'github' ? 'Sign out' : 'Forget token');
  }

  const locked = !cred || Boolean(state.link);
  show('repo-picker', !locked && cred?.kind === 'github');
  show('repo-manual', !locked && cred?.kind === 'admin');
  show('repo-locked', locked);
  if (state.link) {
    const other = inTeamsDialog() ? 'add the connector again in another channel' : 'remove this link first or open the page again';
    setText('repo-locked', `${state.link.repository} — to link another repository, ${other}.`);
  } else if (!cred) {
    setText('repo-locked', 'Sign in above to choose a repository.');
  }

  show('channel-connector', inTeamsDialog());
  show('channel-workflow', !inTeamsDialog());
  if (state.teams?.channelName) setText('channel-name', state.teams.teamName ? `${state.teams.teamName} › ${state.teams.channelName}` : state.teams.channelName);
  byId<HTMLInputElement>('webhook-url').placeholder = state.link
    ? 'Leave empty to keep the current webhook'
    : 'https://…logic.azure.com/workflows/… or https://…webhook.office.com/…';

  const features = selectedFeatures();
  showActionGroups(features);
  showDeliveryFields();
  const { branches, filters } = readFilters(state.link?.filters);
  setText('filters-sentence', filterSentence({ features, allFeatures: settings.features, branches, filters, delivery: readDelivery() }, FEATURE_LABELS));
  show('hook-auto', cred?.kind === 'github');
  show('hook-manual', cred?.kind !== 'github');
  setText('hook-url', settings.payloadUrl);
  setText('hook-events', githubEvents(settings.featureEvents).join(', ') || '—');
  if (cred?.kind === 'admin' && cred.webhookSecret) setText('hook-secret', cred.webhookSecret);

  const why = problem();
  if (inTeamsDialog()) {
    pages.config.setValidityState(!why);
  } else {
    show('save', true);
    byId<HTMLButtonElement>('save').disabled = Boolean(why);
    setText('save', state.link ? 'Update link' : 'Save link');
  }
  setText('save-hint', why ?? '');
  show('test-card', Boolean(state.link));
  show('remove', Boolean(state.link) && !inTeamsDialog());
}

function setBusy(busy: boolean): void {
  for (const id of ['save', 'test-card', 'remove', 'signin']) byId<HTMLButtonElement>(id).disabled = busy;
  byId('page').setAttribute('aria-busy', String(busy));
  if (!busy) refresh();
}

function describeHook(hook: HookOutcome | undefined): string {
  switch (hook?.status) {
    case 'created':
      return 'The GitHub webhook was created.';
    case 'updated':
      return 'The GitHub webhook was updated.';
    case 'deleted':
      return 'The GitHub webhook was removed.';
    case 'failed':
      return `The GitHub webhook could not be set up: ${hook.message ?? 'unknown error'}. Add it by hand (see step 5).`;
    case 'manual':
    case 'kept':
      return hook.message ?? '';
    default:
      return '';
  }
}

/** Creates or updates the link; the server checks rights again whatever this page believes. */
async function saveLink(webhookUrl: string | undefined): Promise<LinkView> {
  const events = featuresForApi(state.settings!.features);
  const { branches, filters } = readFilters(state.link?.filters);
  const delivery = readDelivery();
  if (state.link) {
    const patch: Record<string, unknown> = { events, branches, filters, delivery };
    if (webhookUrl) patch.webhookUrl = webhookUrl;
    state.link = await api<LinkView>('PATCH', `/api/links/${encodeURIComponent(state.link.id)}`, bearer(), patch);
  } else {
    const repo = repository()!;
    state.capability ??= newCapability();
    const teams = state.teams ? { configName: repo, channelName: state.teams.channelName, teamName: state.teams.teamName } : undefined;
    state.link = await api<LinkView>('POST', '/api/links', bearer(), {
      repository: repo,
      webhookUrl,
      events,
      branches,
      filters,
      delivery,
      capability: state.capability,
      teams,
    });
  }
  showDeliveryError(undefined);
  setText('hook-result', describeHook(state.link.hook));
  show('hook-result', Boolean(describeHook(state.link.hook)));
  return state.link;
}

/**
 * What went wrong, in words for the person at the page. The API's 401 and 403 texts are written
 * for operators with curl (`send Authorization: Bearer <ADMIN_TOKEN>`); here they become what
 * this person can do about it.
 */
function message(err: unknown): string {
  if (err instanceof ApiError && (err.status === 401 || err.status === 403)) return accessMessage(err.status);
  return err instanceof Error ? err.message : String(err);
}

function accessMessage(status: 401 | 403): string {
  const repo = repository() ?? 'the repository';
  const cred = state.credential;
  const signIn = (purpose: string) =>
    state.settings?.signIn
      ? `Sign in with GitHub as an admin of ${repo} to ${purpose}.`
      : `Ask the operator of this bridge to ${purpose} with the admin token.`;
  if (cred?.kind === 'admin') return status === 401 ? 'The admin token is no longer accepted: the bridge’s operator may have changed it.' : `The admin token may not change the link to ${repo}.`;
  if (cred?.kind === 'github') {
    return status === 401 ? `Your GitHub sign-in has expired. ${signIn('change this link')}` : `${cred.login} is not an admin of ${repo} on GitHub. ${signIn('change this link')}`;
  }
  // Without a sign-in the bearer is the channel's capability: a 401 means no link holds it any more.
  return status === 401 ? `The link to ${repo} is no longer on the bridge (it was removed there). ${signIn('link it again')}` : signIn('change this link');
}

/** A refused delivery mode is also shown under the Delivery control, which is opened to show it. */
function saveFailed(err: unknown): string {
  const why = message(err);
  if (err instanceof ApiError && err.status === 400) showDeliveryError(why);
  return why;
}

/** Teams shows the reason in its dialog; the page shows it too, next to what needs fixing. */
function fail(event: { notifyFailure(reason?: string): void }, reason: string): void {
  notice(reason, 'error');
  event.notifyFailure(reason);
}

/** Teams' Save: config first (Teams then issues the webhook URL), then the link. */
async function onTeamsSave(event: pages.config.SaveEvent): Promise<void> {
  const why = problem();
  if (why) return fail(event, why);
  try {
    state.capability ??= newCapability();
    const publicUrl = state.settings!.publicUrl;
    // Connectors read `configName` (shown in the channel's connector list); TeamsJS v2 types omit it.
    const config: pages.InstanceConfig & { configName: string } = {
      entityId: state.capability,
      contentUrl: `${publicUrl}/config`,
      removeUrl: `${publicUrl}/config`,
      configName: repository()!,
    };
    await pages.config.setConfig(config);
    const saved = (await pages.getConfig()) as ConnectorConfig;
    const webhookUrl = saved.webhookUrl ?? event.result?.webhookUrl;
    if (!webhookUrl && !state.link) {
      return fail(event, 'Teams gave no webhook URL for this channel. Remove the connector and add it again, or open this page in a browser and paste a Workflows URL.');
    }
    await saveLink(webhookUrl);
    event.notifySuccess();
  } catch (err) {
    fail(event, `Could not save: ${saveFailed(err)}`);
  }
}

async function onStandaloneSave(event: Event): Promise<void> {
  event.preventDefault();
  if (problem()) return;
  setBusy(true);
  try {
    const created = !state.link;
    await saveLink(pastedWebhookUrl() || undefined);
    byId<HTMLInputElement>('webhook-url').value = '';
    notice(`${created ? 'Linked' : 'Updated'} ${state.link!.repository}. ${describeHook(state.link!.hook)}`.trim(), 'ok');
  } catch (err) {
    notice(saveFailed(err), 'error');
  } finally {
    setBusy(false);
  }
}

async function onStandaloneRemove(): Promise<void> {
  if (!state.link) return;
  setBusy(true);
  try {
    const removed = await api<{ hook?: HookOutcome } | undefined>('DELETE', `/api/links/${encodeURIComponent(state.link.id)}`, bearer());
    notice(`Removed the link to ${state.link.repository}. ${describeHook(removed?.hook)}`.trim(), 'ok');
    state.link = undefined;
    show('hook-result', false);
  } catch (err) {
    notice(message(err), 'error');
  } finally {
    setBusy(false);
  }
}

async function onTestCard(): Promise<void> {
  if (!state.link) return;
  setBusy(true);
  try {
    await api('POST', `/api/teams/links/${encodeURIComponent(state.link.id)}/test-card`, bearer());
    notice('Test card sent. Look for it in the channel.', 'ok');
  } catch (err) {
    notice(`The test card was not delivered: ${message(err)}`, 'error');
  } finally {
    setBusy(false);
  }
}

async function loadRepositories(): Promise<void> {
  if (state.credential?.kind !== 'github') return;
  const repos = await api<Repository[]>('GET', '/api/teams/repositories', state.credential.token);
  picker.load(repos, state.link?.repository);
}

async function onSignIn(): Promise<void> {
  setBusy(true);
  notice(undefined);
  try {
    const result = await signIn(state.settings!.publicUrl, Boolean(state.teams));
    state.credential = { kind: 'github', token: result.token, login: result.login };
    refresh();
    await loadRepositories();
  } catch (err) {
    notice(`Sign-in did not finish: ${message(err)}`, 'error');
  } finally {
    setBusy(false);
  }
}

async function onUseAdminToken(): Promise<void> {
  const token = byId<HTMLInputElement>('admin-token').value.trim();
  if (!token) return;
  try {
    const me = await api<{ kind: string; webhookSecret?: string }>('GET', '/api/teams/me', token);
    if (me.kind !== 'admin') throw new Error('That is not this bridge’s admin token.');
    state.credential = { kind: 'admin', token, webhookSecret: me.webhookSecret };
    byId<HTMLInputElement>('admin-token').value = '';
    if (state.link) byId<HTMLInputElement>('repo-input').value = state.link.repository;
    notice(undefined);
  } catch (err) {
    notice(err instanceof ApiError && err.status === 401 ? 'That admin token was not accepted.' : message(err), 'error');
  }
  refresh();
}

function onSignOut(): void {
  if (state.credential?.kind === 'github') void api('POST', '/auth/signout', state.credential.token).catch(() => undefined);
  state.credential = undefined;
  picker.load([]);
  refresh();
}

/**
 * Reopened from Teams: the config holds the capability, which finds and unlocks the link. When
 * the link was removed on the server, saving creates a fresh one with a fresh capability.
 */
async function loadExistingLink(): Promise<void> {
  const found = await channelLink((await pages.getConfig()) as ConnectorConfig);
  state.capability = found.capability;
  state.link = found.link;
}

function wire(): void {
  byId('form').addEventListener('input', refresh);
  // A changed delivery is a new question for the server: its last answer no longer applies.
  byId('delivery').addEventListener('input', () => showDeliveryError(undefined));
  byId('form').addEventListener('submit', (e) => void onStandaloneSave(e));
  byId('signin').addEventListener('click', () => void onSignIn());
  byId('signout').addEventListener('click', onSignOut);
  byId('admin-token-use').addEventListener('click', () => void onUseAdminToken());
  byId('admin-token').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      void onUseAdminToken();
    }
  });
  byId('test-card').addEventListener('click', () => void onTestCard());
  byId('remove').addEventListener('click', () => void onStandaloneRemove());
}

async function main(): Promise<void> {
  wire();
  try {
    const loadingSettings = api<Settings>('GET', '/api/teams/settings');
    const teams = await connectToTeams();
    followTheme(teams?.theme);
    if (teams?.frameContext === 'remove') {
      // Before anything else is awaited: Teams may enable Remove before the page is ready.
      loadingSettings.catch(() => undefined);
      return startConnectorRemoval();
    }
    const settings = await loadingSettings;
    state.settings = settings;
    state.teams = teams;
    if (teams) {
      // TeamsJS throws if a save handler is registered outside the configuration dialog.
      if (teams.frameContext === 'settings') pages.config.registerOnSaveHandler((event) => void onTeamsSave(event));
      await loadExistingLink();
      setText('lede', state.link ? `Change what ${state.link.repository} posts to this channel.` : 'Post a repository’s activity to this channel as cards.');
    } else {
      setText('lede', 'Post a repository’s activity to a Teams channel through a Workflows webhook.');
    }
    renderFeatures(settings.features, state.link?.events ?? settings.defaultFeatures, refresh);
    renderActionGroups(settings.featureActions, refresh);
    renderTimeZones();
    if (state.link) fillFilters(state.link.branches, state.link.filters);
    if (state.link) fillDelivery(state.link.delivery);
    show('form', true);
    if (state.link) notice(`This channel receives ${state.link.repository}. Change the events below and save, or remove the connector to stop.`);
  } catch (err) {
    notice(`The configuration page could not load: ${message(err)}`, 'error');
    return;
  } finally {
    byId('page').dataset.state = 'ready';
    byId('page').setAttribute('aria-busy', 'false');
  }
  refresh();
}

void main();
