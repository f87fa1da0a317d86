/**
 * Draws an Adaptive Card as Teams shows it in a channel: the `adaptivecards` renderer with
 * Teams' light or dark host config, inside a post (the app's avatar and name, the card in a
 * bubble). Parse and render problems, and mention tags without their entity, are collected in
 * `problems` rather than thrown, so a page can show them beside the card. The card gallery and
 * the console's delivery preview both draw with it.
 */
import * as AC from 'adaptivecards';

export type Theme = 'light' | 'dark';
export const THEMES: Theme[] = ['light', 'dark'];

const GITHUB_MARK =
  'M12 .5a11.5 11.5 0 0 0-3.64 22.41c.58.11.79-.25.79-.56v-2c-3.2.7-3.88-1.37-3.88-1.37-.53-1.34-1.29-1.7-1.29-1.7-1.05-.72.08-.7.08-.7 1.16.08 1.77 1.19 1.77 1.19 1.03 1.77 2.71 1.26 3.37.96.1-.75.4-1.26.73-1.55-2.56-.29-5.25-1.28-5.25-5.7 0-1.26.45-2.29 1.19-3.1-.12-.29-.52-1.46.11-3.05 0 0 .97-.31 3.17 1.18a11 11 0 0 1 5.77 0c2.2-1.49 3.17-1.18 3.17-1.18.63 1.59.23 2.76.11 3.05.74.81 1.19 1.84 1.19 3.1 0 4.43-2.7 5.41-5.27 5.69.41.36.78 1.06.78 2.14v3.17c0 .31.21.68.8.56A11.5 11.5 0 0 0 12 .5z';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function svgMark(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', GITHUB_MARK);
  svg.append(path);
  return svg;
}

/**
 * GitHub avatars cannot load where the page runs offline (tests, air-gapped previews) and the
 * CSP allows images from this origin only: show initials on a colour derived from the name.
 */
function offlineAvatars(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(offlineAvatars);
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.type === 'Image' && typeof record.url === 'string' && /githubusercontent\.com|github\.com\/images/.test(record.url)) {
    const name = String(record.altText ?? '?');
    let hue = 0;
    for (const char of name) hue = (hue * 31 + char.charCodeAt(0)) % 360;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="hsl(${hue},45%,45%)"/><text x="16" y="21" font-family="Segoe UI,Arial,sans-serif" font-size="14" font-weight="600" fill="#fff" text-anchor="middle">${name.charAt(0).toUpperCase().replace(/[<&]/g, '')}</text></svg>`;
    record.url = `data:image/svg+xml;base64,${btoa(svg)}`;
  }
  for (const value of Object.values(record)) offlineAvatars(value);
}

const MENTION = /<at>([^<>]*)<\/at>/g;

/**
 * Teams draws `<at>Name</at>` in a TextBlock as a highlighted mention when the card has an
 * entity with exactly that text, and as raw text when it has none; the Adaptive Cards renderer
 * knows neither. So each card's tags are checked against its entities (a mismatch is reported
 * like a render error), and a TextBlock with tags is drawn with the names highlighted.
 */
function checkMentions(card: Record<string, unknown>, where: string, problems: string[]): void {
  const msteams = card.msteams as { entities?: Array<{ text?: string }> } | undefined;
  const entities = new Set((msteams?.entities ?? []).map((e) => e.text));
  const tags = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (record.type === 'TextBlock' && typeof record.text === 'string') for (const m of record.text.matchAll(MENTION)) tags.add(m[0]);
    for (const value of Object.values(record)) walk(value);
  };
  walk(card.body);
  for (const tag of tags) if (!entities.has(tag)) problems.push(`${where}: ${tag} has no mention entity`);
  for (const text of entities) if (text && !tags.has(text)) problems.push(`${where}: entity ${text} is in no TextBlock`);
}

AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  // Text without mentions stays plain: our cards carry no markdown.
  if (!text.includes('<at>')) return;
  const escaped = text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  result.outputHtml = escaped.replace(/&#60;at&#62;(.*?)&#60;\/at&#62;/g, '<span class="mention">$1</span>');
  result.didProcess = true;
};

export type HostConfigs = Record<Theme, AC.HostConfig>;

let hostConfigs: Promise<HostConfigs> | undefined;

/** Teams' light and dark host configs, fetched once per page from `/hostconfig/`. */
export function loadHostConfigs(): Promise<HostConfigs> {
  const load = async (theme: Theme) => {
    const response = await fetch(`/hostconfig/teams-${theme}.json`);
    if (!response.ok) throw new Error(`/hostconfig/teams-${theme}.json: HTTP ${response.status}`);
    return new AC.HostConfig(await response.json());
  };
  hostConfigs ??= Promise.all([load('light'), load('dark')]).then(([light, dark]) => ({ light, dark }));
  hostConfigs.catch(() => (hostConfigs = undefined));
  return hostConfigs;
}

/** The card alone, or a `.render-error` block naming `where` when it cannot be drawn. */
export function renderCard(card: Record<string, unknown>, hostConfig: AC.HostConfig, where: string, problems: string[]): HTMLElement {
  const adaptive = new AC.AdaptiveCard();
  adaptive.hostConfig = hostConfig;
  adaptive.onExecuteAction = (action) => {
    if (action instanceof AC.OpenUrlAction && action.url) window.open(action.url, '_blank', 'noopener');
  };
  const context = new AC.SerializationContext(new AC.Version(1, 4));
  const json = structuredClone(card);
  offlineAvatars(json);
  checkMentions(json, where, problems);
  try {
    adaptive.parse(json, context);
    for (let i = 0; i < context.eventCount; i++) problems.push(`${where}: ${context.getEventAt(i).message}`);
    const rendered = adaptive.render();
    if (!rendered) throw new Error('render() returned nothing');
    return rendered;
  } catch (error) {
    problems.push(`${where}: ${error instanceof Error ? error.message : String(error)}`);
    return el('div', { className: 'render-error', textContent: `Could not render ${where}` });
  }
}

/** The card inside a channel post of the given theme (styles: public/teams-post.css). */
export function teamsPost(card: Record<string, unknown>, theme: Theme, hostConfigs: HostConfigs, where: string, problems: string[], time = '10:42'): HTMLElement {
  const avatar = el('div', { className: 'post-avatar' });
  avatar.append(svgMark());
  return el(
    'div',
    { className: `channel ${theme}` },
    el('p', { className: 'channel-label', textContent: theme === 'light' ? 'Teams · light' : 'Teams · dark' }),
    el(
      'article',
      { className: 'post' },
      avatar,
      el(
        'div',
        { className: 'post-main' },
        el('div', { className: 'post-meta' }, el('span', { className: 'post-name', textContent: 'GitHub' }), el('span', { className: 'post-time', textContent: time })),
        el('div', { className: 'bubble' }, renderCard(card, hostConfigs[theme], `${where} (${theme})`, problems)),
      ),
    ),
  );
}
