import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import http from 'node:http';
import express from 'express';
import cors from 'cors';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { GraphQLError, GraphQLFormattedError, Kind, OperationDefinitionNode } from 'graphql';
import { DataSource } from 'typeorm';
import { AppConfig, requestLimits, trustProxySetting } from './config/config';
import { Ctx } from './common/context';
import { Loaders } from './common/loaders';
import { credentialsActor } from './common/http';
import { ERROR_CODES, ErrorCode, isDatabaseUnavailable, Unauthenticated } from './common/errors';
import { buildAppSchema } from './schema';
import { registerServices } from './services';
import { log } from './common/log';
import { roundExportRouter } from './modules/rating/round-export';
import { writeAudit } from './modules/audit/audit.service';
import { API_PREFIXES, hardeningPlugin, limitError, limitRules, securityHeaders, withoutSuggestions } from './modules/security/hardening';
import { CostRateLimiter } from './modules/security/rate-limit';
import { explorerRouter } from './modules/explorer/explorer';
import { startJobs } from './modules/jobs/job.runner';
import { jobRouter } from './modules/jobs/job.routes';
import { importJobRouter } from './modules/import/import.job';
import { listExportJobRouter } from './modules/export/export.job';
import { instanceId } from './common/instance';
import { startSqliteCheckpointer } from './config/sqlite-checkpoint';
import { importRouter } from './modules/import/import.router';
import { listExportRouter } from './modules/export/list-export';
import { workReportExportRouter } from './modules/report/work-report.export';
import { replicaPlugin, startReadRouter } from './modules/replica/read-router';

/** Root fields an anonymous request may use. */
const ANONYMOUS_FIELDS = new Set(['login', '__typename']);

/** Apollo/graphql-js codes that are the caller's fault → BAD_USER_INPUT (DOMAIN.md has one code for bad input). */
const INPUT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_USER_INPUT']);

/** The input field a validation or coercion error is about, e.g. `input.floorArea` → `floorArea`. */
function fieldOf(err: GraphQLFormattedError, original: unknown): string | undefined {
  const ve = (original as { extensions?: { validationErrors?: { property: string; children?: unknown[] }[] } })?.extensions?.validationErrors;
  if (ve?.length) {
    let e = ve[0] as { property: string; children?: { property: string; children?: unknown[] }[] };
    const parts = [e.property];
    while (e.children?.length) {
      e = e.children[0] as typeof e;
      parts.push(e.property);
    }
    return parts[parts.length - 1];
  }
  const m = /at "([^"]+)"/.exec(err.message) ?? /Field "(\w+)" of required type/.exec(err.message) ?? /Variable "\$(\w+)"/.exec(err.message);
  if (m) return m[1].split('.').pop()!.replace(/\[\d+\]$/, '');
  return undefined;
}

function validationMessage(original: unknown): string | undefined {
  const ve = (original as { extensions?: { validationErrors?: { constraints?: Record<string, string>; children?: unknown[] }[] } })?.extensions?.validationErrors;
  if (!ve?.length) return undefined;
  let e = ve[0] as { constraints?: Record<string, string>; children?: unknown[] };
  while (!e.constraints && e.children?.length) e = e.children[0] as typeof e;
  return e.constraints ? Object.values(e.constraints)[0] : undefined;
}

/** Every error leaves with a DOMAIN.md code, an actionable message, and never a stack trace or SQL. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const limited = limitError(formatted, error);
  if (limited) return limited;
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const ext = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
  delete ext.stacktrace;
  let code = String(ext.code ?? 'INTERNAL_SERVER_ERROR');
  const name = (original as Error)?.name;
  if (name === 'AuthenticationError') code = 'UNAUTHENTICATED';
  if (name === 'AuthorizationError') code = 'FORBIDDEN';
  // Apollo's own request errors without a code but with a 4xx status (a persisted-query hash that does not match
  // the query …) are the caller's mistake, not internal ones (found by test/fuzz.e2e-spec.ts)
  const httpStatus = (original as { extensions?: { http?: { status?: number } } })?.extensions?.http?.status;
  if (!(original as { extensions?: { code?: unknown } })?.extensions?.code && httpStatus && httpStatus >= 400 && httpStatus < 500) code = 'BAD_REQUEST';
  if (name === 'ArgumentValidationError' || INPUT_CODES.has(code)) {
    const field = (ext.field as string | undefined) ?? fieldOf(formatted, original);
    const message = validationMessage(original) ?? formatted.message;
    const { validationErrors: _drop, ...rest } = ext;
    return { message, locations: formatted.locations, path: formatted.path, extensions: { ...rest, code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } };
  }
  if (isDatabaseUnavailable(original)) {
    // the database is down or restarting: say so plainly (requests fail fast and recover when it is back)
    if (!LOGGED.has(error as object)) log.warn('database unavailable', { err: String((original as Error)?.message ?? original), path: formatted.path });
    return { message: 'Database unavailable; please retry shortly', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'DATABASE_UNAVAILABLE' } };
  }
  if (!ERROR_CODES.includes(code as ErrorCode) || code === 'INTERNAL_SERVER_ERROR') {
    // already logged with its request id by unexpectedErrorLog; this logs errors raised outside a request's pipeline
    if (!LOGGED.has(error as object)) log.error('unexpected error', { err: (original as Error)?.stack ?? String(original), message: formatted.message, path: formatted.path });
    return { message: 'Internal server error; the problem has been logged', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return { ...formatted, extensions: { ...ext, code } };
}

/** Errors that unexpectedErrorLog has logged (formatError runs after didEncounterErrors, on the same objects). */
const LOGGED = new WeakSet<object>();

