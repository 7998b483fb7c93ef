import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One change to one record: who, when, which record, fields before and after. Append-only. */
@Entity('audit_log')
@Index('idx_audit_entity', ['entity', 'entityId'])
export class AuditLog {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @CreateDateColumn({ type: 'datetime', name: 'at' })
  at: Date;

  @Column({ type: 'varchar', length: 16, name: 'actor_kind' })
  actorKind: string;

  @Column({ type: 'int', name: 'actor_id', nullable: true })
  actorId: number | null;

  @Column({ type: 'varchar', length: 200, name: 'actor_name' })
  actorName: string;

  @Column({ type: 'varchar', length: 32 })
  action: string;

  @Column({ type: 'varchar', length: 64 })
  entity: string;

  @Column({ type: 'varchar', length: 64, name: 'entity_id', nullable: true })
  entityId: string | null;

  @Column({ type: 'text', nullable: true })
  before: string | null;

  @Column({ type: 'text', nullable: true })
  after: string | null;

  @Column({ type: 'varchar', length: 64, name: 'request_id', nullable: true })
  requestId: string | null;
}
