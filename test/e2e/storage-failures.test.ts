/**
 * The compiled server when its storage fails under it: a disk that fills up, a link write that
 * fails, a links.json broken at start. Real processes, real HTTP, a fake Teams counting cards.
 */
import { mkdirSync, mkdtempSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { request } from 'undici';
import { PROJECT_ROOT } from '../../src/util/paths.js';
import { startFakeTeams } from '../helpers/fake-teams.js';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { startServerProcess } from '../helpers/server-process.js';
import { mountSmallDisk } from '../helpers/small-disk.js';

const SECRET = 'storage-test-secret-123';
const ADMIN = 'storage-test-admin-token-0123456789';
const admin = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function createLink(url: string, repository: string, webhookUrl: string) {
  const res = await request(`${url}/api/links`, { method: 'POST', headers: admin, body: JSON.stringify({ repository, webhookUrl, events: ['issues'] }) });
  return { status: res.statusCode, json: (await res.body.json()) as any };
}

const readiness = async (url: string) => {
  const res = await request(`${url}/readyz`);
  await res.body.dump();
  return res.statusCode;
};

/** How late a post started just before its worker paused may reach Teams on a loaded machine. */
const IN_FLIGHT_MS = 300;

interface LogEntry {
  level: number;
  time: number;
  msg?: string;
  err?: { message?: string };
}

/** The server's pino log, parsed line by line (its other output skipped). */
const logEntries = (log: string): LogEntry[] =>
  log
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogEntry);

/**
 * The spans [from, to] (epoch ms) in which the server's worker had paused sending, from its log:
 * from the first failed record after a resume to the next resume; one still open ends at `now`.
 */
function pausedSpans(log: string, now: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from: number | undefined;
  for (const { time, msg } of logEntries(log)) {
    if (msg?.startsWith('could not record a delivery attempt')) from ??= time;
    else if (msg === 'attempts are recorded again; sending resumes' && from !== undefined) spans.push([from, time]), (from = undefined);
  }
  if (from !== undefined) spans.push([from, now]);
  return spans;
}

/** The server's log lines at warn and above, one line each: time, message, error. */
const problems = (log: string): string[] =>
  logEntries(log)
    .filter((entry) => entry.level >= 40)
    .map((entry) => `${entry.time} ${entry.msg ?? ''}${entry.err?.message ? `: ${entry.err.message}` : ''}`);

const disk = mountSmallDisk(3);
t.test('a full disk: 503s and not ready, no crash, no card sent twice; every acknowledged card delivered once space returns', { skip: typeof disk === 'string' && disk }, async (t) => {
  if (typeof disk === 'string') return;
  const teams = await startFakeTeams();
  // Teams holds the first card of each channel until the disk is full, so the worker is sure to
  // have cards to send and attempts to record then, however fast the disk fills.
  teams.answer({ kind: 'hold' });
  const server = await startServerProcess({ DATA_DIR: disk.dir, GITHUB_WEBHOOK_SECRET: SECRET, ADMIN_TOKEN: ADMIN, TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url, LOG_LEVEL: 'info' });
  t.teardown(async () => {
    server.child.kill('SIGKILL');
    await server.exited;
    await teams.close();
    disk.unmount();
  });
  for (const path of ['/disk/0', '/disk/1']) t.equal((await createLink(server.url, 'disk/repo', `${teams.url}${path}`)).status, 201);

  const template = example('issues', (p) => p.action === 'opened');
  const acked = new Set<string>();
  let next = 0;
  const send = async (bodyBytes: number) => {
    const payload = structuredClone(template);
    payload.repository.full_name = 'disk/repo';
    payload.issue.html_url = `https://github.com/disk/repo/issues/${100000 + next++}`;
    payload.issue.body = 'x'.repeat(bodyBytes);
    const res = await sendWebhook(server.url, { event: 'issues', payload, secret: SECRET });
    if (res.status === 202) acked.add(payload.issue.html_url);
    return res.status;
  };
  // A backlog (4 cards a second per channel) that the worker is still sending when the disk fills.
  for (let i = 0; i < 12; i++) t.equal(await send(100), 202);
  await teams.waitForRequests(2);
  const heldSince = Date.now();
  // A reader holding a snapshot, as a backup would, keeps the write-ahead log from starting over:
  // without it, a checkpoint can make room for small writes at the log's start while the disk is
  // still full, and whether the worker then meets the full disk is luck.
  const reader = new Database(join(disk.dir, 'events.sqlite'), { readonly: true, fileMustExist: true });
  reader.exec('BEGIN');
  reader.prepare('SELECT count(*) FROM jobs').get();
  t.teardown(() => reader.close());

  disk.fill();
  // Events of 60 KB need new pages, so the write-ahead log can neither be checkpointed into the
  // full database file nor reused: the first that does not fit in the log's last frames fails.
  let status = 0;
  for (let i = 0; i < 200 && status !== 503; i++) status = await send(60_000);
  t.equal(status, 503, 'a webhook that cannot be stored is answered 503, so GitHub shows the failure');
  // A probe after a failed write tries a one-page write, and one that fits clears the failure; so
  // small webhooks take the log's last frames until the probe that follows a refused one fails
  // too. Probes alone would not do it: after one fits, nothing writes until the worker does.
  let ready = 200;
  for (let i = 0; i < 500 && ready === 200; i++) if ((await send(100)) === 503) ready = await readiness(server.url);
  t.equal(ready, 503, '/readyz turns not ready');
  t.equal(await send(100), 503, 'even a small webhook is refused now');

  // Teams answers the held cards well within the worker's 10 s timeout, so none is sent again.
  const heldMs = Date.now() - heldSince;
  t.ok(heldMs < 8000, `the held cards were answered after ${heldMs} ms`);
  teams.answer({ kind: 'slow', delayMs: 100 });
  t.equal(teams.release(), 2, 'the first card of each channel was held');
  const deadline = Date.now() + 10_000;
  while (!server.output().includes('could not record a delivery attempt') && Date.now() < deadline) await sleep(50);
  t.match(server.output(), 'could not record a delivery attempt', 'the worker met the full disk with cards still to send');
  // What is left at the log's end may still take an attempt record or two before the worker
  // pauses; what must hold is that no post starts while the worker cannot record what it sends.
  // A post started just before a pause may land after it.
  await sleep(2000);
  const spans = pausedSpans(server.output(), Date.now());
  const pausedMs = spans.reduce((sum, [from, to]) => sum + (to - from), 0);
  t.ok(spans.length > 0, `sending was paused for ${pausedMs} ms in ${spans.length} spans`);
  const duringPause = teams.requests.filter((r) => spans.some(([from, to]) => r.at > from + IN_FLIGHT_MS && r.at < to));
  t.same(duringPause.map((r) => r.path), [], 'no post starts while attempts cannot be recorded');
  t.equal(server.child.exitCode, null, 'the process is alive');
  t.ok(acked.size < next, `${acked.size} of ${next} webhooks acknowledged`);

  reader.exec('COMMIT');
  disk.free();
  // A backlog may reach Teams folded into digests (noise control), so a post names one issue or
  // several: what is counted is each channel's issues, whichever posts carried them.
  const sent = () => teams.requests.flatMap((r) => [...new Set(JSON.stringify(r.body).match(/https:\/\/github\.com\/disk\/repo\/issues\/1\d{5}/g))].map((url) => `${r.path} ${url}`));
  const expected = () => [...acked].flatMap((u) => [`/disk/0 ${u}`, `/disk/1 ${u}`]);
  const allSent = async (ms: number) => {
    const until = Date.now() + ms;
    while (!expected().every((e) => sent().includes(e)) && Date.now() < until) await sleep(100);
  };
  await allSent(20_000);
  t.equal(await readiness(server.url), 200, 'ready again by itself');
  t.equal(await send(100), 202, 'webhooks are taken again');
  await allSent(10_000);
  await sleep(500); // time for any duplicate to show up

  const missing = expected().filter((e) => !sent().includes(e));
  // What the server said is what tells why, should this ever fail again.
  if (missing.length) t.comment(`the server's warnings and errors, last 40:\n${problems(server.output()).slice(-40).join('\n')}`);
  t.same(missing, [], 'every acknowledged card delivered');
  const posted = sent();
  t.same(posted.filter((e, i) => posted.indexOf(e) !== i), [], 'no card sent twice');
  t.ok(posted.every((e) => acked.has(e.split(' ')[1])), 'no card of a webhook answered 503');
  server.child.kill('SIGTERM');
  t.equal(await server.exited, 0, 'SIGTERM shuts down cleanly');
});

