import { MigrationInterface, QueryRunner } from 'typeorm';

export class Jobs1795893685520 implements MigrationInterface {
  name = 'Jobs1795893685520';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`job\` (\`id\` int NOT NULL AUTO_INCREMENT, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', \`type\` varchar(32) NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'QUEUED', \`dedupe_key\` varchar(200) NULL, \`target_type\` varchar(40) NULL, \`target_id\` int NULL, \`input_json\` text NOT NULL, \`backend\` varchar(16) NOT NULL, \`progress\` int NOT NULL DEFAULT '0', \`done\` int NULL, \`total\` int NULL, \`step\` varchar(100) NULL, \`summary\` varchar(1000) NULL, \`result_json\` text NULL, \`error\` varchar(1000) NULL, \`error_code\` varchar(32) NULL, \`attempts\` int NOT NULL DEFAULT '0', \`created_by_id\` int NULL, \`created_by\` varchar(200) NOT NULL, \`instance\` varchar(200) NULL, \`heartbeat_at\` datetime NULL, \`started_at\` datetime NULL, \`finished_at\` datetime NULL, \`input_name\` varchar(200) NULL, \`result_name\` varchar(200) NULL, \`result_type\` varchar(120) NULL, \`result_size\` int NULL, INDEX \`idx_job_created\` (\`created_at\`), INDEX \`idx_job_target\` (\`target_type\`, \`target_id\`), INDEX \`idx_job_status\` (\`status\`), UNIQUE INDEX \`uq_job_dedupe_key\` (\`dedupe_key\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`job_file\` (\`id\` int NOT NULL AUTO_INCREMENT, \`job_id\` int NOT NULL, \`role\` varchar(8) NOT NULL, \`seq\` int NOT NULL, \`data\` blob NOT NULL, UNIQUE INDEX \`uq_job_file_chunk\` (\`job_id\`, \`role\`, \`seq\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`job_file\` ADD CONSTRAINT \`FK_2563771e6c73683698cca5cd475\` FOREIGN KEY (\`job_id\`) REFERENCES \`job\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`job_file\` DROP FOREIGN KEY \`FK_2563771e6c73683698cca5cd475\``);
    await queryRunner.query(`DROP INDEX \`uq_job_file_chunk\` ON \`job_file\``);
    await queryRunner.query(`DROP TABLE \`job_file\``);
    await queryRunner.query(`DROP INDEX \`uq_job_dedupe_key\` ON \`job\``);
    await queryRunner.query(`DROP INDEX \`idx_job_status\` ON \`job\``);
    await queryRunner.query(`DROP INDEX \`idx_job_target\` ON \`job\``);
    await queryRunner.query(`DROP INDEX \`idx_job_created\` ON \`job\``);
    await queryRunner.query(`DROP TABLE \`job\``);
  }
}
