import type { Person } from '../people/person.js';

/**
 * The Adaptive Card shapes we emit. Kept loose on purpose (element bodies are plain objects):
 * the `adaptivecards` SDK validates them in tests at schema version 1.4.
 */
export type CardElement = { type: string } & Record<string, unknown>;

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export type CardAction = OpenUrlAction | ({ type: 'Action.ShowCard' | 'Action.ToggleVisibility' } & Record<string, unknown>);

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: '1.4';
  body: CardElement[];
  actions?: CardAction[];
  msteams: { width: 'Full'; entities?: MentionEntity[] };
  /** Shown by Teams in notifications and the activity feed. */
  fallbackText?: string;
}

/** A Teams mention: `text` occurs verbatim in a TextBlock of the card (DESIGN §4). */
export interface MentionEntity {
  type: 'mention';
  text: string;
  mentioned: { id: string; name: string };
}

/** The body Teams webhooks (legacy connector and Workflows) accept. */
export interface TeamsMessage {
  type: 'message';
  summary?: string;
  attachments: [
    {
      contentType: 'application/vnd.microsoft.card.adaptive';
      contentUrl: null;
      content: AdaptiveCard;
    },
  ];
}

/** What a renderer is given: one GitHub event, as received. */
export interface GitHubEvent {
  /** `X-GitHub-Event`, e.g. `pull_request`. */
  name: string;
  /** Parsed JSON payload, unchecked: each renderer reads it through its event's PayloadView (src/github/event-types.ts). */
  payload: any;
}

/** Per-link rendering choices (see LinkOptions) plus where GitHub lives (GHES). */
export interface RenderOptions {
  drafts: boolean;
  synchronize: boolean;
  workflowSuccesses: boolean;
  githubUrl: string;
  /** Whether the link wants Teams mentions; undefined counts as yes (links stored before the option). */
  mentions?: boolean;
  /** The people directory, in memory; without it a card mentions nobody. */
  people?: PeopleDirectory;
}

/** Who in Teams a GitHub user is, looked up in memory while a card is laid out (see src/people/). */
export interface PeopleDirectory {
  /** Case-insensitive. */
  byLogin(login: string): Person | undefined;
  /** The person whose `teams` is this email or UPN, case-insensitive. */
  byEmail(email: string): Person | undefined;
}

export type RenderResult = { message: TeamsMessage; summary: string } | { ignored: string };
