/**
 * Generates the next migration for both databases from the entities (like `typeorm migration:generate`):
 * applies the committed migrations to a scratch database, asks TypeORM's schema builder what is missing,
 * and writes src/migrations/<db>/<timestamp>-<Name>.ts.
 *
 *   npm run build -w server && node server/dist/tools/generate-migration.js Name [mysql://root@127.0.0.1:3306]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { createDataSource } from '../config/data-source';

function render(className: string, up: { query: string }[], down: { query: string }[]): string {
  const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
  return `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map((u) => `    await queryRunner.query(${q(u.query)});`).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down.reverse().map((d) => `    await queryRunner.query(${q(d.query)});`).join('\n')}
  }
}
`;
}

async function generate(kind: 'sqlite' | 'mysql', url: string, name: string, ts: number) {
  const base = await createDataSource(url);
  const ds = new DataSource({ ...base.options, migrations: [path.join(__dirname, '..', 'migrations', kind, '*.js')] } as never);
  await ds.initialize();
  try {
    await ds.runMigrations();
    const sql = await ds.driver.createSchemaBuilder().log();
    if (!sql.upQueries.length) {
      console.log(`${kind}: schema is up to date, nothing to generate`);
      return;
    }
    const className = `${name}${ts}`;
    const file = path.join(__dirname, '..', '..', 'src', 'migrations', kind, `${ts}-${name}.ts`);
    fs.writeFileSync(file, render(className, sql.upQueries, sql.downQueries));
    console.log(`${kind}: wrote ${path.relative(process.cwd(), file)} (${sql.upQueries.length} statements)`);
  } finally {
    await ds.destroy();
  }
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate-migration.js PascalCaseName [mysql-server-url]');
  const server = process.argv[3] ?? 'mysql://root@127.0.0.1:3306';
  const ts = Date.now();
  const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eg-mig-')), 'scratch.sqlite');
  await generate('sqlite', `sqlite:${tmp}`, name, ts);
  const db = `eg_migrate_${process.pid}`;
  const conn = await mysql.createConnection(server);
  await conn.query(`CREATE DATABASE \`${db}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  try {
    await generate('mysql', `${server}/${db}`, name, ts);
  } finally {
    await conn.query(`DROP DATABASE \`${db}\``);
    await conn.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
