/**
 * A fake Teams webhook endpoint: a real HTTP server on 127.0.0.1 (random port) for tests and
 * benches of delivery. Every path is its own "webhook"; point a link at `${fake.url}/any/path`.
 *
 * Usage:
 *   const fake = await startFakeTeams();            // answers `1` (legacy success) by default
 *   fake.answer({ kind: 'throttle', retryAfter: 1 }, '/a');   // persistent answer for one path
 *   fake.answerNext('/b', { kind: 'status', status: 500 }, { kind: 'ok' }); // one-shot, in order
 *   fake.answer({ kind: 'accepted' });              // no path: the global default
 *   await fake.waitForRequests(3, '/a');            // resolves once /a has 3 complete requests
 *   fake.requestsFor('/a')                           // [{ path, body, raw, at, headers }]
 *   fake.windowViolations()                          // [] when no path exceeded Teams' windows
 *   windowViolationsOf(times, windows)               // the same check on any list of epoch ms
 *   await fake.close();
 *
 * Answer precedence per request: the path's one-shot queue, then the path's persistent answer,
 * then the global default. Kinds:
 *   ok            200 `1`                       accepted      202, empty body
 *   throttle      429 with optional Retry-After throttle-200  200 `Microsoft Teams endpoint returned HTTP error 429`
 *   status        any status/body/headers       slow          waits `delayMs`, then answers `then` (default ok)
 *   reset         destroys the socket           hold          reads the request and answers only at `release()`
 *
 * `at` is the time the request arrived (Date.now() when its headers were parsed), which is when
 * Teams would count it against the webhook's windows. A request is recorded (and counted by
 * `waitForRequests`) once its body is read, for every answer kind, reset and hold included.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { TEAMS_WINDOWS, type RateWindow } from '../../src/delivery/rate-limiter.js';

export type FakeTeamsAnswer =
  | { kind: 'ok' }
  | { kind: 'accepted' }
  | { kind: 'throttle'; retryAfter?: number | string }
  | { kind: 'throttle-200' }
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  | { kind: 'slow'; delayMs: number; then?: FakeTeamsAnswer }
  | { kind: 'reset' }
  | { kind: 'hold' };

export interface FakeTeamsRequest {
  path: string;
  /** Parsed JSON body, or undefined when it was not JSON. */
  body: unknown;
  raw: string;
  /** Epoch ms when the request arrived. */
  at: number;
  headers: IncomingHttpHeaders;
  /** The kind of answer it got (chosen once its body was read, which may be after `at`). */
  answer: FakeTeamsAnswer['kind'];
}

export interface WindowViolation {
  path: string;
  window: RateWindow;
  /** Requests that arrived within `window.ms` starting at `from`. */
  count: number;
  from: number;
}

export interface FakeTeams {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  port: number;
  /** Every recorded request, in arrival order. */
  requests: FakeTeamsRequest[];
  requestsFor(path: string): FakeTeamsRequest[];
  /** Sets the persistent answer of `path`, or the global default without a path. */
  answer(answer: FakeTeamsAnswer, path?: string): void;
  /** Queues one-shot answers for `path`, used in order before its persistent answer. */
  answerNext(path: string, ...answers: FakeTeamsAnswer[]): void;
  /** Resolves once `count` requests (to `path`, or in total) were recorded; rejects after `timeoutMs`. */
  waitForRequests(count: number, path?: string, timeoutMs?: number): Promise<void>;
  /** Requests currently held open by `hold`. */
  readonly held: number;
  /** Answers every request held open by `hold` with `answer` (default ok); returns how many. */
  release(answer?: FakeTeamsAnswer): number;
  /** Sliding-window check of arrival times per path; `slackMs` shrinks each window (clock noise). */
  windowViolations(windows?: readonly RateWindow[], slackMs?: number): WindowViolation[];
  /** Forgets recorded requests and every configured answer (back to `ok`). */
  reset(): void;
  close(): Promise<void>;
}

/**
 * Windows that `times` (epoch ms, any order) exceed: more than `limit` times within some
 * [t, t + ms - slackMs). At most one violation per window, the first found.
 */
