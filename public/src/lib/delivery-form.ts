/**
 * The "Delivery" control of the configuration page's Advanced section (DESIGN §2 "Delivery
 * modes", docs/digests.md): a card per event, a digest every N minutes, or a daily digest at a
 * time in a time zone. The zone field suggests the zones this browser knows and starts on the
 * browser's own; the server checks the zone again and its 400 is shown under the control.
 */
import { byId } from './dom.js';
import type { LinkDelivery } from './filter-sentence.js';

const MODES = ['immediate', 'digest', 'daily'] as const;
type Mode = (typeof MODES)[number];

const input = (id: string) => byId<HTMLInputElement>(id);

function mode(): Mode {
  return (document.querySelector<HTMLInputElement>('input[name="delivery-mode"]:checked')?.value as Mode | undefined) ?? 'immediate';
}

/** The browser's zone, and the zones it knows as suggestions (older browsers: none, the field is typed). */
export function renderTimeZones(): void {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const list = byId('time-zones');
  for (const zone of zones) {
    const option = document.createElement('option');
    option.value = zone;
    list.append(option);
  }
  input('delivery-zone').value = Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}

/** Shows the fields of the chosen mode only; the others keep what was typed. */
export function showDeliveryFields(): void {
  const chosen = mode();
  byId('delivery-digest-fields').hidden = chosen !== 'digest';
  byId('delivery-daily-fields').hidden = chosen !== 'daily';
}

/** The delivery as the form says it; fields are sent as typed, so the server names what is wrong. */
export function readDelivery(): LinkDelivery {
  switch (mode()) {
    case 'digest':
      return { mode: 'digest', everyMinutes: input('delivery-every').valueAsNumber };
    case 'daily':
      return { mode: 'daily', at: input('delivery-at').value, timeZone: input('delivery-zone').value.trim() };
    default:
      return { mode: 'immediate' };
  }
}

/** What the form cannot send yet, in the words of the save hint; the server judges the rest. */
export function deliveryProblem(delivery: LinkDelivery): string | undefined {
  if (delivery.mode === 'digest' && !(Number.isInteger(delivery.everyMinutes) && delivery.everyMinutes >= 5 && delivery.everyMinutes <= 1440)) {
    return 'Digests go out every 5 to 1,440 minutes (whole minutes).';
  }
  if (delivery.mode === 'daily' && !delivery.at) return 'Choose the time of the daily digest.';
  if (delivery.mode === 'daily' && !delivery.timeZone) return 'Choose the time zone of the daily digest.';
  return undefined;
}

export function fillDelivery(delivery: LinkDelivery = { mode: 'immediate' }): void {
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="delivery-mode"]')) radio.checked = radio.value === delivery.mode;
  if (delivery.mode === 'digest') input('delivery-every').value = String(delivery.everyMinutes);
  if (delivery.mode === 'daily') {
    input('delivery-at').value = delivery.at;
    input('delivery-zone').value = delivery.timeZone;
  }
  showDeliveryFields();
}

/** The field a server message names (`delivery.timeZone: …`), to mark it invalid. */
const FIELD_OF: Record<string, string> = { everyMinutes: 'delivery-every', at: 'delivery-at', timeZone: 'delivery-zone' };

/**
 * Shows the server's reason under the control and marks the field it names, or clears both.
 * Returns whether the message was about delivery (then the section is opened to show it).
 */
export function showDeliveryError(message: string | undefined): boolean {
  const about = message !== undefined && /^delivery\b/.test(message);
  const box = byId('delivery-error');
  box.hidden = !about;
  box.textContent = about ? message : '';
  const named = about ? FIELD_OF[/^delivery\.(\w+)/.exec(message)?.[1] ?? ''] : undefined;
  for (const id of Object.values(FIELD_OF)) {
    if (id === named) input(id).setAttribute('aria-invalid', 'true');
    else input(id).removeAttribute('aria-invalid');
  }
  if (about) byId<HTMLDetailsElement>('advanced').open = true;
  return about;
}