t.test('a link write that fails is answered 503, routes nothing, and SIGTERM still shuts down cleanly', async (t) => {
  const teams = await startFakeTeams();
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-linkfail-'));
  const env = { DATA_DIR: dataDir, GITHUB_WEBHOOK_SECRET: SECRET, ADMIN_TOKEN: ADMIN, TEAMS_WEBHOOK_EXTRA_ORIGINS: teams.url, LOG_LEVEL: 'fatal' };
  const server = await startServerProcess(env);
  t.teardown(async () => {
    server.child.kill('SIGKILL');
    await teams.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  // A directory where links.json's temporary file goes makes the write fail, as a full disk would.
  mkdirSync(join(dataDir, '.links.json.tmp'));
  t.equal((await createLink(server.url, 'fail/repo', `${teams.url}/never`)).status, 503);
  const list = await request(`${server.url}/api/links`, { headers: admin });
  t.same(((await list.body.json()) as any).links, [], 'the link is not there');
  const issue = example('issues', (p) => p.action === 'opened');
  issue.repository.full_name = 'fail/repo';
  const sent = await sendWebhook(server.url, { event: 'issues', payload: issue, secret: SECRET });
  t.equal(sent.status, 202);
  t.match(sent.json, { ignored: String }, 'and routes no card');

  rmdirSync(join(dataDir, '.links.json.tmp'));
  t.equal((await createLink(server.url, 'fail/repo', `${teams.url}/now`)).status, 201, 'the next write works');
  mkdirSync(join(dataDir, '.links.json.tmp'));
  t.equal((await createLink(server.url, 'fail/other', `${teams.url}/never`)).status, 503);
  server.child.kill('SIGTERM');
  t.equal(await server.exited, 0, 'SIGTERM after a failed write shuts down cleanly');
});

t.test('a broken links.json stops the start with one line naming the file and the backup to restore', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-broken-'));
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const file = join(dataDir, 'links.json');
  writeFileSync(file, '{"version":1,"links":[{"id":"');
  writeFileSync(`${file}.bak`, '{"version":1,"links":[]}');
  const res = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist', 'src', 'server.js')], {
    env: { PATH: process.env.PATH, PORT: '0', DATA_DIR: dataDir, GITHUB_WEBHOOK_SECRET: SECRET, ADMIN_TOKEN: ADMIN },
    encoding: 'utf8',
  });
  t.equal(res.status, 1);
  t.equal(res.stderr.trim().split('\n').length, 1, 'one line, no stack trace');
  t.match(res.stderr, `${file} is not valid JSON`);
  t.match(res.stderr, `restore it with \`cp ${file}.bak ${file}\``);
  t.notMatch(res.stderr, /SyntaxError/);
});
