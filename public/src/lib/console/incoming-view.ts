/** Incoming: the webhooks GitHub sent, newest first, and what the bridge did with each. */
import { byId } from '../dom.js';
import { message, type ConsoleContext } from './context.js';
import { timeElement } from './format.js';
import type { IncomingEntry } from './types.js';
import { badge, cell, region, replaceRows } from './ui.js';

const LIMIT = 200;

export function outcomeText(entry: IncomingEntry): string {
  if (entry.outcome === 'queued') return `queued to ${entry.links} link${entry.links === 1 ? '' : 's'}`;
  if (entry.outcome === 'duplicate') return 'duplicate: this delivery was received before';
  return `ignored: ${entry.reason ?? 'no reason given'}`;
}

export class IncomingView {
  private loaded = false;
  private typing: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly ctx: ConsoleContext) {
    byId('incoming-event').addEventListener('input', () => {
      clearTimeout(this.typing);
      this.typing = setTimeout(() => void ctx.poller.refresh(), 300);
    });
    byId('incoming-outcome').addEventListener('change', () => void ctx.poller.refresh());
  }

  async load(): Promise<void> {
    if (!this.loaded) region('incoming', 'loading', 'Loading webhooks…');
    const event = byId<HTMLInputElement>('incoming-event').value.trim();
    const outcome = byId<HTMLSelectElement>('incoming-outcome').value;
    const query = new URLSearchParams({ limit: String(LIMIT) });
    if (event) query.set('event', event);
    if (outcome) query.set('outcome', outcome);
    let incoming: IncomingEntry[];
    try {
      incoming = (await this.ctx.call<{ incoming: IncomingEntry[] }>('GET', `/api/incoming?${query}`)).incoming;
    } catch (err) {
      if (!this.loaded) region('incoming', 'error', `The incoming webhooks could not be loaded: ${message(err)}`);
      throw err;
    }
    this.loaded = true;
    if (incoming.length === 0) {
      delete byId('incoming-body').dataset.signature;
      const filtered = event || outcome;
      return region('incoming', 'empty', filtered ? 'No webhook matches these filters.' : 'No webhook received yet. If GitHub says it sent one, check the hook’s payload URL and secret under the repository’s Settings → Webhooks.');
    }
    region('incoming', 'ready');
    replaceRows(byId('incoming-body'), JSON.stringify([Math.floor(Date.now() / 30_000), incoming]), () => incoming.map((entry) => this.row(entry)));
  }

  private row(entry: IncomingEntry): HTMLTableRowElement {
    const tr = document.createElement('tr');
    tr.dataset.outcome = entry.outcome;
    tr.append(
      cell(timeElement(entry.receivedAt)),
      cell(Object.assign(document.createElement('strong'), { textContent: entry.action ? `${entry.event}.${entry.action}` : entry.event })),
      cell(entry.repository ?? '—'),
      cell(badge(outcomeText(entry), { outcome: entry.outcome })),
      cell(Object.assign(document.createElement('span'), { className: 'mono', textContent: entry.delivery })),
    );
    return tr;
  }
}
