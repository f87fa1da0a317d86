/**
 * An acknowledged webhook must survive power loss, not only a process crash: by the time the
 * compiled server answers 202, the event is in the write-ahead log and that log is synced.
 *
 * Power loss cannot be staged here, so two checks stand in for it:
 * - the files as they are on disk right after the 202 (no checkpoint, no close), copied and
 *   opened elsewhere, hold the event. This fails if the ack ever goes out before the commit.
 *   It cannot see a missing sync: an unsynced write sits in the OS cache, which a copy reads.
 * - so the server's system calls are traced (strace, when installed): after the answering
 *   thread's last write to the log before the 202, a sync of the log must begin, and end before
 *   the 202 is written. This fails when the queue does not sync before resolving (SQLite at
 *   synchronous=NORMAL alone syncs the log only at checkpoints, after the ack).
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t, { type Test } from 'tap';
import { request } from 'undici';
import { example } from '../helpers/github-examples.js';
import { sendWebhook } from '../helpers/github-sender.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

const SECRET = 'power-loss-secret-123';
const ADMIN = 'power-loss-admin-token-0123456789';

const hasStrace = (() => {
  try {
    execFileSync('strace', ['-V'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();

async function serverWithLink(t: Test, dataDir: string): Promise<ServerProcess> {
  const server = await startServerProcess({ DATA_DIR: dataDir, GITHUB_WEBHOOK_SECRET: SECRET, ADMIN_TOKEN: ADMIN, TEAMS_WEBHOOK_EXTRA_ORIGINS: 'http://127.0.0.1:9' });
  t.teardown(async () => {
    server.child.kill('SIGKILL');
    await server.exited;
  });
  const res = await request(`${server.url}/api/links`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ repository: 'power/loss', webhookUrl: 'http://127.0.0.1:9/hook', events: ['issues'] }),
  });
  await res.body.dump();
  t.equal(res.statusCode, 201);
  return server;
}

const issue = () => {
  const payload = example('issues', (p) => p.action === 'opened');
  payload.repository.full_name = 'power/loss';
  return payload;
};

t.test('right after the 202, the event is in the files on disk', async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-power-'));
  const copy = mkdtempSync(join(tmpdir(), 'gtb-power-copy-'));
  t.teardown(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(copy, { recursive: true, force: true });
  });
  const server = await serverWithLink(t, dataDir);
  const sent = await sendWebhook(server.url, { event: 'issues', payload: issue(), secret: SECRET });
  t.equal(sent.status, 202);
  // The log first: a checkpoint running meanwhile only moves its frames into the database file.
  copyFileSync(join(dataDir, 'events.sqlite-wal'), join(copy, 'events.sqlite-wal'));
  copyFileSync(join(dataDir, 'events.sqlite'), join(copy, 'events.sqlite'));
  const db = new Database(join(copy, 'events.sqlite'));
  t.same(db.prepare('SELECT name FROM events WHERE delivery = ?').all(sent.delivery), [{ name: 'issues' }]);
  db.close();
});

t.test('the write-ahead log is synced before the 202 is written', { skip: !hasStrace && 'strace is not installed' }, async (t) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-power-'));
  const trace = join(dataDir, 'trace.log');
  t.teardown(() => rmSync(dataDir, { recursive: true, force: true }));
  const server = await serverWithLink(t, dataDir);
  const pid = server.child.pid!;
  const tracer = spawn('strace', ['-f', '-p', String(pid), '-e', 'trace=pwrite64,write,writev,fsync,fdatasync', '-s', '32', '-o', trace], { stdio: ['ignore', 'ignore', 'pipe'] });
  const traced = new Promise<number | null>((resolve) => tracer.once('exit', resolve));
  let err = '';
  await new Promise<void>((resolve, reject) => {
    tracer.stderr!.on('data', (c) => {
      err += c;
      if (err.includes('attached')) resolve();
    });
    tracer.once('exit', () => reject(new Error(`strace could not attach: ${err}`)));
  });
  const sent = await sendWebhook(server.url, { event: 'issues', payload: issue(), secret: SECRET });
  t.equal(sent.status, 202);
  tracer.kill('SIGINT');
  await traced;

  // Three descriptors of the log are open: the server's connection (the answering thread
  // writes through it), its checkpointer's, and the queue's own, opened write-only to sync it.
  // A sync counts on the first or the last, from any thread (libuv's pool runs fdatasync); the
  // checkpointer syncs the log before each checkpoint, which must not pass for the ack's sync.
  const logFds = readdirSync(`/proc/${pid}/fd`).filter((fd) => {
    try {
      return readlinkSync(`/proc/${pid}/fd/${fd}`).endsWith('events.sqlite-wal');
    } catch {
      return false;
    }
  });
  const writeOnly = (fd: string) => (Number.parseInt(/flags:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8'))![1], 8) & 3) === 1;
  const calls = systemCalls(readFileSync(trace, 'utf8'));
  const main = String(pid);
  const ack = calls.findIndex((c) => c.tid === main && /^writev?$/.test(c.name) && c.text.includes('HTTP/1.1 202'));
  t.ok(ack > 0, 'the 202 was traced');
  const ackAt = calls[ack].start;
  const lastWrite = calls.findLast((c) => c.tid === main && c.name === 'pwrite64' && logFds.includes(c.fd) && c.end < ackAt);
  t.ok(lastWrite, 'the event was written to the write-ahead log before the 202');
  const syncFds = new Set([lastWrite?.fd, ...logFds.filter(writeOnly)]);
  const synced = calls.some((c) => /^f(data)?sync$/.test(c.name) && syncFds.has(c.fd) && c.start > lastWrite!.end && c.end < ackAt);
  t.ok(synced, 'and a sync of the log began after that write and ended before the 202');
});

interface SystemCall {
  tid: string;
  name: string;
  fd: string;
  text: string;
  /** Line numbers of the call's start and end in the trace (the same unless another thread interrupted it). */
  start: number;
  end: number;
}

/** Calls from `strace -f -o` output, each spanning `<unfinished ...>` to `<... resumed>`. */
function systemCalls(trace: string): SystemCall[] {
  const calls: SystemCall[] = [];
  const open = new Map<string, SystemCall>();
  trace.split('\n').forEach((line, n) => {
    const [, tid, rest] = /^(\d+)\s+(.*)$/.exec(line) ?? [];
    if (!tid) return;
    if (rest.startsWith('<...')) {
      const call = open.get(tid);
      if (call) call.end = n;
      open.delete(tid);
      return;
    }
    const [, name, fd] = /^(\w+)\((\d*)/.exec(rest) ?? [];
    if (!name) return;
    const call = { tid, name, fd, text: rest, start: n, end: n };
    calls.push(call);
    if (rest.includes('<unfinished ...>')) {
      call.end = Number.POSITIVE_INFINITY;
      open.set(tid, call);
    }
  });
  return calls;
}
