import { MigrationInterface, QueryRunner } from 'typeorm';

export class Replicas1795893705064 implements MigrationInterface {
  name = 'Replicas1795893705064';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`replica_heartbeat\` (\`id\` int NOT NULL, \`beat_us\` bigint NOT NULL, PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`write_mark\` (\`actor_key\` varchar(100) NOT NULL, \`written_at_ms\` bigint NOT NULL, PRIMARY KEY (\`actor_key\`)) ENGINE=InnoDB`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE \`write_mark\``);
    await queryRunner.query(`DROP TABLE \`replica_heartbeat\``);
  }
}
