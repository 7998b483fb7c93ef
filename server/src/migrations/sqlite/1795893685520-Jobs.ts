import { MigrationInterface, QueryRunner } from 'typeorm';

export class Jobs1795893685520 implements MigrationInterface {
  name = 'Jobs1795893685520';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "job" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1), "type" varchar(32) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('QUEUED'), "dedupe_key" varchar(200), "target_type" varchar(40), "target_id" integer, "input_json" text NOT NULL, "backend" varchar(16) NOT NULL, "progress" integer NOT NULL DEFAULT (0), "done" integer, "total" integer, "step" varchar(100), "summary" varchar(1000), "result_json" text, "error" varchar(1000), "error_code" varchar(32), "attempts" integer NOT NULL DEFAULT (0), "created_by_id" integer, "created_by" varchar(200) NOT NULL, "instance" varchar(200), "heartbeat_at" datetime, "started_at" datetime, "finished_at" datetime, "input_name" varchar(200), "result_name" varchar(200), "result_type" varchar(120), "result_size" integer)`);
    await queryRunner.query(`CREATE INDEX "idx_job_created" ON "job" ("created_at") `);
    await queryRunner.query(`CREATE INDEX "idx_job_target" ON "job" ("target_type", "target_id") `);
    await queryRunner.query(`CREATE INDEX "idx_job_status" ON "job" ("status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_job_dedupe_key" ON "job" ("dedupe_key") `);
    await queryRunner.query(`CREATE TABLE "job_file" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "job_id" integer NOT NULL, "role" varchar(8) NOT NULL, "seq" integer NOT NULL, "data" blob NOT NULL, CONSTRAINT "FK_2563771e6c73683698cca5cd475" FOREIGN KEY ("job_id") REFERENCES "job" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_job_file_chunk" ON "job_file" ("job_id", "role", "seq") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "uq_job_file_chunk"`);
    await queryRunner.query(`DROP TABLE "job_file"`);
    await queryRunner.query(`DROP INDEX "uq_job_dedupe_key"`);
    await queryRunner.query(`DROP INDEX "idx_job_status"`);
    await queryRunner.query(`DROP INDEX "idx_job_target"`);
    await queryRunner.query(`DROP INDEX "idx_job_created"`);
    await queryRunner.query(`DROP TABLE "job"`);
  }
}
