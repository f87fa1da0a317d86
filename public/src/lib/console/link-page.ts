/**
 * One link: what it posts, its health and queue, its deliveries (status, attempts, Teams'
 * answers, timings, last error) with a card preview each, and the operator's actions: redeliver
 * one or every dead letter (with progress), send a test card, pause or resume, delete.
 */
import { ApiError } from '../api.js';
import { byId, setText, show } from '../dom.js';
import { channelOf, message, sentenceOf, type ConsoleContext } from './context.js';
import { ago, duration, exact, timeElement } from './format.js';
import { healthOf } from './health.js';
import { openPreview } from './preview-dialog.js';
import type { ConsoleLink, Delivery, LinkStats } from './types.js';
import { badge, button, cell, focusHeading, region, replaceRows } from './ui.js';

const PAGE = 100;
/** How often the redelivery progress asks, while it runs: faster than the page's live updates. */
const PROGRESS_MS = 1000;

export class LinkPage {
  private id: string | undefined;
  private link: ConsoleLink | undefined;
  private stats: LinkStats | undefined;
  /** Bumped when another link is opened: a redelivery's progress loop of the old one stops. */
  private generation = 0;
  private busy = false;

  constructor(private readonly ctx: ConsoleContext) {
    byId('test-card').addEventListener('click', () => void this.testCard());
    byId('pause').addEventListener('click', () => void this.togglePause());
    byId('redeliver-dead').addEventListener('click', () => void this.redeliverDead());
    byId('delete').addEventListener('click', () => this.confirmDelete());
    byId('deliveries-status').addEventListener('change', () => void ctx.poller.refresh());
    const dialog = byId<HTMLDialogElement>('delete-dialog');
    dialog.addEventListener('close', () => {
      if (dialog.returnValue === 'delete') void this.delete();
      else byId('delete').focus();
    });
  }

  /** Opens a link (a new id starts from the loading state). */
  open(id: string): void {
    if (this.id !== id) {
      this.id = id;
      this.link = undefined;
      this.generation++;
      show('redeliver-progress', false);
      byId<HTMLSelectElement>('deliveries-status').value = '';
      byId('deliveries-body').replaceChildren();
      delete byId('deliveries-body').dataset.signature;
      region('link', 'loading', 'Loading the link…');
      region('deliveries', 'loading', 'Loading deliveries…');
    }
  }

  async load(): Promise<void> {
    const id = this.id!;
    const first = !this.link;
    let link: ConsoleLink;
    let stats: LinkStats | undefined;
    try {
      const [found, all] = await Promise.all([
        this.ctx.call<ConsoleLink>('GET', `/api/links/${encodeURIComponent(id)}`),
        this.ctx.call<{ stats: LinkStats[] }>('GET', '/api/links/stats'),
      ]);
      link = found;
      stats = all.stats.find((s) => s.linkId === id);
    } catch (err) {
      if (id !== this.id) return;
      if (err instanceof ApiError && err.status === 404) region('link', 'error', 'This link does not exist (any more).');
      else if (first) region('link', 'error', `The link could not be loaded: ${message(err)}`);
      throw err;
    }
    if (id !== this.id) return;
    this.link = link;
    this.stats = stats;
    this.renderLink();
    region('link', 'ready');
    if (first) {
      document.title = `${link.repository} · Console · GitHub for Teams`;
      focusHeading('link-title');
    }
    await this.loadDeliveries(id);
  }

  private renderLink(): void {
    const link = this.link!;
    const health = healthOf(link);
    setText('link-title', link.repository);
    const healthBadge = byId('link-health');
    healthBadge.textContent = health;
    healthBadge.dataset.health = health;
    show('link-paused', Boolean(link.paused));
    setText('link-channel', channelOf(link));
    setText('link-sentence', sentenceOf(link, this.ctx.settings));
    byId('link-last').replaceChildren(timeElement(this.stats?.lastDeliveredAt));
    setText('link-backlog', String(this.stats?.backlog ?? '—'));
    setText('link-dead', String(this.stats?.dead ?? '—'));
    show('link-error-row', health !== 'active' && Boolean(link.lastError));
    setText('link-error', link.lastError ?? '');
    setText('pause', link.paused ? 'Resume' : 'Pause');
    const dead = this.stats?.dead ?? 0;
    const redeliver = byId<HTMLButtonElement>('redeliver-dead');
    redeliver.textContent = dead ? `Redeliver all dead letters (${dead})` : 'Redeliver all dead letters';
    if (!this.busy) redeliver.disabled = dead === 0;
  }