/** Logs each error that formatError will turn into INTERNAL_SERVER_ERROR, with the request id (formatError has no context). */
const unexpectedErrorLog: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors, operationName }) {
        for (const e of errors) {
          const formatted = { message: e.message, path: e.path, extensions: { ...e.extensions, code: e.extensions?.code ?? 'INTERNAL_SERVER_ERROR' } };
          if (LOGGED.has(e)) continue;
          LOGGED.add(e); // keeps formatError's own log quiet while asking it how it will answer
          const answer = formatError(formatted, e);
          if (answer.extensions?.reason === 'DATABASE_UNAVAILABLE') {
            log.warn('database unavailable', { requestId: contextValue?.requestId, operationName, err: String((e.originalError ?? e).message) });
            continue;
          }
          if (answer.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
            LOGGED.delete(e);
            continue;
          }
          const original = e.originalError ?? e;
          log.error('unexpected error', { requestId: contextValue?.requestId, operationName, err: original.stack ?? String(original), message: e.message, path: e.path });
        }
      },
    };
  },
};

/** Anonymous requests get nothing but `login`. */
const anonymousGuard: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        if (contextValue.actor) return;
        const op = operation as OperationDefinitionNode;
        const fields = op.selectionSet.selections;
        const onlyLogin = op.operation === 'mutation' && fields.every((s) => s.kind === Kind.FIELD && ANONYMOUS_FIELDS.has(s.name.value));
        if (!onlyLogin) throw withStatus(new Unauthenticated(), 401);
      },
    };
  },
};

/** One audit entry per request that returned personal data unmasked (who read which records). */
const personalReadAudit: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue: ctx }) {
        if (!ctx.personalReads?.size) return;
        const reads = Object.fromEntries([...ctx.personalReads].map(([entity, ids]) => [entity, [...ids].sort((a, b) => a - b)]));
        try {
          await ctx.ds.transaction((m) => writeAudit(m, ctx.actor, ctx.requestId, { action: 'READ_PERSONAL', entity: Object.keys(reads).join(','), entityId: null, after: reads }));
        } catch (e) {
          log.error('could not audit a personal-data read', { requestId: ctx.requestId, err: String(e) });
        }
      },
    };
  },
};

export interface AppOptions {
  config: AppConfig;
  dataSource: DataSource;
}

export interface App {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Ctx>;
  stop(): Promise<void>;
}

