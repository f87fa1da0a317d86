import type { AdaptiveCard, CardAction, CardElement, MentionEntity, PeopleDirectory } from './card.js';
import { actorLine, blocks, facts, header, lines, mentionRow, title, type Actor, type Fact } from './elements.js';
import { safeUrl, thousands, type Line, type Tone } from './inline.js';
import { markdownToBlocks, type Block } from './markdown.js';
import { resolveMentions, type Concerns } from './mentions.js';
import { SizeBound } from './size-bound.js';

/**
 * What a renderer decides about an event, before any Adaptive Card syntax: renderers fill
 * this in and `layoutCard` turns it into the one visual language all cards share.
 */
export interface CardSpec {
  repository?: { name: string; url?: string };
  /** Header wording, e.g. "Pull request opened". */
  event: string;
  state?: { label: string; tone: Tone };
  title: Line;
  /** The subject's html_url: the title links to it and the first action opens it. */
  url: string;
  actor?: Actor;
  /** User-written markdown (PR or issue body, comment) and where to read all of it. */
  body?: { markdown: string; url: string };
  /** Pre-styled lines such as commits or wiki pages, shown after the body. */
  lines?: Line[];
  /** How many items `lines` stands for (a push lists at most 10 of its commits), their singular noun, and where all are. */
  more?: { total: number; noun: string; url: string };
  facts?: Fact[];
  actions: Array<{ title: string; url: string }>;
  /** Who the card concerns, mentioned in Teams when the directory knows them. */
  concerns?: Concerns;
  /** One sentence for notifications, the activity feed and logs. */
  summary: string;
  githubUrl: string;
}

/** How much of the variable-length parts to keep; `fit` lowers it until the message is small enough. */
export interface Budget {
  bodyChars: number;
  bodyLines: number;
  listLines: number;
  factChars: number;
}

export interface Laid {
  card: AdaptiveCard;
  /** Upper bound of the message's JSON size in bytes (see SizeBound). */
  bound: number;
}

/** Lays the card out; with `people`, mentions whom `spec.concerns` names and the directory knows. */
export function layoutCard(spec: CardSpec, budget: Budget, people?: PeopleDirectory): Laid {
  const size = new SizeBound();
  const body: CardElement[] = [header(spec.repository, spec.event, spec.state), title(spec.title, spec.url)];
  let shownBody: Block[] = [];
  size.text(spec.repository?.name).url(spec.repository?.url).text(spec.event).text(spec.state?.label).lines([spec.title]).url(spec.url);
  if (spec.actor) {
    body.push(actorLine(spec.actor));
    size.text(spec.actor.login).text(spec.actor.login).text(spec.actor.verb).url(spec.actor.url).url(spec.actor.avatarUrl);
  }
  if (spec.body && budget.bodyLines > 0 && spec.body.markdown.trim().length > 0) {
    const { blocks: parsed, truncated } = markdownToBlocks(spec.body.markdown, {
      githubUrl: spec.githubUrl,
      repoUrl: spec.repository?.url,
      maxChars: budget.bodyChars,
      maxLines: budget.bodyLines,
    });
    shownBody = parsed;
    body.push(...blocks(parsed));
    for (const block of parsed) size.lines(block.lines);
    if (truncated) {
      const more: Line[] = [[{ text: 'Read the full text on GitHub', url: spec.body.url, italic: true }]];
      body.push(...lines(more));
      size.lines(more);
    }
  }
  if (spec.lines && spec.lines.length > 0) {
    const shown = spec.lines.slice(0, budget.listLines);
    const hidden = (spec.more?.total ?? spec.lines.length) - shown.length;
    if (hidden > 0) {
      const noun = spec.more ? ` ${spec.more.noun}${hidden === 1 ? '' : 's'}` : '';
      shown.push([{ text: `and ${thousands(hidden)} more${noun}`, url: spec.more?.url ?? spec.url, italic: true }]);
    }
    body.push(...lines(shown));
    size.lines(shown);
  }
  if (spec.facts && spec.facts.length > 0) {
    const clipped = spec.facts.map((fact) => clipFact(fact, budget.factChars));
    body.push(...facts(clipped));
    for (const fact of clipped) size.text(fact.label).lines([fact.value]);
  }
  const entities = people && spec.concerns ? mentionsOf(spec.concerns, shownBody, people) : [];
  if (entities.length > 0) {
    body.push(mentionRow(entities, !spec.facts?.length));
    size.lines([[]]);
    // Each text twice (the row and the entity), then the name and the id.
    for (const e of entities) size.text(e.text).text(e.text).text(e.mentioned.name).text(e.mentioned.id).text('mention');
  }
  const actions: CardAction[] = [];
  for (const action of spec.actions) {
    const url = safeUrl(action.url);
    if (url && !actions.some((a) => a.type === 'Action.OpenUrl' && a.url === url)) actions.push({ type: 'Action.OpenUrl', title: action.title, url });
  }
  const shownActions = actions.slice(0, 3);
  for (const action of shownActions) size.text(String(action.title)).url(String(action.url));
  // fallbackText here, and the same text again as the message summary.
  size.text(spec.summary).text(spec.summary);
  return {
    card: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.4',
      body,
      actions: shownActions,
      msteams: entities.length > 0 ? { width: 'Full', entities } : { width: 'Full' },
      fallbackText: spec.summary,
    },
    bound: size.bytes,
  };
}

/** The concerned logins and emails, then the `@login`s of the body as shown, looked up. */
function mentionsOf(concerns: Concerns, shownBody: Block[], people: PeopleDirectory): MentionEntity[] {
  const logins = [...(concerns.logins ?? [])];
  if (concerns.body) for (const block of shownBody) for (const line of block.lines) for (const run of line) if (run.login) logins.push(run.login);
  return resolveMentions(logins, concerns.emails ?? [], people);
}

function clipFact(fact: Fact, max: number): Fact {
  let left = max;
  const value: Line = [];
  for (const run of fact.value) {
    if (left <= 0) {
      value.push({ text: '…' });
      break;
    }
    value.push(run.text.length > left ? { ...run, text: `${run.text.slice(0, left)}…` } : run);
    left -= run.text.length;
  }
  return { label: fact.label, value };
}
