import { byId, setText, show } from './dom.js';

export interface Repository {
  fullName: string;
  private: boolean;
  description: string | null;
}

/** Searchable single-choice list of the repositories the signed-in user administers. */
export class RepoPicker {
  private repos: Repository[] = [];
  selected: string | undefined;

  constructor(private readonly onChange: () => void) {
    byId<HTMLInputElement>('repo-search').addEventListener('input', () => this.render());
    byId('repo-list').addEventListener('click', (event) => {
      const item = (event.target as HTMLElement).closest('li');
      if (item?.dataset.repo) this.select(item.dataset.repo);
    });
    byId('repo-list').addEventListener('keydown', (event) => {
      const item = (event.target as HTMLElement).closest('li');
      if (!item?.dataset.repo || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      this.select(item.dataset.repo);
      byId('repo-list').querySelector<HTMLElement>(`li[data-repo="${CSS.escape(item.dataset.repo)}"]`)?.focus();
    });
  }

  load(repos: Repository[], preselect?: string): void {
    this.repos = repos;
    show('repo-empty', repos.length === 0);
    const match = preselect && repos.find((r) => r.fullName.toLowerCase() === preselect.toLowerCase());
    this.selected = match ? match.fullName : undefined;
    this.render();
  }

  select(fullName: string): void {
    this.selected = fullName;
    this.render();
    this.onChange();
  }

  private render(): void {
    const filter = byId<HTMLInputElement>('repo-search').value.trim().toLowerCase();
    const shown = this.repos.filter((r) => !filter || r.fullName.toLowerCase().includes(filter)).slice(0, 200);
    const list = byId('repo-list');
    list.replaceChildren(
      ...shown.map((repo) => {
        const item = document.createElement('li');
        item.role = 'option';
        item.tabIndex = 0;
        item.dataset.repo = repo.fullName;
        item.setAttribute('aria-selected', String(repo.fullName === this.selected));
        const badge = document.createElement('span');
        badge.className = 'badge';
        badge.textContent = repo.private ? 'private' : 'public';
        item.append(repo.fullName, badge);
        return item;
      }),
    );
    const total = this.repos.length;
    setText('repo-count', total ? `${shown.length} of ${total} repositories${this.selected ? ` · selected ${this.selected}` : ''}` : '');
  }
}
