import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateTimeScalar } from '../../common/scalars';

/** One change to one record: who, when, which record, fields before and after. Append-only. */
@ObjectType('AuditLogEntry', { description: 'One audited action: who, when, which record, fields before and after (ADMIN only)' })
@Entity('audit_log')
@Index('idx_audit_entity', ['entity', 'entityId'])
export class AuditLog {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ type: 'datetime', name: 'at' })
  at: Date;

  @Field(() => String, { description: 'USER, API_KEY or SYSTEM' })
  @Column({ type: 'varchar', length: 16, name: 'actor_kind' })
  actorKind: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', name: 'actor_id', nullable: true })
  actorId: number | null;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200, name: 'actor_name' })
  actorName: string;

  @Field(() => String, { description: 'CREATE, UPDATE, DELETE, LOGIN, EXPORT, COMPUTE, FINALIZE, APPROVE, …' })
  @Column({ type: 'varchar', length: 32 })
  action: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 64 })
  entity: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'varchar', length: 64, name: 'entity_id', nullable: true })
  entityId: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the changed fields before' })
  @Column({ type: 'text', nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the changed fields after' })
  @Column({ type: 'text', nullable: true })
  after: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, name: 'request_id', nullable: true })
  requestId: string | null;

  /** sha256 of the previous entry's hash and this entry's content: editing or deleting any entry breaks the chain. */
  @Field(() => String)
  @Column({ type: 'varchar', length: 64, name: 'prev_hash', default: '' })
  prevHash: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 64, default: '' })
  hash: string;
}