  private async loadDeliveries(id: string): Promise<void> {
    const status = byId<HTMLSelectElement>('deliveries-status').value;
    let deliveries: Delivery[];
    try {
      deliveries = (await this.ctx.call<{ deliveries: Delivery[] }>('GET', `/api/deliveries?linkId=${encodeURIComponent(id)}&limit=${PAGE}${status ? `&status=${status}` : ''}`)).deliveries;
    } catch (err) {
      if (id === this.id && byId('deliveries-region').dataset.state !== 'ready') region('deliveries', 'error', `The deliveries could not be loaded: ${message(err)}`);
      throw err;
    }
    if (id !== this.id || status !== byId<HTMLSelectElement>('deliveries-status').value) return;
    if (deliveries.length === 0) {
      delete byId('deliveries-body').dataset.signature;
      return region('deliveries', 'empty', status ? `No ${status} deliveries.` : 'Nothing was delivered to this link yet. Send a test card, or wait for GitHub’s next event.');
    }
    region('deliveries', 'ready');
    replaceRows(byId('deliveries-body'), JSON.stringify([Math.floor(Date.now() / 30_000), deliveries]), () => deliveries.map((d) => this.deliveryRow(d)));
  }

  private deliveryRow(d: Delivery): HTMLTableRowElement {
    const tr = document.createElement('tr');
    tr.dataset.deliveryId = String(d.id);
    tr.dataset.status = d.status;
    const event = d.action ? `${d.event}.${d.action}` : d.event;
    const what = cell(
      Object.assign(document.createElement('strong'), { textContent: event }),
      document.createElement('br'),
      Object.assign(document.createElement('span'), { textContent: d.summary }),
      document.createElement('br'),
      Object.assign(document.createElement('span'), { className: 'muted small', textContent: `received ${ago(d.receivedAt)} · `, title: exact(d.receivedAt) }),
      Object.assign(document.createElement('span'), { className: 'mono muted', textContent: d.delivery, title: 'X-GitHub-Delivery' }),
    );
    const statusCell = cell(badge(d.status, { status: d.status }));
    if (d.status === 'retrying' && d.nextAttemptAt) statusCell.append(Object.assign(document.createElement('div'), { className: 'muted small', textContent: `next try ${exact(d.nextAttemptAt)}` }));
    const codes = document.createElement('div');
    codes.className = 'codes';
    for (const attempt of d.attempts) {
      const code = Object.assign(document.createElement('span'), { className: 'code', textContent: attempt.statusCode === null ? 'no answer' : String(attempt.statusCode), title: `${attempt.outcome} · ${exact(attempt.startedAt)}` });
      code.dataset.ok = String(attempt.outcome === 'delivered');
      codes.append(code);
    }
    if (d.attempts.length === 0) codes.append(Object.assign(document.createElement('span'), { className: 'muted', textContent: 'not tried yet' }));
    const timings = cell();
    const last = d.attempts.at(-1);
    if (last) timings.append(`Teams took ${duration(last.durationMs)}`);
    if (d.finishedAt && d.status === 'delivered') timings.append(document.createElement('br'), Object.assign(document.createElement('span'), { className: 'muted small', textContent: `posted ${duration(Date.parse(d.finishedAt) - Date.parse(d.receivedAt))} after receipt` }));
    const actions = document.createElement('div');
    actions.className = 'row-actions';
    actions.append(button('Preview', `preview-${d.id}`, () => void openPreview(this.ctx, d)));
    if (d.status === 'delivered' || d.status === 'dead') actions.append(button('Redeliver', `redeliver-${d.id}`, () => void this.redeliverOne(d)));
    tr.append(
      what,
      statusCell,
      Object.assign(cell(String(d.attempts.length)), { className: 'num' }),
      cell(codes),
      timings,
      Object.assign(cell(d.lastError ?? ''), { className: 'error-text' }),
      cell(actions),
    );
    return tr;
  }

  private async act(what: () => Promise<void>): Promise<void> {
    try {
      await what();
    } catch (err) {
      this.ctx.notice(message(err), 'error');
    }
    await this.ctx.poller.refresh();
  }

  private redeliverOne(d: Delivery): Promise<void> {
    return this.act(async () => {
      await this.ctx.call('POST', `/api/deliveries/${d.id}/redeliver`);
      this.ctx.notice(`Delivery ${d.id} (${d.event}) is queued again.`, 'ok');
    });
  }

