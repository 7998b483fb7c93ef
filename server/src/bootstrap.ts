import { DataSource, Logger } from 'typeorm';
import { AppConfig, requestLimits } from './config/config';
import { CountingLogger, createDataSource } from './config/data-source';
import { createApp, App } from './app';
import { services } from './services';
import { generatePassword } from './modules/auth/password';
import { Street } from './modules/area/street.entity';
import { loadDemoDistrict, loadDemoRounds } from './seed/load-demo';
import { log } from './common/log';

export interface Started {
  ds: DataSource;
  app: App;
  /** Set when this start created the first ADMIN with a generated password (printed once). */
  generatedAdminPassword: string | null;
  demoLoaded: boolean;
}

/** Opens the database, applies pending migrations, creates the first ADMIN and the demo district when due. */
export async function bootstrap(config: AppConfig, logger?: Logger): Promise<Started> {
  // LOG_QUERIES=true prints every SQL statement to stdout as `[sql] …` (debugging; `npm run bench` counts them)
  logger ??= config.logQueries ? new CountingLogger(true) : undefined;
  const ds = await createDataSource(config.databaseUrl, logger, requestLimits(config).statementTimeoutMs, config.replicaUrls ?? []);
  await ds.initialize();
  const applied = await ds.runMigrations({ transaction: 'each' });
  if (applied.length) log.info('migrations applied', { migrations: applied.map((m) => m.name) });
  const app = await createApp({ config, dataSource: ds });

  const password = config.adminPassword ?? generatePassword();
  const created = await services({ ds }).auth.ensureFirstAdmin(config.adminEmail, password);

  let demoLoaded = false;
  if (config.demoData && (await ds.getRepository(Street).count()) === 0) {
    const t = Date.now();
    const counts = { ...(await loadDemoDistrict(ds)), ...(await loadDemoRounds(ds)) };
    demoLoaded = true;
    log.info('demo district loaded', { ...counts, ms: Date.now() - t });
  }
  return { ds, app, generatedAdminPassword: created && !config.adminPassword ? password : null, demoLoaded };
}
