import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * utf8mb4_unicode_ci gives every character outside the Basic Multilingual Plane the same weight, so two
 * names that differ only in an emoji or a rare CJK Extension-B character collide as duplicates. The 520
 * collation (UCA 5.2.0, on MySQL 8 and MariaDB) tells them apart while staying case-insensitive.
 */
export class Collation1795888349970 implements MigrationInterface {
  name = 'Collation1795888349970';

  private async convert(queryRunner: QueryRunner, collation: string): Promise<void> {
    const tables: { name: string }[] = await queryRunner.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    await queryRunner.query(`ALTER DATABASE CHARACTER SET utf8mb4 COLLATE ${collation}`);
    for (const { name } of tables) await queryRunner.query(`ALTER TABLE \`${name}\` CONVERT TO CHARACTER SET utf8mb4 COLLATE ${collation}`);
  }

  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.convert(queryRunner, 'utf8mb4_unicode_520_ci');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await this.convert(queryRunner, 'utf8mb4_unicode_ci');
  }
}
