/** A delivery's card as Teams would draw it, light and dark, in a modal dialog (Escape closes it). */
import { ApiError } from '../api.js';
import { el, loadHostConfigs, teamsPost, THEMES } from '../card-preview.js';
import { byId, setText } from '../dom.js';
import { message, type ConsoleContext } from './context.js';
import type { Delivery } from './types.js';
import { region } from './ui.js';

let opener: HTMLElement | undefined;
let shown = 0;

function dialog(): HTMLDialogElement {
  return byId<HTMLDialogElement>('preview-dialog');
}

export function setUpPreviewDialog(): void {
  byId('preview-close').addEventListener('click', () => dialog().close());
  // Focus goes back to the Preview button that opened it (found by its key: a refresh may have redrawn it).
  dialog().addEventListener('close', () => {
    const key = opener?.dataset.focusKey;
    (key ? document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`) : opener)?.focus();
  });
}

export async function openPreview(ctx: ConsoleContext, delivery: Delivery): Promise<void> {
  const ticket = ++shown;
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
  const box = dialog();
  setText('preview-title', `Card of delivery ${delivery.id}`);
  setText('preview-summary', `${delivery.action ? `${delivery.event}.${delivery.action}` : delivery.event} · ${delivery.summary}. Drawn as the bridge would send it now, with Teams’ light and dark host configurations.`);
  byId('preview-pair').replaceChildren();
  delete box.dataset.problems;
  delete box.dataset.rendered;
  region('preview', 'loading', 'Rendering the card…');
  if (!box.open) box.showModal();
  byId('preview-close').focus();
  try {
    const [card, configs] = await Promise.all([ctx.call<Record<string, unknown>>('GET', `/api/deliveries/${delivery.id}/card`), loadHostConfigs()]);
    if (ticket !== shown) return;
    const problems: string[] = [];
    const posts = THEMES.map((theme) => teamsPost(card, theme, configs, `delivery ${delivery.id}`, problems, new Date(delivery.receivedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })));
    byId('preview-pair').replaceChildren(...posts);
    if (problems.length) byId('preview-pair').append(el('p', { className: 'problems', textContent: `The renderer reported: ${problems.join(' · ')}` }));
    box.dataset.problems = JSON.stringify(problems);
    box.dataset.rendered = 'true';
    region('preview', 'ready');
  } catch (err) {
    if (ticket !== shown) return;
    const why = err instanceof ApiError && err.status === 404 ? 'Its event is no longer stored (pruned after RETENTION_DAYS), so there is nothing to draw.' : message(err);
    region('preview', 'error', `The card could not be shown. ${why}`);
  }
}
