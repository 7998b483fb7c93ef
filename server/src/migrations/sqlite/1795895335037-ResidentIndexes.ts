import { MigrationInterface, QueryRunner } from 'typeorm';

export class ResidentIndexes1795895335037 implements MigrationInterface {
  name = 'ResidentIndexes1795895335037';

  // the new indexes first: MariaDB/MySQL keep an index on community_id for its foreign key at every step
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_resident_statistics" ON "resident" ("community_id", "birth_date", "deceased_on", "household_registered", "has_employer", "gender", "hardship", "disabled", "residence") `);
    await queryRunner.query(`CREATE INDEX "idx_resident_exam_eligibility" ON "resident" ("household_registered", "has_employer", "birth_date", "deceased_on", "community_id") `);
    await queryRunner.query(`CREATE INDEX "idx_resident_deceased" ON "resident" ("deceased_on") `);
    await queryRunner.query(`CREATE INDEX "idx_resident_registered" ON "resident" ("household_registered") `);
    await queryRunner.query(`CREATE INDEX "idx_resident_employer" ON "resident" ("has_employer") `);
    await queryRunner.query(`CREATE INDEX "idx_resident_disabled" ON "resident" ("disabled") `);
    await queryRunner.query(`CREATE INDEX "idx_resident_hardship" ON "resident" ("hardship") `);
    await queryRunner.query(`CREATE INDEX "idx_resident_residence" ON "resident" ("residence") `);
    await queryRunner.query(`CREATE INDEX "idx_resident_gender" ON "resident" ("gender") `);
    await queryRunner.query(`CREATE INDEX "idx_resident_created" ON "resident" ("created_at") `);
    await queryRunner.query(`CREATE INDEX "idx_resident_community" ON "resident" ("community_id") `);
    await queryRunner.query(`CREATE INDEX "idx_exam_year_resident" ON "health_exam" ("year", "resident_id", "status") `);
    await queryRunner.query(`DROP INDEX "idx_resident_community_birth"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "idx_resident_community_birth" ON "resident" ("community_id", "birth_date") `);
    await queryRunner.query(`DROP INDEX "idx_exam_year_resident"`);
    await queryRunner.query(`DROP INDEX "idx_resident_community"`);
    await queryRunner.query(`DROP INDEX "idx_resident_created"`);
    await queryRunner.query(`DROP INDEX "idx_resident_gender"`);
    await queryRunner.query(`DROP INDEX "idx_resident_residence"`);
    await queryRunner.query(`DROP INDEX "idx_resident_hardship"`);
    await queryRunner.query(`DROP INDEX "idx_resident_disabled"`);
    await queryRunner.query(`DROP INDEX "idx_resident_employer"`);
    await queryRunner.query(`DROP INDEX "idx_resident_registered"`);
    await queryRunner.query(`DROP INDEX "idx_resident_deceased"`);
    await queryRunner.query(`DROP INDEX "idx_resident_exam_eligibility"`);
    await queryRunner.query(`DROP INDEX "idx_resident_statistics"`);
  }
}
