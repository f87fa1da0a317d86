import { entryOf } from '../github/event-catalog.js';
import type { GitHubEvent, RenderOptions, RenderResult } from './card.js';
import { fit } from './fit.js';
import { oneLine } from './inline.js';
import type { CardSpec } from './layout.js';
import { contextOf } from './payload.js';

/**
 * Renders one GitHub event as a Teams message, or says why there is none. Pure and total:
 * any payload, however odd, yields a message under 20 KB or an ignore reason, never a throw.
 */
export function renderEvent(event: GitHubEvent, options: RenderOptions): RenderResult {
  const spec = specOf(event, options);
  if ('ignored' in spec) return spec;
  try {
    const fitted = fit(spec, options.mentions === false ? undefined : options.people);
    if (!fitted) return { ignored: `${spec.event}: card does not fit in 20 KB` };
    return { message: fitted.message, summary: spec.summary };
  } catch (error) {
    return { ignored: `${spec.event}: cannot lay out the card (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** The renderer's decision for an event, before layout: what the card says, or why there is none. */
export function specOf(event: GitHubEvent, options: RenderOptions): CardSpec | { ignored: string } {
  const name = typeof event?.name === 'string' ? event.name : '';
  const payload = event?.payload;
  if (payload === null || typeof payload !== 'object') return { ignored: `${name || 'event'}: payload is not an object` };
  // The event catalog (src/github/event-catalog.ts) names the renderer, or why there is none.
  const entry = entryOf(name);
  if (!entry) return { ignored: `${name || 'event'}: unsupported event` };
  if (entry.ignored !== undefined) return { ignored: `${name}: ${entry.ignored}` };
  const action = typeof payload.action === 'string' ? payload.action : '';
  let renderer = entry.render;
  if (!renderer && entry.actions && Object.hasOwn(entry.actions, action)) renderer = entry.actions[action];
  if (!renderer) {
    const onPurpose = entry.ignoredActions !== undefined && Object.hasOwn(entry.ignoredActions, action);
    return { ignored: onPurpose ? `${name}.${action}: ignored on purpose` : `${name}.${action || '(no action)'}: unsupported action` };
  }
  try {
    const ctx = contextOf(payload, options);
    const outcome = renderer(payload, ctx);
    if ('ignored' in outcome) return { ignored: `${label(name, action)}: ${outcome.ignored}` };
    // The outcome is a fresh object: completing it in place is cheaper than a spread copy.
    const spec = outcome as CardSpec;
    spec.summary = oneLine(outcome.summary, 300);
    spec.repository ??= ctx.repository;
    spec.githubUrl = ctx.githubUrl;
    return spec;
  } catch (error) {
    // A renderer bug must cost one card, not the delivery pipeline.
    return { ignored: `${label(name, action)}: cannot render (${error instanceof Error ? error.message : String(error)})` };
  }
}

function label(name: string, action: string): string {
  return action ? `${name}.${action}` : name;
}