  private testCard(): Promise<void> {
    const link = this.link!;
    return this.act(async () => {
      this.ctx.notice('Sending a test card…');
      const result = await this.ctx.call<{ statusCode?: number }>('POST', `/api/teams/links/${encodeURIComponent(link.id)}/test-card`);
      this.ctx.notice(`Test card sent: Teams answered ${result?.statusCode ?? 'OK'}.`, 'ok');
    });
  }

  private togglePause(): Promise<void> {
    const link = this.link!;
    const paused = !link.paused;
    return this.act(async () => {
      await this.ctx.call('PATCH', `/api/links/${encodeURIComponent(link.id)}`, { paused });
      this.ctx.notice(paused ? `Paused: nothing is posted to this channel until you resume; events keep queuing.` : `Resumed: the backlog goes out in order.`, 'ok');
    });
  }

  private confirmDelete(): void {
    const link = this.link!;
    setText('delete-text', `The link from ${link.repository} to ${channelOf(link)} is deleted with its queued cards; the channel stops receiving them. This cannot be undone.`);
    const dialog = byId<HTMLDialogElement>('delete-dialog');
    dialog.returnValue = '';
    dialog.showModal();
  }

  private async delete(): Promise<void> {
    const link = this.link!;
    try {
      await this.ctx.call('DELETE', `/api/links/${encodeURIComponent(link.id)}`);
      this.ctx.navigate('#/links');
      this.ctx.notice(`Deleted the link from ${link.repository}.`, 'ok');
    } catch (err) {
      this.ctx.notice(`Could not delete the link: ${message(err)}`, 'error');
    }
  }

  /**
   * Requeues every dead letter, then follows the requeued jobs until each is delivered or dead
   * again: a progress bar and counts while it runs, the outcome when it ends.
   */
  private async redeliverDead(): Promise<void> {
    const link = this.link!;
    const generation = this.generation;
    const bar = byId<HTMLProgressElement>('redeliver-bar');
    const box = byId('redeliver-progress');
    const say = (text: string, state: 'running' | 'done' | 'partial') => {
      setText('redeliver-text', text);
      box.dataset.state = state;
    };
    this.busy = true;
    byId<HTMLButtonElement>('redeliver-dead').disabled = true;
    show('redeliver-progress', true);
    bar.removeAttribute('value');
    say('Requeueing the dead letters…', 'running');
    try {
      const listDead = () => this.ctx.call<{ deliveries: Delivery[] }>('GET', `/api/deliveries?linkId=${encodeURIComponent(link.id)}&status=dead&limit=500`);
      const tracked = new Set((await listDead()).deliveries.map((d) => d.id));
      const { requeued } = await this.ctx.call<{ requeued: number }>('POST', `/api/links/${encodeURIComponent(link.id)}/redeliver-dead`);
      if (requeued === 0) {
        bar.max = bar.value = 1;
        return say('There were no dead letters to redeliver.', 'done');
      }
      const total = Math.min(requeued, tracked.size) || requeued;
      bar.max = total;
      bar.value = 0;
      await this.ctx.poller.refresh();
      for (;;) {
        if (generation !== this.generation) return;
        const recent = (await this.ctx.call<{ deliveries: Delivery[] }>('GET', `/api/deliveries?linkId=${encodeURIComponent(link.id)}&limit=500`)).deliveries;
        const mine = recent.filter((d) => tracked.has(d.id));
        const delivered = mine.filter((d) => d.status === 'delivered').length;
        const dead = mine.filter((d) => d.status === 'dead');
        const pending = mine.length - delivered - dead.length;
        bar.value = delivered + dead.length;
        if (pending === 0) {
          if (dead.length === 0) return say(`Done: all ${total} dead letter${total === 1 ? ' was' : 's were'} delivered.`, 'done');
          return say(`Done: ${delivered} of ${total} delivered; ${dead.length} dead again (${dead[0].lastError ?? 'no answer'}).`, 'partial');
        }
        const waiting = this.link?.paused ? ' The link is paused: they wait until you resume it.' : '';
        say(`Redelivering: ${delivered + dead.length} of ${total} done (${delivered} delivered${dead.length ? `, ${dead.length} dead again` : ''}).${waiting}`, 'running');
        await new Promise((resolve) => setTimeout(resolve, PROGRESS_MS));
      }
    } catch (err) {
      say(`Redelivery stopped: ${message(err)}`, 'partial');
    } finally {
      this.busy = false;
      if (generation === this.generation) await this.ctx.poller.refresh();
    }
  }
}
