/**
 * The federation gateway: ElderGraph and the partner subgraphs of the config composed into one graph
 * (@apollo/composition), executed by @apollo/gateway and served by Apollo Server on Express (`POST /graphql`).
 *
 * - Credentials are the caller's: Authorization, X-Api-Key and X-Request-Id go to every subgraph unchanged (and
 *   the caller's address as X-Forwarded-For), so ElderGraph applies the caller's role, masking, scopes, rate limit
 *   and audit log exactly as without the gateway. The gateway has no key of its own.
 * - Subgraph errors keep their `extensions.code` (and field, reason …) plus `serviceName`. ElderGraph's refusals of a
 *   whole request (401 UNAUTHENTICATED, 429 rate limit) keep their HTTP status.
 * - A subgraph that is down fails alone: its fields are null with an INTERNAL_SERVER_ERROR error carrying
 *   `reason: "SUBGRAPH_UNAVAILABLE"` and its `serviceName`; the rest of the answer comes back. (Fields that
 *   partners contribute must be nullable for this: a non-null field would null its parent instead.)
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ApolloGateway, GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { trustProxySetting } from '../config/config';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ERROR_CODES } from '../common/errors';
import { log } from '../common/log';
import type { GatewayConfig, SubgraphConfig } from './gateway-config';
import { ComposingSupergraph, SupergraphState } from './supergraph';

interface GatewayContext {
  /** Headers forwarded to every subgraph */
  forward: Record<string, string>;
}

/** Request headers passed on to the subgraphs as they are. */
const FORWARDED = ['authorization', 'x-api-key', 'x-request-id', 'accept-language'];

/** Apollo/graphql-js codes for a caller's mistake → BAD_USER_INPUT, as ElderGraph reports them. */
const INPUT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

/** Subgraph extensions that never reach a client (internal URLs, raw bodies). */
const INTERNAL_EXTENSIONS = ['stacktrace', 'response', 'exception'];

function unavailable(serviceName: string, detail: string): GraphQLError {
  log.warn('subgraph request failed', { subgraph: serviceName, detail });
  return new GraphQLError(`The "${serviceName}" service is unavailable; its fields are missing from this answer`, {
    extensions: { code: 'INTERNAL_SERVER_ERROR', reason: 'SUBGRAPH_UNAVAILABLE', serviceName },
  });
}

/** One subgraph: forwards the caller's headers; turns transport failures into SUBGRAPH_UNAVAILABLE. */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: SubgraphConfig,
    timeoutMs: number,
  ) {
    // Node's fetch with a deadline: a hung subgraph fails its own fields after timeoutMs instead of holding the request
    const fetcher = ((url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })) as unknown as ConstructorParameters<typeof RemoteGraphQLDataSource>[0] extends infer O ? O extends { fetcher?: infer F } ? F : never : never;
    super({ url: subgraph.url, fetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const forward = (context as GatewayContext | undefined)?.forward ?? {};
    for (const [k, v] of Object.entries(forward)) request.http?.headers.set(k, v);
  }

  /** A non-2xx answer: the subgraph's own first GraphQL error when it sent one (ElderGraph's 401, 400, 429 do). */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => null)) as { errors?: { message?: string; extensions?: Record<string, unknown> }[] } | null;
    const first = body && typeof body === 'object' ? body.errors?.[0] : undefined;
    if (!first?.message) return unavailable(this.subgraph.name, `HTTP ${response.status}`);
    const ext: Record<string, unknown> = { ...first.extensions, serviceName: this.subgraph.name };
    // whole-request refusals of a required subgraph (ElderGraph) keep their status for the client
    if (this.subgraph.required && (response.status === 401 || response.status === 429)) {
      const retryAfter = response.headers.get('retry-after');
      ext.http = { status: response.status, headers: new Map(retryAfter ? [['retry-after', retryAfter]] : []) };
    }
    return new GraphQLError(first.message, { extensions: ext });
  }

  override didEncounterError(error: Error): void {
    if (error instanceof GraphQLError && error.extensions?.code) throw error;
    throw unavailable(this.subgraph.name, String(error?.message ?? error));
  }
}

/** Every error leaves with a DOMAIN.md code and nothing internal (URLs, stacks). */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const ext = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
  for (const k of INTERNAL_EXTENSIONS) delete ext[k];
  let code = String(ext.code ?? 'INTERNAL_SERVER_ERROR');
  if (INPUT_CODES.has(code)) code = 'BAD_USER_INPUT';
  if (!(ERROR_CODES as readonly string[]).includes(code)) {
    log.error('unexpected gateway error', { message: formatted.message, code, path: formatted.path });
    return { message: 'Internal server error; the problem has been logged', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', ...(ext.serviceName ? { serviceName: ext.serviceName } : {}) } };
  }
  return { ...formatted, extensions: { ...ext, code } };
}

export interface RunningGateway {
  url: string;
  httpServer: http.Server;
  supergraph: ComposingSupergraph;
  state(): SupergraphState;
  stop(): Promise<void>;
}

/** Composes, starts and listens (port 0 = a free port). Resolves once the required subgraphs are composed. */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const supergraph = new ComposingSupergraph(config.subgraphs, config.pollIntervalMs);
  const byName = new Map(config.subgraphs.map((s) => [s.name, s]));
  const gateway = new ApolloGateway({
    supergraphSdl: supergraph,
    buildService: ({ name, url }) => new SubgraphDataSource(byName.get(name) ?? { name, url: url! }, config.subgraphTimeoutMs),
    logger: { debug: () => {}, info: (m) => log.info(String(m)), warn: (m) => log.warn(String(m)), error: (m) => log.error(String(m)) },
  });
  const app = express();
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxySetting(process.env.TRUST_PROXY));
  app.use(helmet({ contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } }, referrerPolicy: { policy: 'no-referrer' } }));

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    formatError: (f) => formatGatewayError(f),
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    introspection: true,
    parseOptions: { maxTokens: 5000 },
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  try {
    await apollo.start();
  } catch (e) {
    supergraph.stop();
    throw e;
  }

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', (_req, res) => {
    res.json({ status: 'ready', subgraphs: supergraph.state() });
  });
  app.use(
    '/graphql',
    cors({ origin: config.corsOrigins.length ? config.corsOrigins : false, credentials: false, maxAge: 600 }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const forward: Record<string, string> = {};
        for (const h of FORWARDED) {
          const v = req.headers[h];
          if (typeof v === 'string') forward[h] = v;
        }
        if (req.ip) forward['x-forwarded-for'] = req.ip;
        return { forward };
      },
    }),
  );
  app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const e = err as { type?: string; status?: number };
    if (e?.type === 'entity.too.large') return res.status(413).json({ errors: [{ message: 'Request body over 1 MB', extensions: { code: 'BAD_USER_INPUT' } }] });
    if (e?.status && e.status >= 400 && e.status < 500) return res.status(e.status).json({ errors: [{ message: 'Bad request', extensions: { code: 'BAD_USER_INPUT' } }] });
    log.error('unhandled http error', { err: String((err as Error)?.stack ?? err) });
    return res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', (e: NodeJS.ErrnoException) => reject(e.code === 'EADDRINUSE' ? new Error(`port ${config.port} on ${config.host} is already in use; set GATEWAY_PORT`) : e));
      httpServer.listen(config.port, config.host, resolve);
    });
  } catch (e) {
    await apollo.stop();
    throw e;
  }
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://${config.host}:${port}/graphql`,
    httpServer,
    supergraph,
    state: () => supergraph.state(),
    async stop() {
      await apollo.stop(); // stops the gateway, its polling (cleanup) and drains the HTTP server
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
    },
  };
}
