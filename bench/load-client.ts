/**
 * The webhook load generator, run as a child process of the ingest bench: the bench process
 * also holds the fake Teams and the garbage of earlier benches, and a client sharing that
 * event loop would add its own pauses to every latency it reports. Receives one job over IPC,
 * answers with the result, and exits.
 */
import autocannon from 'autocannon';
import { gitHubDeliveryId } from './delivery-id.js';

export interface LoadJob {
  url: string;
  body: string;
  signature: string;
  durationS: number;
  connections: number;
  overallRate?: number;
}

export interface LoadResult {
  rps: number;
  p99: number;
  non2xx: number;
}

process.once('message', (job: LoadJob) => {
  autocannon(
    {
      url: `${job.url}/api/github/webhooks`,
      connections: job.connections,
      duration: job.durationS,
      ...(job.overallRate ? { overallRate: job.overallRate } : {}),
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-github-event': 'push', 'x-hub-signature-256': job.signature },
          body: job.body,
          // Each request is a new delivery: a repeated id would be answered as a duplicate.
          setupRequest: (req: any) => ({ ...req, headers: { ...req.headers, 'x-github-delivery': gitHubDeliveryId() } }),
        },
      ],
    },
    (err: Error | null, result: any) => {
      const reply: LoadResult | { error: string } = err
        ? { error: err.message }
        : { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx + result.errors };
      process.send!(reply, () => process.disconnect());
    },
  );
});
