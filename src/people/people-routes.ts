import type { JsonSchemaToTsProvider } from '@fastify/type-provider-json-schema-to-ts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Authorizer } from '../auth/principal.js';
import { errorResponses } from '../http/error-schema.js';
import { requirePrincipal } from '../links/link-routes.js';
import { peopleFromCsv, peopleFromJson, type RowError } from './people-import.js';
import { importBody, importResponse, loginParams, peopleResponse, personResponse, putPersonBody } from './people-schema.js';
import { checkPerson, loginError, loginKey } from './person.js';
import type { PeopleStore } from './people-store.js';

export interface PeopleRouteOptions {
  people: PeopleStore;
  authorizer: Authorizer;
}

/** An import of MAX_IMPORT_ROWS people with long names and addresses stays well below this. */
export const IMPORT_BODY_LIMIT = 2 * 1024 * 1024;
/** Bad rows listed in one answer; the message counts them all. */
const LISTED_ERRORS = 100;

function badRequest(reply: FastifyReply, message: string, errors?: RowError[]) {
  return reply.code(400).send({ statusCode: 400, error: 'Bad Request', message, ...(errors && { errors }) });
}

function unsupported(reply: FastifyReply, allowed: string) {
  return reply.code(415).send({ statusCode: 415, error: 'Unsupported Media Type', message: `send ${allowed}` });
}

/** The media type without parameters, lower case: `text/csv; charset=utf-8` → `text/csv`. */
function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * The people directory API (DESIGN §2 "People"), for the operator only: `/api/people`. Who may
 * call is settled before the body is read, so an unauthenticated client cannot make the server
 * parse two megabytes; then 413/415 (body), 400 (content), 404 (no such person).
 */
export default async function peopleRoutes(fastify: FastifyInstance, opts: PeopleRouteOptions) {
  // Request and answer types come from people-schema.ts, which also validates and documents them.
  const app = fastify.withTypeProvider<JsonSchemaToTsProvider>();
  const tags = ['people'];
  /** Every route is the operator's: 401 without a credential, 403 with another one. */
  const refused = errorResponses(401, 403);
  app.addHook('onRequest', async (request, reply) => {
    // A refusal leaves the body unread: close the connection after it, as Fastify does on a 413,
    // or the client's upload would hold the connection (and a graceful close) until it times out.
    const unread = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
    if (unread) reply.header('connection', 'close');
    const principal = await requirePrincipal(opts.authorizer, request, reply);
    if (!principal) return reply;
    if (principal.kind !== 'admin') {
      return reply.code(403).send({ statusCode: 403, error: 'Forbidden', message: 'only the operator (ADMIN_TOKEN) may manage the people directory' });
    }
    if (unread) reply.removeHeader('connection');
  });
  // CSV imports; the text is parsed by people-import.ts, which can name the bad rows.
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT }, (_request, body, done) => done(null, body));

  app.get('/api/people', { schema: { tags, summary: 'The people directory', response: { 200: peopleResponse, ...refused } } }, async () => ({
    people: await opts.people.list(),
  }));

  const one = { tags, params: loginParams } as const;
  app.get('/api/people/:login', { schema: { ...one, summary: 'One person', response: { 200: personResponse, ...refused, ...errorResponses(400, 404) } } }, async (request, reply) => {
    const person = await opts.people.get(request.params.login);
    return person ?? reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no person with login ${request.params.login}` });
  });

  app.put(
    '/api/people/:login',
    {
      schema: {
        ...one,
        summary: 'Add (201) or replace (200) a person',
        body: putPersonBody,
        response: { 200: personResponse, 201: personResponse, ...refused, ...errorResponses(400, 415) },
      },
      preValidation: async (request, reply) => {
        if (mediaType(request.headers['content-type']) !== 'application/json') return unsupported(reply, 'application/json');
      },
    },
    async (request, reply) => {
      const { login } = request.params;
      const loginProblem = loginError(login);
      if (loginProblem) return badRequest(reply, loginProblem);
      if (request.body.login !== undefined && loginKey(request.body.login) !== loginKey(login)) {
        return badRequest(reply, `the body's login ${JSON.stringify(request.body.login.slice(0, 60))} is not the path's ${login}`);
      }
      const checked = checkPerson({ ...request.body, login });
      if ('error' in checked) return badRequest(reply, checked.error);
      const { person, created } = await opts.people.put(checked.person);
      request.log.info({ login: person.login, created }, 'person saved');
      return created ? reply.code(201).header('location', `/api/people/${encodeURIComponent(person.login)}`).send(person) : person;
    },
  );

  const remove = { ...one, summary: 'Remove a person', response: { 204: { type: 'null', description: 'removed' }, ...refused, ...errorResponses(400, 404) } } as const;
  app.delete('/api/people/:login', { schema: remove }, async (request, reply) => {
    if (!(await opts.people.delete(request.params.login))) {
      return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `no person with login ${request.params.login}` });
    }
    request.log.info({ login: request.params.login }, 'person deleted');
    return reply.code(204).send(null);
  });

  app.post(
    '/api/people/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Add or replace many people at once: all rows, or none when any is invalid',
        body: importBody,
        response: { 200: importResponse, ...refused, ...errorResponses(400, 413, 415) },
      },
      preValidation: async (request, reply) => {
        const type = mediaType(request.headers['content-type']);
        if (type !== 'application/json' && type !== 'text/csv') return unsupported(reply, 'application/json (an array) or text/csv (header login,teams,name)');
      },
    },
    async (request, reply) => {
      const csv = mediaType(request.headers['content-type']) === 'text/csv';
      const read = csv ? peopleFromCsv(typeof request.body === 'string' ? request.body : '') : peopleFromJson(request.body);
      if ('errors' in read) {
        const { errors } = read;
        const whole = errors.length === 1 && errors[0].row === 0;
        const message = whole
          ? errors[0].reason
          : `${errors.length} ${errors.length === 1 ? 'row is' : 'rows are'} invalid, so nobody was imported: ${errors
              .slice(0, 3)
              .map((e) => `row ${e.row}: ${e.reason}`)
              .join('; ')}${errors.length > 3 ? '; …' : ''}`;
        return badRequest(reply, message, whole ? undefined : errors.slice(0, LISTED_ERRORS));
      }
      const { created, updated } = await opts.people.putMany(read.people);
      request.log.info({ imported: read.people.length, created, updated, format: csv ? 'csv' : 'json' }, 'people imported');
      return { imported: read.people.length, created, updated };
    },
  );
}
