import 'reflect-metadata';
import { loadConfig } from './config/config';
import { bootstrap } from './bootstrap';
import { log } from './common/log';
import { explorerDist } from './modules/explorer/explorer';

async function main() {
  const config = loadConfig();
  const { ds, app, generatedAdminPassword } = await bootstrap(config);
  await new Promise<void>((resolve, reject) => {
    app.httpServer.once('error', (e: NodeJS.ErrnoException) =>
      reject(new Error(e.code === 'EADDRINUSE' ? `port ${config.port} on ${config.host} is already in use; set PORT to another port` : e.message)),
    );
    app.httpServer.listen(config.port, config.host, resolve);
  });
  const addr = app.httpServer.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  const base = `http://${config.host}:${port}`;
  const lines = [
    '',
    `ElderGraph is running (${config.dbType})`,
    `  Admin panel:  ${base}/${config.adminDist ? '' : '   (not built: npm start builds it)'}`,
    `  GraphQL API:  ${base}/graphql`,
    `  Explorer:     ${base}/explorer${explorerDist(config.explorerDist) ? '' : '   (not built: npm start builds it)'}`,
    `  Health:       ${base}/healthz   ${base}/readyz`,
  ];
  if (generatedAdminPassword) {
    lines.push('', 'First start: an ADMIN account was created. Note the password now; it is not shown again.', `  Email:    ${config.adminEmail}`, `  Password: ${generatedAdminPassword}`);
  }
  console.log(lines.join('\n') + '\n');

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    const timer = setTimeout(() => process.exit(1), 15000);
    timer.unref();
    try {
      await app.stop();
      await ds.destroy();
    } finally {
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('unhandledRejection', (err) => log.error('unhandled rejection', { err: String((err as Error)?.stack ?? err) }));
}

main().catch((err) => {
  console.error(`ElderGraph failed to start: ${(err as Error)?.message ?? err}`);
  log.error('start failed', { err: String((err as Error)?.stack ?? err) });
  process.exit(1);
});
