/**
 * Serves the app under test at an https origin, because `authentication.authenticate` only opens
 * https URLs: a TLS proxy on loopback with a certificate made by openssl at test time, and the
 * browser told to resolve the public host name to it and to trust that one certificate
 * (`browserArgs`, for launchBrowser). Cookies, redirects and status codes pass through unchanged.
 *
 * It used to be Playwright request interception, but Playwright never intercepts a redirect: the
 * OAuth callback (GitHub's redirect back to the public URL) then failed to resolve, and only
 * arrived because full Chromium auto-reloads a page that failed on DNS; a headless-shell build
 * does not, and sign-in never finished.
 */
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PublicFront {
  /** Chromium flags: resolve the public host to the proxy and accept its certificate only. */
  browserArgs: string[];
  close(): Promise<void>;
}

function selfSignedCertificate(host: string): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'gtb-front-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${host}`, '-addext', `subjectAltName=DNS:${host}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error('openssl is not installed: the sign-in test makes its TLS certificate with it (Debian: apt-get install openssl)');
    throw err;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The base64 sha256 of the certificate's public key, as `--ignore-certificate-errors-spki-list` wants it. */
function spkiHash(cert: Buffer): string {
  const spki = new X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest('base64');
}

export async function startPublicFront(publicUrl: string, appUrl: string): Promise<PublicFront> {
  const host = new URL(publicUrl).hostname;
  const app = new URL(appUrl);
  const { key, cert } = selfSignedCertificate(host);
  const server: Server = createServer({ key, cert }, (req, res) => {
    const upstream = httpRequest(
      { host: app.hostname, port: app.port, method: req.method, path: req.url, headers: { ...req.headers, host: app.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    browserArgs: [`--host-resolver-rules=MAP ${host} 127.0.0.1:${port}`, `--ignore-certificate-errors-spki-list=${spkiHash(cert)}`],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
