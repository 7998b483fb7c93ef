import { MigrationInterface, QueryRunner } from 'typeorm';

export class Security1795884289195 implements MigrationInterface {
  name = 'Security1795884289195';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "api_key" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1), "name" varchar(100) NOT NULL, "prefix" varchar(16) NOT NULL, "key_hash" varchar(64) NOT NULL, "scopes_json" varchar(1000) NOT NULL, "expires_at" datetime, "revoked_at" datetime, "last_used_at" datetime, "created_by_id" integer)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_key_prefix" ON "api_key" ("prefix") `);
    await queryRunner.query(`CREATE TABLE "auth_throttle" ("key" varchar(200) PRIMARY KEY NOT NULL, "failures" integer NOT NULL DEFAULT (0), "window_start" datetime NOT NULL, "locked_until" datetime)`);
    await queryRunner.query(`CREATE TABLE "rate_limit" ("bucket_key" varchar(100) NOT NULL, "window_start" bigint NOT NULL, "cost" integer NOT NULL DEFAULT (0), PRIMARY KEY ("bucket_key", "window_start"))`);
    await queryRunner.query(`CREATE TABLE "audit_head" ("id" integer PRIMARY KEY NOT NULL, "last_hash" varchar(64) NOT NULL, "last_id" integer NOT NULL DEFAULT (0))`);
    await queryRunner.query(`DROP INDEX "idx_audit_entity"`);
    await queryRunner.query(`CREATE TABLE "temporary_audit_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime NOT NULL DEFAULT (datetime('now')), "actor_kind" varchar(16) NOT NULL, "actor_id" integer, "actor_name" varchar(200) NOT NULL, "action" varchar(32) NOT NULL, "entity" varchar(64) NOT NULL, "entity_id" varchar(64), "before" text, "after" text, "request_id" varchar(64), "prev_hash" varchar(64) NOT NULL DEFAULT (''), "hash" varchar(64) NOT NULL DEFAULT (''))`);
    await queryRunner.query(`INSERT INTO "temporary_audit_log"("id", "at", "actor_kind", "actor_id", "actor_name", "action", "entity", "entity_id", "before", "after", "request_id") SELECT "id", "at", "actor_kind", "actor_id", "actor_name", "action", "entity", "entity_id", "before", "after", "request_id" FROM "audit_log"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`ALTER TABLE "temporary_audit_log" RENAME TO "audit_log"`);
    await queryRunner.query(`CREATE INDEX "idx_audit_entity" ON "audit_log" ("entity", "entity_id") `);
    // the audit chain's head row (audit_log entries before this migration stay unchained: hash '')
    await queryRunner.query(`INSERT INTO audit_head (id, last_hash, last_id) VALUES (1, '', 0)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_audit_entity"`);
    await queryRunner.query(`ALTER TABLE "audit_log" RENAME TO "temporary_audit_log"`);
    await queryRunner.query(`CREATE TABLE "audit_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime NOT NULL DEFAULT (datetime('now')), "actor_kind" varchar(16) NOT NULL, "actor_id" integer, "actor_name" varchar(200) NOT NULL, "action" varchar(32) NOT NULL, "entity" varchar(64) NOT NULL, "entity_id" varchar(64), "before" text, "after" text, "request_id" varchar(64))`);
    await queryRunner.query(`INSERT INTO "audit_log"("id", "at", "actor_kind", "actor_id", "actor_name", "action", "entity", "entity_id", "before", "after", "request_id") SELECT "id", "at", "actor_kind", "actor_id", "actor_name", "action", "entity", "entity_id", "before", "after", "request_id" FROM "temporary_audit_log"`);
    await queryRunner.query(`DROP TABLE "temporary_audit_log"`);
    await queryRunner.query(`CREATE INDEX "idx_audit_entity" ON "audit_log" ("entity", "entity_id") `);
    await queryRunner.query(`DROP TABLE "audit_head"`);
    await queryRunner.query(`DROP TABLE "rate_limit"`);
    await queryRunner.query(`DROP TABLE "auth_throttle"`);
    await queryRunner.query(`DROP INDEX "uq_api_key_prefix"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
  }
}