export function windowViolationsOf(
  times: readonly number[],
  windows: readonly RateWindow[] = TEAMS_WINDOWS,
  slackMs = 0,
): Array<Omit<WindowViolation, 'path'>> {
  const sorted = [...times].sort((a, b) => a - b);
  const violations: Array<Omit<WindowViolation, 'path'>> = [];
  for (const window of windows) {
    const span = window.ms - slackMs;
    // Two pointers: sorted[lo..hi] are the times within [sorted[lo], sorted[lo] + span).
    let hi = 0;
    for (let lo = 0; lo < sorted.length; lo++) {
      if (hi < lo) hi = lo;
      while (hi + 1 < sorted.length && sorted[hi + 1] < sorted[lo] + span) hi++;
      if (hi - lo + 1 > window.limit) {
        violations.push({ window, count: hi - lo + 1, from: sorted[lo] });
        break;
      }
    }
  }
  return violations;
}

const THROTTLED_TEXT = 'Microsoft Teams endpoint returned HTTP error 429';

export async function startFakeTeams(options: { defaultAnswer?: FakeTeamsAnswer } = {}): Promise<FakeTeams> {
  const requests: FakeTeamsRequest[] = [];
  const byPath = new Map<string, FakeTeamsRequest[]>();
  const persistent = new Map<string, FakeTeamsAnswer>();
  const oneShot = new Map<string, FakeTeamsAnswer[]>();
  let fallback: FakeTeamsAnswer = options.defaultAnswer ?? { kind: 'ok' };
  const heldResponses = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  const waiters = new Set<() => void>();

  function pick(path: string): FakeTeamsAnswer {
    const queued = oneShot.get(path);
    if (queued && queued.length > 0) return queued.shift()!;
    return persistent.get(path) ?? fallback;
  }

  function send(res: ServerResponse, answer: FakeTeamsAnswer): void {
    if (res.destroyed) return;
    switch (answer.kind) {
      case 'ok':
        res.writeHead(200, { 'content-type': 'text/plain' }).end('1');
        return;
      case 'accepted':
        res.writeHead(202).end();
        return;
      case 'throttle':
        res.writeHead(429, answer.retryAfter === undefined ? {} : { 'retry-after': String(answer.retryAfter) }).end();
        return;
      case 'throttle-200':
        res.writeHead(200, { 'content-type': 'text/plain' }).end(THROTTLED_TEXT);
        return;
      case 'status':
        res.writeHead(answer.status, answer.headers ?? {}).end(answer.body ?? '');
        return;
      case 'slow':
        setTimeout(() => send(res, answer.then ?? { kind: 'ok' }), answer.delayMs);
        return;
      case 'reset':
        res.socket?.destroy();
        return;
      case 'hold':
        heldResponses.add(res);
        res.on('close', () => heldResponses.delete(res));
        return;
    }
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const at = Date.now();
    const path = (req.url ?? '/').split('?')[0];
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        body = undefined;
      }
      const answer = pick(path);
      const record: FakeTeamsRequest = { path, body, raw, at, headers: req.headers, answer: answer.kind };
      requests.push(record);
      let list = byPath.get(path);
      if (!list) byPath.set(path, (list = []));
      list.push(record);
      for (const wake of [...waiters]) wake();
      send(res, answer);
    });
  }

  const server = createServer({ keepAliveTimeout: 60_000 }, handle);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    requestsFor: (path) => byPath.get(path) ?? [],
    answer(answer, path) {
      if (path === undefined) fallback = answer;
      else persistent.set(path, answer);
    },
    answerNext(path, ...answers) {
      const queued = oneShot.get(path) ?? [];
      queued.push(...answers);
      oneShot.set(path, queued);
    },
    waitForRequests(count, path, timeoutMs = 10_000) {
      const seen = () => (path === undefined ? requests.length : (byPath.get(path)?.length ?? 0));
      if (seen() >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`fake Teams: ${seen()}/${count} requests${path ? ` to ${path}` : ''} after ${timeoutMs} ms`));
        }, timeoutMs);
        const check = () => {
          if (seen() < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      });
    },
    get held() {
      return heldResponses.size;
    },
    release(answer = { kind: 'ok' }) {
      const released = [...heldResponses];
      heldResponses.clear();
      for (const res of released) send(res, answer);
      return released.length;
    },
    windowViolations(windows = TEAMS_WINDOWS, slackMs = 0) {
      const violations: WindowViolation[] = [];
      for (const [path, list] of byPath) {
        for (const v of windowViolationsOf(list.map((r) => r.at), windows, slackMs)) violations.push({ path, ...v });
      }
      return violations;
    },
    reset() {
      requests.length = 0;
      byPath.clear();
      persistent.clear();
      oneShot.clear();
      fallback = options.defaultAnswer ?? { kind: 'ok' };
    },
    async close() {
      for (const res of heldResponses) res.socket?.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
