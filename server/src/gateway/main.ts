/**
 * `npm run gateway`: the federation gateway in front of ElderGraph and the partner subgraphs listed in
 * GATEWAY_CONFIG (default gateway.config.json at the repository root; see gateway-config.ts).
 */
import { loadGatewayConfig } from './gateway-config';
import { startGateway } from './gateway';
import { log } from '../common/log';

async function main() {
  const config = loadGatewayConfig();
  console.log(`Composing ${config.subgraphs.map((s) => `${s.name} (${s.url})`).join(', ')} …`);
  const gw = await startGateway(config);
  const { composed, unreachable } = gw.state();
  console.log(
    [
      '',
      'ElderGraph federation gateway is running',
      `  GraphQL:     ${gw.url}`,
      `  Subgraphs:   ${composed.join(', ')}${Object.keys(unreachable).length ? `   (unreachable, retried every ${config.pollIntervalMs / 1000} s: ${Object.keys(unreachable).join(', ')})` : ''}`,
      `  Health:      ${gw.url.replace(/\/graphql$/, '')}/healthz   ${gw.url.replace(/\/graphql$/, '')}/readyz`,
      '',
    ].join('\n'),
  );
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('gateway shutting down', { signal });
    setTimeout(() => process.exit(1), 15000).unref();
    await gw.stop().finally(() => process.exit(0));
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  console.error(`The gateway failed to start: ${(err as Error)?.message ?? err}`);
  process.exit(1);
});
