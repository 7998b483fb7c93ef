/**
 * Builds the supergraph for @apollo/gateway from the configured subgraphs: fetches each one's SDL
 * (`_service { sdl }`, or a file), composes them with @apollo/composition and keeps polling. Unlike
 * IntrospectAndCompose (deprecated, and all-or-nothing at start) it
 *  - waits at start only for `required` subgraphs (ElderGraph), retrying until they answer;
 *  - composes the other subgraphs in as soon as they can be reached, and keeps a subgraph's last SDL while it is
 *    down, so its fields stay in the schema and fail alone (null + an error) instead of vanishing;
 *  - recomposes when an SDL changes and keeps serving the previous supergraph when a new composition fails.
 */
import fs from 'node:fs';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import type { SupergraphManager, SupergraphSdlHook } from '@apollo/gateway';

type SupergraphSdlHookOptions = Parameters<SupergraphSdlHook>[0];
import { log } from '../common/log';
import type { SubgraphConfig } from './gateway-config';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One subgraph's SDL: from its file, or from `_service { sdl }` over HTTP. */
export async function fetchSdl(s: SubgraphConfig, timeoutMs = 5000): Promise<string> {
  if (s.sdlFile) return fs.readFileSync(s.sdlFile, 'utf8');
  const res = await fetch(s.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...s.sdlHeaders },
    body: JSON.stringify({ query: 'query __ApolloGetServiceDefinition__ { _service { sdl } }' }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = (await res.json().catch(() => null)) as { data?: { _service?: { sdl?: string } }; errors?: { message: string }[] } | null;
  const sdl = body?.data?._service?.sdl;
  if (!sdl) throw new Error(`HTTP ${res.status}${body?.errors?.length ? `: ${body.errors[0].message}` : ''}`);
  return sdl;
}

export interface SupergraphState {
  /** Subgraphs in the current composition */
  composed: string[];
  /** Subgraphs whose last SDL fetch failed, with the reason */
  unreachable: Record<string, string>;
}

export class ComposingSupergraph implements SupergraphManager {
  private readonly sdls = new Map<string, string>();
  private readonly failures = new Map<string, string>();
  private current: string | null = null;
  private composedNames: string[] = [];
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly subgraphs: SubgraphConfig[],
    private readonly pollIntervalMs: number,
    private readonly fetcher: (s: SubgraphConfig) => Promise<string> = (s) => fetchSdl(s),
  ) {}

  state(): SupergraphState {
    return { composed: [...this.composedNames], unreachable: Object.fromEntries(this.failures) };
  }

  /** Fetches every SDL once; true when one is new or changed. */
  private async refresh(): Promise<boolean> {
    let changed = false;
    await Promise.all(
      this.subgraphs.map(async (s) => {
        try {
          const sdl = await this.fetcher(s);
          if (this.failures.delete(s.name)) log.info('subgraph reachable again', { subgraph: s.name });
          if (this.sdls.get(s.name) !== sdl) {
            this.sdls.set(s.name, sdl);
            changed = true;
          }
        } catch (e) {
          const reason = String((e as Error)?.message ?? e);
          if (!this.failures.has(s.name)) log.warn('subgraph unreachable: keeping its last schema', { subgraph: s.name, url: s.url, reason, known: this.sdls.has(s.name) });
          this.failures.set(s.name, reason);
        }
      }),
    );
    return changed;
  }

  /** Composes every subgraph whose SDL is known; throws with composition errors. */
  private compose(): string {
    const services = this.subgraphs.filter((s) => this.sdls.has(s.name)).map((s) => ({ name: s.name, url: s.url, typeDefs: parse(this.sdls.get(s.name)!) }));
    const result = composeServices(services);
    if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
    this.composedNames = services.map((s) => s.name);
    return result.supergraphSdl;
  }

  async initialize({ update }: SupergraphSdlHookOptions): Promise<{ supergraphSdl: string; cleanup: () => Promise<void> }> {
    const required = this.subgraphs.filter((s) => s.required);
    for (let attempt = 1; ; attempt++) {
      await this.refresh();
      const missing = required.filter((s) => !this.sdls.has(s.name)).map((s) => s.name);
      if (!missing.length && this.sdls.size) break;
      if (this.stopped) throw new Error('gateway stopped while waiting for its subgraphs');
      if (attempt === 1 || attempt % 10 === 0) log.warn('waiting for required subgraphs', { missing: missing.length ? missing : this.subgraphs.map((s) => s.name) });
      await sleep(Math.min(5000, 250 * attempt));
    }
    this.current = this.compose();
    log.info('supergraph composed', this.state() as unknown as Record<string, unknown>);
    const poll = async () => {
      if (this.stopped) return;
      try {
        if (await this.refresh()) {
          const next = this.compose();
          if (next !== this.current) {
            this.current = next;
            update(next);
            log.info('supergraph recomposed', this.state() as unknown as Record<string, unknown>);
          }
        }
      } catch (e) {
        log.error('recomposition failed: still serving the previous supergraph', { err: String((e as Error)?.message ?? e) });
      } finally {
        if (!this.stopped) this.timer = setTimeout(poll, this.pollIntervalMs);
      }
    };
    this.timer = setTimeout(poll, this.pollIntervalMs);
    return {
      supergraphSdl: this.current,
      cleanup: async () => {
        this.stopped = true;
        if (this.timer) clearTimeout(this.timer);
      },
    };
  }

  /** Stops a start that is still waiting for required subgraphs. */
  stop() {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }
}
