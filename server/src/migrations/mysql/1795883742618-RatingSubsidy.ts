import { MigrationInterface, QueryRunner } from 'typeorm';

export class RatingSubsidy1795883742618 implements MigrationInterface {
  name = 'RatingSubsidy1795883742618';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`rating_round\` (\`id\` int NOT NULL AUTO_INCREMENT, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(200) NOT NULL, \`assessed_on\` date NOT NULL, \`scheme_json\` text NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'DRAFT', \`center_count\` int NOT NULL DEFAULT '0', \`computed_at\` datetime NULL, \`computed_by_id\` int NULL, \`finalized_at\` datetime NULL, \`finalized_by_id\` int NULL, PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`center_rating\` (\`id\` int NOT NULL AUTO_INCREMENT, \`round_id\` int NOT NULL, \`center_id\` int NOT NULL, \`level\` varchar(8) NOT NULL, \`rule\` varchar(16) NOT NULL, \`years_open\` int NOT NULL, \`floor_area_centi\` int NOT NULL, \`plaque_date\` date NOT NULL, \`elderly_count\` int NOT NULL, \`disabled_count\` int NOT NULL, \`service_input_tenths\` int NOT NULL, \`service_score\` int NULL, \`area_score\` int NULL, \`seniority_score\` int NULL, \`population_score\` int NULL, \`total\` int NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`idx_center_rating_round_level\` (\`round_id\`, \`level\`), INDEX \`idx_center_rating_center\` (\`center_id\`), UNIQUE INDEX \`uq_center_rating_round_center\` (\`round_id\`, \`center_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`rectification\` (\`id\` int NOT NULL AUTO_INCREMENT, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', \`round_id\` int NOT NULL, \`center_id\` int NOT NULL, \`level\` varchar(8) NOT NULL, \`due_on\` date NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'OPEN', \`note\` varchar(1000) NULL, \`submitted_on\` date NULL, \`closed_on\` date NULL, INDEX \`idx_rectification_status_due\` (\`status\`, \`due_on\`), INDEX \`idx_rectification_center_status\` (\`center_id\`, \`status\`), UNIQUE INDEX \`uq_rectification_round_center\` (\`round_id\`, \`center_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`subsidy_round\` (\`id\` int NOT NULL AUTO_INCREMENT, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updated_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), \`version\` int NOT NULL DEFAULT '1', \`name\` varchar(200) NOT NULL, \`fiscal_year\` int NOT NULL, \`fund_source\` varchar(100) NOT NULL DEFAULT '市福彩公益金', \`budget_fen\` bigint NOT NULL, \`rating_round_id\` int NOT NULL, \`mode\` varchar(24) NOT NULL, \`levels_json\` text NOT NULL, \`status\` varchar(16) NOT NULL DEFAULT 'DRAFT', \`effective_mode\` varchar(16) NULL, \`allocated_fen\` bigint NOT NULL, \`unallocated_fen\` bigint NOT NULL, \`computed_at\` datetime NULL, \`computed_by_id\` int NULL, \`computed_by\` varchar(200) NULL, \`approved_at\` datetime NULL, \`approved_by_id\` int NULL, \`approved_by\` varchar(200) NULL, INDEX \`idx_subsidy_round_rating\` (\`rating_round_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`subsidy_allocation\` (\`id\` int NOT NULL AUTO_INCREMENT, \`round_id\` int NOT NULL, \`center_id\` int NOT NULL, \`level\` varchar(8) NOT NULL, \`weight_milli\` int NULL, \`demand_fen\` bigint NULL, \`amount_fen\` bigint NOT NULL, \`reason\` varchar(24) NULL, \`created_at\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`idx_allocation_center\` (\`center_id\`), UNIQUE INDEX \`uq_allocation_round_center\` (\`round_id\`, \`center_id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`center_rating\` ADD CONSTRAINT \`FK_56269f2474b5e3977dcf7d5c902\` FOREIGN KEY (\`round_id\`) REFERENCES \`rating_round\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`center_rating\` ADD CONSTRAINT \`FK_16ec4f7be2f8eb524cedd54cb04\` FOREIGN KEY (\`center_id\`) REFERENCES \`center\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`rectification\` ADD CONSTRAINT \`FK_f40ebc2ad9d6fc6c2622da52b54\` FOREIGN KEY (\`round_id\`) REFERENCES \`rating_round\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`rectification\` ADD CONSTRAINT \`FK_06e8e0409b82fa6e47780f21531\` FOREIGN KEY (\`center_id\`) REFERENCES \`center\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`subsidy_round\` ADD CONSTRAINT \`FK_8f1d45796e356d14dc66d4065af\` FOREIGN KEY (\`rating_round_id\`) REFERENCES \`rating_round\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`subsidy_allocation\` ADD CONSTRAINT \`FK_126e19d2e3c8b61cade5109d444\` FOREIGN KEY (\`round_id\`) REFERENCES \`subsidy_round\`(\`id\`) ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE \`subsidy_allocation\` ADD CONSTRAINT \`FK_49f44086ed65b06b961eabc7095\` FOREIGN KEY (\`center_id\`) REFERENCES \`center\`(\`id\`) ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`subsidy_allocation\` DROP FOREIGN KEY \`FK_49f44086ed65b06b961eabc7095\``);
    await queryRunner.query(`ALTER TABLE \`subsidy_allocation\` DROP FOREIGN KEY \`FK_126e19d2e3c8b61cade5109d444\``);
    await queryRunner.query(`ALTER TABLE \`subsidy_round\` DROP FOREIGN KEY \`FK_8f1d45796e356d14dc66d4065af\``);
    await queryRunner.query(`ALTER TABLE \`rectification\` DROP FOREIGN KEY \`FK_06e8e0409b82fa6e47780f21531\``);
    await queryRunner.query(`ALTER TABLE \`rectification\` DROP FOREIGN KEY \`FK_f40ebc2ad9d6fc6c2622da52b54\``);
    await queryRunner.query(`ALTER TABLE \`center_rating\` DROP FOREIGN KEY \`FK_16ec4f7be2f8eb524cedd54cb04\``);
    await queryRunner.query(`ALTER TABLE \`center_rating\` DROP FOREIGN KEY \`FK_56269f2474b5e3977dcf7d5c902\``);
    await queryRunner.query(`DROP INDEX \`uq_allocation_round_center\` ON \`subsidy_allocation\``);
    await queryRunner.query(`DROP INDEX \`idx_allocation_center\` ON \`subsidy_allocation\``);
    await queryRunner.query(`DROP TABLE \`subsidy_allocation\``);
    await queryRunner.query(`DROP INDEX \`idx_subsidy_round_rating\` ON \`subsidy_round\``);
    await queryRunner.query(`DROP TABLE \`subsidy_round\``);
    await queryRunner.query(`DROP INDEX \`uq_rectification_round_center\` ON \`rectification\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_center_status\` ON \`rectification\``);
    await queryRunner.query(`DROP INDEX \`idx_rectification_status_due\` ON \`rectification\``);
    await queryRunner.query(`DROP TABLE \`rectification\``);
    await queryRunner.query(`DROP INDEX \`uq_center_rating_round_center\` ON \`center_rating\``);
    await queryRunner.query(`DROP INDEX \`idx_center_rating_center\` ON \`center_rating\``);
    await queryRunner.query(`DROP INDEX \`idx_center_rating_round_level\` ON \`center_rating\``);
    await queryRunner.query(`DROP TABLE \`center_rating\``);
    await queryRunner.query(`DROP TABLE \`rating_round\``);
  }
}
