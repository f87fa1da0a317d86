/** Small DOM helpers the console's views share. */
import { byId } from '../dom.js';

export type RegionState = 'loading' | 'empty' | 'error' | 'ready';

/** A region (`#<name>-region`) shows its table when ready, else one line saying why not. */
export function region(name: string, state: RegionState, message = ''): void {
  byId(`${name}-region`).dataset.state = state;
  if (state !== 'ready') byId(`${name}-state`).textContent = message;
}

export function badge(text: string, data: Record<string, string>): HTMLElement {
  const span = document.createElement('span');
  span.className = 'badge';
  span.textContent = text;
  Object.assign(span.dataset, data);
  return span;
}

export function pausedBadge(): HTMLElement {
  const paused = badge('paused', {});
  paused.classList.add('paused');
  return paused;
}

/** A button that keeps keyboard focus across live refreshes: `focusKey` names it in the next render. */
export function button(text: string, focusKey: string, onClick: () => void, className = 'button small'): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = text;
  b.dataset.focusKey = focusKey;
  b.addEventListener('click', onClick);
  return b;
}

export function cell(...children: Array<Node | string>): HTMLTableCellElement {
  const td = document.createElement('td');
  td.append(...children);
  return td;
}

/**
 * Replaces a table body's rows unless the data they show (`signature`) is unchanged, so a
 * refresh every few seconds neither flickers nor throws away the keyboard focus: the focused
 * control is found again by its `data-focus-key` and focused in the new rows.
 */
export function replaceRows(body: HTMLElement, signature: string, rows: () => HTMLElement[]): void {
  if (body.dataset.signature === signature) return;
  const focused = document.activeElement instanceof HTMLElement && body.contains(document.activeElement) ? document.activeElement.dataset.focusKey : undefined;
  body.replaceChildren(...rows());
  body.dataset.signature = signature;
  if (focused) body.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focused)}"]`)?.focus();
}

/** Moves focus to a view's heading after navigation, so keyboard and screen reader users land there. */
export function focusHeading(id: string): void {
  const heading = byId(id);
  heading.tabIndex = -1;
  heading.focus({ preventScroll: false });
}
