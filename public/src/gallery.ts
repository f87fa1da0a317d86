// The card gallery: renders every sample card with the Adaptive Cards JavaScript renderer in
// the Teams light and dark host configs, inside a Teams-like channel post, and reports any
// parse or render problem on the page (a browser test reads `data-errors`).
import { el, loadHostConfigs, teamsPost, THEMES, type Theme } from './lib/card-preview.js';

interface Sample {
  id: string;
  summary: string;
  card: Record<string, unknown>;
}

const errors: string[] = [];

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const themeParam = params.get('theme');
  const themes: Theme[] = themeParam === 'light' || themeParam === 'dark' ? [themeParam] : THEMES;
  document.body.dataset.theme = themes.length === 1 ? themes[0] : 'both';
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-theme-link]')) {
    link.setAttribute('aria-current', String(link.dataset.themeLink === document.body.dataset.theme));
  }
  const only = params.get('only')?.split(',').filter(Boolean);
  const status = document.getElementById('status')!;
  const [samples, configs] = await Promise.all([json<Sample[]>('/gallery/samples.json'), loadHostConfigs()]);
  const shown = only ? only.map((id) => samples.find((s) => s.id === id)).filter((s): s is Sample => Boolean(s)) : samples;
  const index = document.getElementById('index')!;
  const main = document.getElementById('samples')!;
  for (const sample of shown) {
    const anchor = `sample-${sample.id.replace(/[^\w.-]+/g, '-')}`;
    index.append(el('a', { href: `#${anchor}`, textContent: sample.id }));
    main.append(
      el(
        'section',
        { className: 'sample', id: anchor },
        el('h2', { textContent: sample.id }),
        el('div', { className: 'pair' }, ...themes.map((theme) => teamsPost(sample.card, theme, configs, sample.id, errors))),
      ),
    );
  }
  status.textContent = errors.length ? `${errors.length} problem(s): ${errors.join(' · ')}` : `${shown.length} cards, ${themes.length === 2 ? 'light and dark' : themes[0]} theme`;
  if (errors.length) status.dataset.state = 'error';
  document.body.dataset.errors = JSON.stringify(errors);
  document.body.dataset.cards = String(shown.length * themes.length);
}

main()
  .catch((error) => {
    errors.push(error instanceof Error ? error.message : String(error));
    const status = document.getElementById('status');
    if (status) {
      status.textContent = `The gallery could not load: ${errors.join(' · ')}`;
      status.dataset.state = 'error';
    }
    document.body.dataset.errors = JSON.stringify(errors);
  })
  .finally(() => {
    document.body.dataset.ready = 'true';
  });
