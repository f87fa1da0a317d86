// The gallery's digest cards: a busy burst and a scheduled hour, made of real example payloads
// (and the gallery's synthetic ones) as the delivery worker would hold them, at fixed times so
// the committed samples stay the same from run to run.
import { digestEntryOf, renderDigestCards, type DigestEvent } from '../../src/cards/digest.js';
import type { Sample } from './gallery-samples.js';
import { example, synthetic } from './synthetic.js';

const MINUTE = 60_000;

function find(label: string): any {
  const found = synthetic().find((s) => s.label === label);
  if (!found) throw new Error(`no synthetic ${label}`);
  return structuredClone(found.payload);
}

/** A release afternoon: a pull request reviewed and merged, CI failing then passing, a release. */
export function busyEvents(start: number): DigestEvent[] {
  const pr = find('pull_request.opened (markdown body)');
  const merged = structuredClone(pr);
  merged.action = 'closed';
  Object.assign(merged.pull_request, { state: 'closed', merged: true });
  const approved = find('pull_request_review.submitted (approved)');
  approved.pull_request.title = pr.pull_request.title;
  const comment = example('issue_comment', 'created');
  comment.issue.title = 'Cards arrive late during a release';
  const opened = example('issues', 'opened');
  opened.issue.title = 'Cards arrive late during a release';
  const failed = find('workflow_run.completed (failure)');
  const passed = structuredClone(failed);
  passed.workflow_run.conclusion = 'success';
  passed.workflow_run.html_url = passed.workflow_run.html_url.replace(/\d+$/, (n: string) => String(Number(n) + 1));
  const pushed = find('push (3 commits)');
  const forced = find('push (force)');
  const release = example('release', 'published');
  release.release.name = 'v3.2.0: quiet, timely channels';
  const star = example('watch', 'started');
  const events: Array<[string, any]> = [
    ['issues', opened],
    ['pull_request', pr],
    ['push', forced],
    ['issue_comment', comment],
    ['pull_request_review', approved],
    ['workflow_run', failed],
    ['push', pushed],
    ['workflow_run', passed],
    ['pull_request', merged],
    ['release', release],
    ['watch', star],
    ['issue_comment', comment],
  ];
  return events.map(([name, payload], i) => ({ delivery: `d${i + 1}-0000-11f0-8000-000000000000`, name, payload, receivedAt: start + i * 15_000 }));
}

export function digestSamples(): Sample[] {
  const start = Date.UTC(2026, 2, 12, 14, 31);
  const busy = busyEvents(start);
  const samples: Sample[] = [];
  const add = (id: string, events: DigestEvent[], options: Parameters<typeof renderDigestCards>[1]) => {
    const [card] = renderDigestCards(events.map(digestEntryOf), options);
    samples.push({ id, summary: card.message.summary ?? '', card: card.message.attachments[0].content });
  };
  add('digest (busy)', busy, { repository: 'Codertocat/Hello-World', reason: 'busy', since: start, until: start + 3 * MINUTE, timeZone: 'Europe/Berlin' });
  const hour = Date.UTC(2026, 2, 13, 8, 0);
  const scheduled = busy.slice(0, 9).map((event, i) => ({ ...event, receivedAt: hour + 4 * MINUTE + i * 6 * MINUTE }));
  add('digest (scheduled)', scheduled, { repository: 'Codertocat/Hello-World', reason: 'scheduled', since: hour, until: hour + 60 * MINUTE, timeZone: 'Europe/Berlin' });
  return samples;
}