/** Builds the Express + Apollo app from a config and an initialized data source (tests reuse it). */
export async function createApp({ config, dataSource }: AppOptions): Promise<App> {
  const svc = registerServices(dataSource, config);
  const schema = await buildAppSchema();
  const replicas = config.replicaUrls?.length
    ? await startReadRouter(dataSource, { primaryUrl: config.databaseUrl, replicaUrls: config.replicaUrls, maxLagSeconds: config.replicaMaxLagSeconds ?? 5 })
    : null;
  const app = express();
  const httpServer = http.createServer(app);
  // keep idle connections longer than clients and proxies do (Node's 5 s default races keep-alive reuse → ECONNRESET)
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  app.disable('x-powered-by');
  // which instance answered (behind a load balancer): host:pid, or INSTANCE_ID
  const servedBy = instanceId();
  app.use((_req, res, next) => {
    res.setHeader('X-Served-By', servedBy);
    next();
  });
  app.use(securityHeaders(config.adminGraphqlUrl ? [new URL(config.adminGraphqlUrl).origin] : []));
  const limits = requestLimits(config);
  app.set('trust proxy', trustProxySetting(config.trustProxy));

  const apollo = new ApolloServer<Ctx>({
    schema,
    formatError: config.production ? (f, e) => withoutSuggestions(formatError(f, e)) : formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts handles SIGTERM/SIGINT (app.stop(), the job runner, the pool); Apollo's own handler would race it
    // (a second stop() during the first never resolves) and leave the process to hang on open Redis sockets
    stopOnTerminationSignals: false,
    hideSchemaDetailsFromClientErrors: config.production,
    introspection: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled(), anonymousGuard, personalReadAudit, unexpectedErrorLog,
      hardeningPlugin({ limits, production: config.production, rateLimiter: new CostRateLimiter(dataSource, limits.rateLimitPerMinute) }),
      ...(replicas ? [replicaPlugin(replicas)] : [])],
    validationRules: limitRules(limits),
    parseOptions: { maxTokens: limits.maxTokens },
  });
  await apollo.start();
  // background jobs: BullMQ when REDIS_URL is set (a worker in every instance), otherwise in this process
  const jobs = await startJobs(dataSource, config, svc.jobs);
  const checkpointer = startSqliteCheckpointer(dataSource);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ready', database: config.dbType, ...(replicas ? { replicas: replicas.status() } : {}) });
    } catch {
      res.status(503).json({ status: 'unavailable', database: config.dbType });
    }
  });

  app.use(
    '/graphql',
    cors({ origin: config.corsOrigins.length ? config.corsOrigins : false, credentials: false, maxAge: 600 }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<Ctx> => {
        const requestId = (typeof req.headers['x-request-id'] === 'string' && /^[\w-]{1,64}$/.test(req.headers['x-request-id']) ? req.headers['x-request-id'] : randomUUID());
        const ctx: Ctx = { requestId, ds: dataSource, loaders: new Loaders(dataSource), actor: null, now: new Date(), ip: req.ip };
        try {
          ctx.actor = await credentialsActor(dataSource, req);
        } catch (e) {
          throw authFailure(e);
        }
        return ctx;
      },
    }),
  );

  app.use('/export', roundExportRouter(dataSource));
  app.use('/jobs', jobRouter(dataSource));
  app.use('/jobs/import', importJobRouter(dataSource));
  app.use('/jobs/export', listExportJobRouter({ ds: dataSource, formatError }));
  app.use('/export', listExportRouter({ ds: dataSource, schema, formatError }), workReportExportRouter({ ds: dataSource, formatError }));
  app.use('/import', importRouter(dataSource));
  app.use('/explorer', explorerRouter(config.explorerDist)); // before the admin panel's SPA fallback

  if (config.adminDist && fs.existsSync(path.join(config.adminDist, 'index.html'))) {
    const dist = config.adminDist;
    // the panel's runtime settings (admin/public/config.js ships the empty default): ADMIN_GRAPHQL_URL points it at a gateway
    const panelConfig = `window.__ELDERGRAPH__ = ${JSON.stringify({ graphqlUrl: config.adminGraphqlUrl ?? undefined }).replace(/</g, '\\u003c')};\n`;
    app.get('/config.js', (_req, res) => res.type('application/javascript').set('Cache-Control', 'no-cache').send(panelConfig));
    app.use(express.static(dist, { index: false, maxAge: '1h' }));
    const notPanel = new RegExp(`^/(?!(${[...API_PREFIXES, 'explorer'].join('|')})(/|$))`);
    app.get(notPanel, (_req, res) => res.sendFile(path.join(dist, 'index.html')));
  }

  app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const e = err as { type?: string; status?: number };
    if (e?.type === 'entity.too.large') return res.status(413).json({ errors: [{ message: 'Request body over 1 MB', extensions: { code: 'BAD_USER_INPUT' } }] });
    if (e?.type === 'entity.parse.failed') return res.status(400).json({ errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_USER_INPUT' } }] });
    // any other 4xx from the body parser (unsupported charset or encoding, aborted request …) is the client's
    // doing: BAD_USER_INPUT with its status, not INTERNAL_SERVER_ERROR (found by test/fuzz.e2e-spec.ts)
    if (e?.status && e.status >= 400 && e.status < 500) {
      const message = (e as { expose?: boolean; message?: string }).expose && (e as Error).message ? (e as Error).message : 'Bad request';
      return res.status(e.status).json({ errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] });
    }
    log.error('unhandled http error', { err: String((err as Error)?.stack ?? err) });
    return res.status(e?.status && e.status < 500 ? e.status : 500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });

  return {
    app,
    httpServer,
    apollo,
    async stop() {
      await apollo.stop();
      await replicas?.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
      await jobs.stop();
      await checkpointer?.stop();
    },
  };
}

/** A refused credential is 401; a database outage while checking it is 503 (not a reason to log the user out). */
function authFailure(e: unknown): unknown {
  if (e instanceof GraphQLError) return withStatus(e, 401);
  if (isDatabaseUnavailable(e)) return new GraphQLError('Database unavailable', { originalError: e as Error, extensions: { http: { status: 503 } } });
  return e;
}

function withStatus(e: GraphQLError, status: number): GraphQLError {
  return new GraphQLError(e.message, { extensions: { ...e.extensions, http: { status } } });
}
