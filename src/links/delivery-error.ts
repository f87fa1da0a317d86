/**
 * Why a link's `delivery` is refused, naming the field, or undefined when it is accepted. The
 * JSON schema (link-schema.ts) only checks that it is an object: a `oneOf` over the three modes
 * would answer every mistake with Ajv's "must match exactly one schema in oneOf", which says
 * nothing about what to write. The time zone is checked with Intl (delivery-schedule.ts).
 */
import { timeZoneError } from '../delivery/delivery-schedule.js';
import type { LinkDelivery } from './link.js';

export const DIGEST_MINUTES = { min: 5, max: 1440 } as const;

/** Each mode and the fields it takes besides `mode`. */
const FIELDS = { immediate: [], digest: ['everyMinutes'], daily: ['at', 'timeZone'] } as const satisfies Record<LinkDelivery['mode'], readonly string[]>;
type Mode = keyof typeof FIELDS;
const MODES = Object.keys(FIELDS) as Mode[];

const HH_MM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

function takes(mode: Mode): string {
  const fields = FIELDS[mode];
  return fields.length ? `${mode} takes ${fields.join(' and ')}` : `${mode} takes no other field`;
}

function fieldError(field: string, value: unknown): string | undefined {
  switch (field) {
    case 'everyMinutes':
      return Number.isInteger(value) && (value as number) >= DIGEST_MINUTES.min && (value as number) <= DIGEST_MINUTES.max
        ? undefined
        : `delivery.everyMinutes must be an integer from ${DIGEST_MINUTES.min} to ${DIGEST_MINUTES.max}`;
    case 'at':
      return typeof value === 'string' && HH_MM.test(value) ? undefined : 'delivery.at must be HH:MM (24-hour, 00:00 to 23:59)';
    case 'timeZone':
      if (typeof value !== 'string' || value.length === 0 || value.length > 64) return 'delivery.timeZone must be an IANA time zone name such as "Europe/Berlin"';
      return timeZoneError(value);
    default:
      return undefined;
  }
}

export function deliveryError(delivery: unknown): string | undefined {
  if (delivery === undefined) return undefined;
  if (typeof delivery !== 'object' || delivery === null || Array.isArray(delivery)) return `delivery must be an object with a mode (${MODES.join(', ')})`;
  const given = delivery as Record<string, unknown>;
  const mode = given.mode;
  if (typeof mode !== 'string' || !MODES.includes(mode as Mode)) {
    const got = mode === undefined ? 'is missing' : `is ${JSON.stringify(mode)}`;
    return `delivery.mode must be one of ${MODES.join(', ')} (it ${got})`;
  }
  const wanted: readonly string[] = FIELDS[mode as Mode];
  const extra = Object.keys(given).find((k) => k !== 'mode' && !wanted.includes(k));
  if (extra !== undefined) return `delivery.${extra}: unknown for mode ${mode}; ${takes(mode as Mode)}`;
  const missing = wanted.find((k) => given[k] === undefined);
  if (missing !== undefined) return `delivery.${missing} is required for mode ${mode}; ${takes(mode as Mode)}`;
  for (const field of wanted) {
    const why = fieldError(field, given[field]);
    if (why) return why;
  }
  return undefined;
}
