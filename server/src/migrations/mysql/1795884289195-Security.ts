import { MigrationInterface, QueryRunner } from 'typeorm';

export class Security1795884289195 implements MigrationInterface {
  name = 'Security1795884289195';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`api_key\` (\`id\` int NOT NULL AUTO_INCREMENT, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(100) NOT NULL, \`prefix\` varchar(16) NOT NULL, \`key_hash\` varchar(64) NOT NULL, \`scopes_json\` varchar(1000) NOT NULL, \`expires_at\` datetime NULL, \`revoked_at\` datetime NULL, \`last_used_at\` datetime NULL, \`created_by_id\` int NULL, UNIQUE INDEX \`uq_api_key_prefix\` (\`prefix\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`auth_throttle\` (\`key\` varchar(200) NOT NULL, \`failures\` int NOT NULL DEFAULT '0', \`window_start\` datetime NOT NULL, \`locked_until\` datetime NULL, PRIMARY KEY (\`key\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`rate_limit\` (\`bucket_key\` varchar(100) NOT NULL, \`window_start\` bigint NOT NULL, \`cost\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`bucket_key\`, \`window_start\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`audit_head\` (\`id\` int NOT NULL, \`last_hash\` varchar(64) NOT NULL, \`last_id\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`audit_log\` ADD \`prev_hash\` varchar(64) NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE \`audit_log\` ADD \`hash\` varchar(64) NOT NULL DEFAULT ''`);
    // the audit chain's head row (audit_log entries before this migration stay unchained: hash '')
    await queryRunner.query(`INSERT INTO audit_head (id, last_hash, last_id) VALUES (1, '', 0)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`audit_log\` DROP COLUMN \`hash\``);
    await queryRunner.query(`ALTER TABLE \`audit_log\` DROP COLUMN \`prev_hash\``);
    await queryRunner.query(`DROP TABLE \`audit_head\``);
    await queryRunner.query(`DROP TABLE \`rate_limit\``);
    await queryRunner.query(`DROP TABLE \`auth_throttle\``);
    await queryRunner.query(`DROP INDEX \`uq_api_key_prefix\` ON \`api_key\``);
    await queryRunner.query(`DROP TABLE \`api_key\``);
  }
}
