/**
 * A fake GitHub (OAuth web flow + the REST calls the bridge makes) over real HTTP on
 * 127.0.0.1, laid out like GHES: OAuth at the root, the API under `/api/v3`.
 *
 *   const gh = await startFakeGitHub();
 *   gh.addUser('mona', { 'octo/app': { admin: true }, 'octo/docs': { admin: false } });
 *   gh.nextLogin = 'mona';            // who "approves" the next /login/oauth/authorize
 *   env: GITHUB_URL = gh.url, GITHUB_API_URL = gh.apiUrl, GITHUB_CLIENT_ID/SECRET = gh.clientId/clientSecret
 *   gh.hooks.get('octo/app')          // [{id, events, config, active}]
 *   gh.requests                       // ['GET /api/v3/user', …]
 *
 * `authorize` approves at once (no consent page) and redirects to redirect_uri with a code.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

export interface FakeRepo {
  admin: boolean;
  private?: boolean;
}

export interface FakeHook {
  id: number;
  name: string;
  active: boolean;
  events: string[];
  config: { url: string; content_type: string; secret?: string; insecure_ssl?: string };
}

export interface FakeGitHub {
  url: string;
  apiUrl: string;
  clientId: string;
  clientSecret: string;
  nextLogin: string | undefined;
  hooks: Map<string, FakeHook[]>;
  requests: string[];
  addUser(login: string, repos: Record<string, FakeRepo>): string;
  /** Changes a user's admin right on a repository, as an org owner would. */
  setAdmin(login: string, repository: string, admin: boolean): void;
  /** The token the fake issued to a user (for API tests that skip the OAuth dance). */
  tokenOf(login: string): string;
  close(): Promise<void>;
}

interface User {
  login: string;
  token: string;
  repos: Map<string, FakeRepo & { fullName: string }>;
}

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<any> {
  let text = '';
  for await (const chunk of req) text += chunk;
  if (!text) return {};
  if ((req.headers['content-type'] ?? '').includes('json')) return JSON.parse(text);
  return Object.fromEntries(new URLSearchParams(text));
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  const users = new Map<string, User>();
  const codes = new Map<string, string>();
  const hooks = new Map<string, FakeHook[]>();
  const requests: string[] = [];
  let nextHookId = 1000;

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => send(res, 500, { message: String(err) }));
  });

  const fake: FakeGitHub = {
    url: '',
    apiUrl: '',
    clientId: 'Iv1.fakeclient',
    clientSecret: 'fake-client-secret-0123456789',
    nextLogin: undefined,
    hooks,
    requests,
    addUser(login, repos) {
      const token = `gho_${randomBytes(12).toString('hex')}`;
      users.set(login, { login, token, repos: new Map(Object.entries(repos).map(([k, v]) => [k.toLowerCase(), { ...v, fullName: k }])) });
      return token;
    },
    setAdmin(login, repository, admin) {
      users.get(login)!.repos.get(repository.toLowerCase())!.admin = admin;
    },
    tokenOf(login) {
      return users.get(login)!.token;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const userOf = (req: IncomingMessage) => {
    const match = /^(?:token|Bearer) (\S+)$/i.exec(req.headers.authorization ?? '');
    return match ? [...users.values()].find((u) => u.token === match[1]) : undefined;
  };

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', fake.url);
    const path = url.pathname;
    requests.push(`${req.method} ${path}`);

    if (path === '/login/oauth/authorize') {
      const login = fake.nextLogin;
      const redirect = new URL(url.searchParams.get('redirect_uri')!);
      if (url.searchParams.get('client_id') !== fake.clientId || !login) {
        redirect.searchParams.set('error', 'access_denied');
        redirect.searchParams.set('error_description', 'The user has denied your application access.');
      } else {
        const code = randomBytes(8).toString('hex');
        codes.set(code, login);
        redirect.searchParams.set('code', code);
      }
      redirect.searchParams.set('state', url.searchParams.get('state') ?? '');
      res.writeHead(302, { location: redirect.toString() });
      return res.end();
    }
    if (path === '/login/oauth/access_token' && req.method === 'POST') {
      const body = await readBody(req);
      if (body.client_id !== fake.clientId || body.client_secret !== fake.clientSecret) {
        return send(res, 200, { error: 'incorrect_client_credentials', error_description: 'The client_id and/or client_secret passed are incorrect.' });
      }
      const login = codes.get(body.code);
      codes.delete(body.code);
      if (!login) return send(res, 200, { error: 'bad_verification_code', error_description: 'The code passed is incorrect or expired.' });
      return send(res, 200, { access_token: users.get(login)!.token, token_type: 'bearer', scope: 'repo' });
    }

    if (!path.startsWith('/api/v3/')) return send(res, 404, { message: 'Not Found' });
    const api = path.slice('/api/v3'.length);
    const user = userOf(req);
    if (!user) return send(res, 401, { message: 'Bad credentials' });

    if (api === '/user') return send(res, 200, { login: user.login, id: 1 });
    if (api === '/user/repos') {
      const perPage = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      const all = [...user.repos.values()].sort((a, b) => a.fullName.localeCompare(b.fullName));
      const slice = all.slice((page - 1) * perPage, page * perPage);
      const headers: Record<string, string> = {};
      if (page * perPage < all.length) {
        const next = new URL(url);
        next.searchParams.set('page', String(page + 1));
        headers.link = `<${next}>; rel="next"`;
      }
      return send(res, 200, slice.map((r) => repoJson(r)), headers);
    }

    const repoMatch = /^\/repos\/([^/]+)\/([^/]+)(\/hooks(?:\/(\d+))?)?$/.exec(api);
    if (!repoMatch) return send(res, 404, { message: 'Not Found' });
    const fullName = `${repoMatch[1]}/${repoMatch[2]}`.toLowerCase();
    const repo = user.repos.get(fullName);
    if (!repo) return send(res, 404, { message: 'Not Found' });
    if (!repoMatch[3]) return send(res, 200, repoJson(repo));
    if (!repo.admin) return send(res, 404, { message: 'Not Found' });
    const list = hooks.get(fullName) ?? [];
    hooks.set(fullName, list);
    const hookId = repoMatch[4] ? Number(repoMatch[4]) : undefined;
    if (hookId === undefined && req.method === 'GET') return send(res, 200, list.map(({ config, ...h }) => ({ ...h, config: { ...config, secret: config.secret ? '********' : undefined } })));
    if (hookId === undefined && req.method === 'POST') {
      const body = await readBody(req);
      const hook: FakeHook = { id: nextHookId++, name: body.name, active: body.active ?? true, events: body.events ?? ['push'], config: body.config };
      list.push(hook);
      return send(res, 201, hook);
    }
    const hook = list.find((h) => h.id === hookId);
    if (!hook) return send(res, 404, { message: 'Not Found' });
    if (req.method === 'PATCH') {
      const body = await readBody(req);
      Object.assign(hook, { events: body.events ?? hook.events, active: body.active ?? hook.active, config: { ...hook.config, ...body.config } });
      return send(res, 200, hook);
    }
    if (req.method === 'DELETE') {
      list.splice(list.indexOf(hook), 1);
      res.writeHead(204);
      return res.end();
    }
    return send(res, 405, { message: 'Method Not Allowed' });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}`;
  fake.apiUrl = `${fake.url}/api/v3`;
  return fake;
}

function repoJson(repo: FakeRepo & { fullName: string }) {
  return {
    full_name: repo.fullName,
    name: repo.fullName.split('/')[1],
    private: repo.private ?? false,
    description: null,
    default_branch: 'main',
    permissions: { admin: repo.admin, push: true, pull: true },
  };
}
