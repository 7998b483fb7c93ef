import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795883288652 implements MigrationInterface {
  name = 'Initial1795883288652';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`street\` (\`id\` int NOT NULL AUTO_INCREMENT, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(100) NOT NULL, UNIQUE INDEX \`uq_street_name\` (\`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`community\` (\`id\` int NOT NULL AUTO_INCREMENT, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(100) NOT NULL, \`street_id\` int NOT NULL, UNIQUE INDEX \`uq_community_street_name\` (\`street_id\`, \`name\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`association\` (\`id\` int NOT NULL AUTO_INCREMENT, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(200) NOT NULL, \`level\` varchar(16) NOT NULL, \`street_id\` int NOT NULL, \`community_id\` int NULL, \`president_name\` varchar(50) NULL, \`phone\` varchar(30) NULL, \`member_count\` int NOT NULL DEFAULT '0', \`founded_on\` date NULL, INDEX \`idx_association_community\` (\`community_id\`), INDEX \`idx_association_street\` (\`street_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`center\` (\`id\` int NOT NULL AUTO_INCREMENT, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', \`code\` varchar(32) NOT NULL, \`name\` varchar(200) NOT NULL, \`community_id\` int NOT NULL, \`address\` varchar(300) NOT NULL DEFAULT '', \`floor_area_centi\` int NOT NULL, \`plaque_date\` date NOT NULL, \`elderly_count\` int NOT NULL, \`disabled_count\` int NOT NULL, \`service_score_tenths\` int NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'ACTIVE', \`association_id\` int NULL, \`contact_name\` varchar(50) NULL, \`contact_phone\` varchar(30) NULL, UNIQUE INDEX \`uq_center_code\` (\`code\`), INDEX \`idx_center_status\` (\`status\`), INDEX \`idx_center_association\` (\`association_id\`), INDEX \`idx_center_community\` (\`community_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`resident\` (\`id\` int NOT NULL AUTO_INCREMENT, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(50) NOT NULL, \`gender\` varchar(8) NOT NULL, \`id_number\` varchar(18) NOT NULL, \`birth_date\` date NOT NULL, \`phone\` varchar(30) NULL, \`community_id\` int NOT NULL, \`household_registered\` tinyint NOT NULL DEFAULT 1, \`has_employer\` tinyint NOT NULL DEFAULT 0, \`hardship\` tinyint NOT NULL DEFAULT 0, \`disabled\` tinyint NOT NULL DEFAULT 0, \`residence\` varchar(24) NOT NULL DEFAULT 'HOME', \`association_id\` int NULL, \`deceased_on\` date NULL, UNIQUE INDEX \`uq_resident_id_number\` (\`id_number\`), INDEX \`idx_resident_name\` (\`name\`), INDEX \`idx_resident_association\` (\`association_id\`), INDEX \`idx_resident_birth\` (\`birth_date\`), INDEX \`idx_resident_community_birth\` (\`community_id\`, \`birth_date\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`health_exam\` (\`id\` int NOT NULL AUTO_INCREMENT, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', \`resident_id\` int NOT NULL, \`year\` int NOT NULL, \`scheduled_on\` date NOT NULL, \`provider\` varchar(200) NOT NULL DEFAULT '', \`status\` varchar(16) NOT NULL DEFAULT 'SCHEDULED', \`completed_on\` date NULL, \`notes\` varchar(1000) NULL, INDEX \`idx_exam_year_status\` (\`year\`, \`status\`), UNIQUE INDEX \`uq_exam_resident_year\` (\`resident_id\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`visit\` (\`id\` int NOT NULL AUTO_INCREMENT, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', \`visited_on\` date NOT NULL, \`occasion\` varchar(24) NOT NULL, \`resident_id\` int NULL, \`center_id\` int NULL, \`cash_fen\` bigint NOT NULL, \`goods\` varchar(500) NULL, \`visiting_unit\` varchar(200) NOT NULL DEFAULT '', INDEX \`idx_visit_center\` (\`center_id\`), INDEX \`idx_visit_resident\` (\`resident_id\`), INDEX \`idx_visit_date\` (\`visited_on\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`project\` (\`id\` int NOT NULL AUTO_INCREMENT, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(200) NOT NULL, \`category\` varchar(32) NOT NULL, \`status\` varchar(32) NOT NULL DEFAULT 'PROPOSED', \`total_investment_fen\` bigint NOT NULL, \`floor_area_centi\` int NULL, \`beds_added\` int NOT NULL DEFAULT '0', \`started_on\` date NULL, \`planned_completion_on\` date NULL, \`completed_on\` date NULL, \`lead_unit\` varchar(200) NOT NULL DEFAULT '', \`approval_ref\` varchar(100) NULL, INDEX \`idx_project_status\` (\`status\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`project_progress\` (\`id\` int NOT NULL AUTO_INCREMENT, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', \`project_id\` int NOT NULL, \`reported_on\` date NOT NULL, \`percent\` int NOT NULL, \`note\` varchar(1000) NOT NULL DEFAULT '', INDEX \`idx_progress_project\` (\`project_id\`, \`reported_on\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`user\` (\`id\` int NOT NULL AUTO_INCREMENT, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', \`email\` varchar(200) NOT NULL, \`name\` varchar(100) NOT NULL, \`role\` varchar(16) NOT NULL, \`active\` tinyint NOT NULL DEFAULT 1, \`password_hash\` varchar(255) NOT NULL, \`token_version\` int NOT NULL DEFAULT '1', \`last_login_at\` datetime NULL, UNIQUE INDEX \`uq_user_email\` (\`email\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`audit_log\` (\`id\` int NOT NULL AUTO_INCREMENT, \`at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`actor_kind\` varchar(16) NOT NULL, \`actor_id\` int NULL, \`actor_name\` varchar(200) NOT NULL, \`action\` varchar(32) NOT NULL, \`entity\` varchar(64) NOT NULL, \`entity_id\` varchar(64) NULL, \`before\` text NULL, \`after\` text NULL, \`request_id\` varchar(64) NULL, INDEX \`idx_audit_entity\` (\`entity\`, \`entity_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`community\` ADD CONSTRAINT \`FK_e62f1d0a841557560335b846ac4\` FOREIGN KEY (\`street_id\`) REFERENCES \`street\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`association\` ADD CONSTRAINT \`FK_4abc904447b7c0abe14d1c242a3\` FOREIGN KEY (\`street_id\`) REFERENCES \`street\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`association\` ADD CONSTRAINT \`FK_2bbe7d2720a7554c2f160320c1d\` FOREIGN KEY (\`community_id\`) REFERENCES \`community\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`center\` ADD CONSTRAINT \`FK_03e8a7b2a2c08db8d019f79d25c\` FOREIGN KEY (\`community_id\`) REFERENCES \`community\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`center\` ADD CONSTRAINT \`FK_4c908d85a15e7f2108fd139cad0\` FOREIGN KEY (\`association_id\`) REFERENCES \`association\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`resident\` ADD CONSTRAINT \`FK_2c296beae8e0a64b5ee39e6b443\` FOREIGN KEY (\`community_id\`) REFERENCES \`community\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`resident\` ADD CONSTRAINT \`FK_437ce6d18560926afa3a89d361f\` FOREIGN KEY (\`association_id\`) REFERENCES \`association\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`health_exam\` ADD CONSTRAINT \`FK_f0af0b50377d4fb6faadce4102a\` FOREIGN KEY (\`resident_id\`) REFERENCES \`resident\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`visit\` ADD CONSTRAINT \`FK_83c5547fca362a10fc2eef98881\` FOREIGN KEY (\`resident_id\`) REFERENCES \`resident\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`visit\` ADD CONSTRAINT \`FK_9f23cbefcc2222eedf3bd65171f\` FOREIGN KEY (\`center_id\`) REFERENCES \`center\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`project_progress\` ADD CONSTRAINT \`FK_341710327302fc4946b5b1ff83f\` FOREIGN KEY (\`project_id\`) REFERENCES \`project\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`project_progress\` DROP FOREIGN KEY \`FK_341710327302fc4946b5b1ff83f\``);
    await queryRunner.query(`ALTER TABLE \`visit\` DROP FOREIGN KEY \`FK_9f23cbefcc2222eedf3bd65171f\``);
    await queryRunner.query(`ALTER TABLE \`visit\` DROP FOREIGN KEY \`FK_83c5547fca362a10fc2eef98881\``);
    await queryRunner.query(`ALTER TABLE \`health_exam\` DROP FOREIGN KEY \`FK_f0af0b50377d4fb6faadce4102a\``);
    await queryRunner.query(`ALTER TABLE \`resident\` DROP FOREIGN KEY \`FK_437ce6d18560926afa3a89d361f\``);
    await queryRunner.query(`ALTER TABLE \`resident\` DROP FOREIGN KEY \`FK_2c296beae8e0a64b5ee39e6b443\``);
    await queryRunner.query(`ALTER TABLE \`center\` DROP FOREIGN KEY \`FK_4c908d85a15e7f2108fd139cad0\``);
    await queryRunner.query(`ALTER TABLE \`center\` DROP FOREIGN KEY \`FK_03e8a7b2a2c08db8d019f79d25c\``);
    await queryRunner.query(`ALTER TABLE \`association\` DROP FOREIGN KEY \`FK_2bbe7d2720a7554c2f160320c1d\``);
    await queryRunner.query(`ALTER TABLE \`association\` DROP FOREIGN KEY \`FK_4abc904447b7c0abe14d1c242a3\``);
    await queryRunner.query(`ALTER TABLE \`community\` DROP FOREIGN KEY \`FK_e62f1d0a841557560335b846ac4\``);
    await queryRunner.query(`DROP INDEX \`idx_audit_entity\` ON \`audit_log\``);
    await queryRunner.query(`DROP TABLE \`audit_log\``);
    await queryRunner.query(`DROP INDEX \`uq_user_email\` ON \`user\``);
    await queryRunner.query(`DROP TABLE \`user\``);
    await queryRunner.query(`DROP INDEX \`idx_progress_project\` ON \`project_progress\``);
    await queryRunner.query(`DROP TABLE \`project_progress\``);
    await queryRunner.query(`DROP INDEX \`idx_project_status\` ON \`project\``);
    await queryRunner.query(`DROP TABLE \`project\``);
    await queryRunner.query(`DROP INDEX \`idx_visit_date\` ON \`visit\``);
    await queryRunner.query(`DROP INDEX \`idx_visit_resident\` ON \`visit\``);
    await queryRunner.query(`DROP INDEX \`idx_visit_center\` ON \`visit\``);
    await queryRunner.query(`DROP TABLE \`visit\``);
    await queryRunner.query(`DROP INDEX \`uq_exam_resident_year\` ON \`health_exam\``);
    await queryRunner.query(`DROP INDEX \`idx_exam_year_status\` ON \`health_exam\``);
    await queryRunner.query(`DROP TABLE \`health_exam\``);
    await queryRunner.query(`DROP INDEX \`idx_resident_community_birth\` ON \`resident\``);
    await queryRunner.query(`DROP INDEX \`idx_resident_birth\` ON \`resident\``);
    await queryRunner.query(`DROP INDEX \`idx_resident_association\` ON \`resident\``);
    await queryRunner.query(`DROP INDEX \`idx_resident_name\` ON \`resident\``);
    await queryRunner.query(`DROP INDEX \`uq_resident_id_number\` ON \`resident\``);
    await queryRunner.query(`DROP TABLE \`resident\``);
    await queryRunner.query(`DROP INDEX \`idx_center_community\` ON \`center\``);
    await queryRunner.query(`DROP INDEX \`idx_center_association\` ON \`center\``);
    await queryRunner.query(`DROP INDEX \`idx_center_status\` ON \`center\``);
    await queryRunner.query(`DROP INDEX \`uq_center_code\` ON \`center\``);
    await queryRunner.query(`DROP TABLE \`center\``);
    await queryRunner.query(`DROP INDEX \`idx_association_street\` ON \`association\``);
    await queryRunner.query(`DROP INDEX \`idx_association_community\` ON \`association\``);
    await queryRunner.query(`DROP TABLE \`association\``);
    await queryRunner.query(`DROP INDEX \`uq_community_street_name\` ON \`community\``);
    await queryRunner.query(`DROP TABLE \`community\``);
    await queryRunner.query(`DROP INDEX \`uq_street_name\` ON \`street\``);
    await queryRunner.query(`DROP TABLE \`street\``);
  }
}
