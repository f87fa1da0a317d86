/**
 * Webhook intake memory under unsigned floods: the growth of the real server's peak RSS while
 * 20 clients each send a 24 MiB body at once, (a) with a well-formed but wrong signature, whose
 * body must be read to know it is wrong, and (b) with no signature, refused from its headers.
 * When the route buffered every body as a string before looking at anything, this bench
 * measured 576 MB for (a) and 276 MB for (b) on the development machine.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { startServerProcess } from '../test/helpers/server-process.js';
import type { Figure } from './figure.js';

const SECRET = 'bench-secret-0123456789';
const CLIENTS = 20;
const BODY_BYTES = 24 * 1024 * 1024;
const MB = 1024 * 1024;

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : NaN;
}

/** Peak RSS growth of `pid` over `run`, in MB: the kernel's high-water mark, reset just before. */
async function peakGrowthMb(pid: number, run: () => Promise<unknown>): Promise<number> {
  const before = statusKb(pid, 'VmRSS');
  let sampled = before;
  let resettable = true;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    resettable = false;
  }
  // Sampling as well covers kernels where the high-water mark cannot be reset.
  const sampler = setInterval(() => (sampled = Math.max(sampled, statusKb(pid, 'VmRSS'))), 10);
  try {
    await run();
  } finally {
    clearInterval(sampler);
  }
  const peak = resettable ? Math.max(sampled, statusKb(pid, 'VmHWM')) : sampled;
  return (peak - before) / 1024;
}

export async function benchIntakeMemory(): Promise<Figure[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gtb-bench-memory-'));
  const server = await startServerProcess({ DATA_DIR: dataDir, GITHUB_WEBHOOK_SECRET: SECRET, LOG_LEVEL: 'warn', NODE_ENV: 'production' });
  const agent = new Agent({ connections: CLIENTS, bodyTimeout: 120_000, headersTimeout: 120_000 });
  const body = Buffer.alloc(BODY_BYTES, 'x');
  const flood = async (headers: Record<string, string>) => {
    const statuses = await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        const res = await request(`${server.url}/api/github/webhooks`, {
          method: 'POST',
          dispatcher: agent,
          headers: { 'content-type': 'application/json', 'x-github-event': 'push', 'x-github-delivery': randomUUID(), ...headers },
          body,
        }).catch(() => undefined);
        await res?.body.dump();
        return res?.statusCode;
      }),
    );
    return statuses.filter((s) => s !== 401).length;
  };
  try {
    let unexpected = 0;
    const wrong = await peakGrowthMb(server.child.pid!, async () => (unexpected += await flood({ 'x-hub-signature-256': 'sha256=' + '0'.repeat(64) })));
    const missing = await peakGrowthMb(server.child.pid!, async () => (unexpected += await flood({})));
    return [
      {
        name: `RSS growth, ${CLIENTS} concurrent ${BODY_BYTES / MB} MiB bodies with a wrong signature`,
        value: Math.round(wrong),
        unit: 'MB',
        target: '≤ 150 (576 when bodies were buffered first)',
        pass: wrong <= 150,
      },
      {
        name: `RSS growth, ${CLIENTS} concurrent ${BODY_BYTES / MB} MiB bodies without a signature`,
        value: Math.round(missing),
        unit: 'MB',
        target: '≤ 30 (276 when bodies were buffered first)',
        pass: missing <= 30,
      },
      { name: 'unsigned bodies not answered 401', value: unexpected, unit: '', target: '0', pass: unexpected === 0 },
    ];
  } finally {
    await agent.close();
    server.child.kill('SIGTERM');
    await server.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}
