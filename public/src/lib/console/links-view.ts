/** The links list: every link the signer may see, with health and queue figures; search and sort. */
import { byId, setText } from '../dom.js';
import { channelOf, message, sentenceOf, type ConsoleContext } from './context.js';
import { timeElement } from './format.js';
import { HEALTH_RANK, healthOf, type Health } from './health.js';
import type { ConsoleLink, LinkStats } from './types.js';
import { badge, cell, pausedBadge, region, replaceRows } from './ui.js';

type SortKey = 'repository' | 'channel' | 'health' | 'lastDelivered' | 'backlog' | 'dead';

interface Row {
  link: ConsoleLink;
  stats?: LinkStats;
  channel: string;
  sentence: string;
  health: Health;
}

/** Columns whose natural first order is "biggest/most recent/worst first". */
const DESCENDING_FIRST = new Set<SortKey>(['lastDelivered', 'backlog', 'dead']);

export class LinksView {
  private rows: Row[] = [];
  private loaded = false;
  private sort: { key: SortKey; dir: 1 | -1 } = { key: 'repository', dir: 1 };

  constructor(private readonly ctx: ConsoleContext) {
    byId<HTMLInputElement>('links-search').addEventListener('input', () => this.render());
    for (const th of byId('links-table').querySelectorAll<HTMLElement>('th[data-sort]')) {
      th.querySelector('button')!.addEventListener('click', () => {
        const key = th.dataset.sort as SortKey;
        this.sort = this.sort.key === key ? { key, dir: this.sort.dir === 1 ? -1 : 1 } : { key, dir: DESCENDING_FIRST.has(key) ? -1 : 1 };
        this.render();
      });
    }
  }

  /** Shows the loading state only before the first answer; later refreshes update in place. */
  async load(): Promise<void> {
    if (!this.loaded) region('links', 'loading', 'Loading links…');
    try {
      const [{ links }, { stats }] = await Promise.all([
        this.ctx.call<{ links: ConsoleLink[] }>('GET', '/api/links'),
        this.ctx.call<{ stats: LinkStats[] }>('GET', '/api/links/stats'),
      ]);
      const byLink = new Map(stats.map((s) => [s.linkId, s]));
      this.rows = links.map((link) => ({ link, stats: byLink.get(link.id), channel: channelOf(link), sentence: sentenceOf(link, this.ctx.settings), health: healthOf(link) }));
      this.loaded = true;
      this.render();
    } catch (err) {
      if (!this.loaded) region('links', 'error', `The links could not be loaded: ${message(err)}`);
      throw err;
    }
  }

  private render(): void {
    if (!this.loaded) return;
    const terms = byId<HTMLInputElement>('links-search').value.toLowerCase().split(/\s+/).filter(Boolean);
    const shown = this.rows.filter((row) => {
      const text = `${row.link.repository} ${row.channel} ${row.sentence} ${row.health} ${row.link.paused ? 'paused' : ''}`.toLowerCase();
      return terms.every((term) => text.includes(term));
    });
    shown.sort((a, b) => this.compare(a, b) * this.sort.dir || a.link.repository.localeCompare(b.link.repository));
    for (const th of byId('links-table').querySelectorAll<HTMLElement>('th[data-sort]')) {
      th.setAttribute('aria-sort', th.dataset.sort === this.sort.key ? (this.sort.dir === 1 ? 'ascending' : 'descending') : 'none');
    }
    const total = this.rows.length;
    const troubled = this.rows.filter((r) => r.health !== 'active').length;
    setText('links-summary', total ? `${shown.length === total ? total : `${shown.length} of ${total}`} link${total === 1 ? '' : 's'}${troubled ? ` · ${troubled} need${troubled === 1 ? 's' : ''} attention` : ''}` : '');
    if (total === 0) return region('links', 'empty', 'No links yet. Link a repository to a channel from the configuration page (/config) or with POST /api/links.');
    if (shown.length === 0) return region('links', 'empty', 'No link matches this search.');
    region('links', 'ready');
    // The minute bucket renews the "3 min ago" texts even when nothing else changed.
    const signature = JSON.stringify([Math.floor(Date.now() / 30_000), this.sort, terms, shown.map((r) => [r.link, r.stats])]);
    replaceRows(byId('links-body'), signature, () => shown.map((row) => this.row(row)));
  }

  private compare(a: Row, b: Row): number {
    switch (this.sort.key) {
      case 'repository':
        return a.link.repository.localeCompare(b.link.repository);
      case 'channel':
        return a.channel.localeCompare(b.channel);
      case 'health':
        return HEALTH_RANK[a.health] - HEALTH_RANK[b.health];
      case 'lastDelivered':
        return Date.parse(a.stats?.lastDeliveredAt ?? '1970-01-01') - Date.parse(b.stats?.lastDeliveredAt ?? '1970-01-01');
      case 'backlog':
        return (a.stats?.backlog ?? 0) - (b.stats?.backlog ?? 0);
      case 'dead':
        return (a.stats?.dead ?? 0) - (b.stats?.dead ?? 0);
    }
  }

  private row({ link, stats, channel, sentence, health }: Row): HTMLTableRowElement {
    const tr = document.createElement('tr');
    tr.dataset.linkId = link.id;
    const repo = Object.assign(document.createElement('a'), { className: 'repo', href: `#/links/${encodeURIComponent(link.id)}`, textContent: link.repository });
    repo.dataset.focusKey = `link-${link.id}`;
    const healthCell = cell(badge(health, { health }));
    if (link.paused) healthCell.append(' ', pausedBadge());
    if (health !== 'active' && link.lastError) healthCell.title = link.lastError;
    const numbers = (n: number | undefined) => Object.assign(cell(n === undefined ? '—' : String(n)), { className: 'num' });
    tr.append(
      cell(repo),
      cell(channel),
      Object.assign(cell(sentence), { className: 'sentence' }),
      healthCell,
      cell(timeElement(stats?.lastDeliveredAt)),
      numbers(stats?.backlog),
      numbers(stats?.dead),
    );
    return tr;
  }
}
