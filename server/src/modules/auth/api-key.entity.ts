import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { DateTimeScalar } from '../../common/scalars';

/** A partner app's key. Only its SHA-256 is stored; the key itself is shown once, at creation. */
@ObjectType({ description: 'A partner app’s API key (the key itself is shown only once, by createApiKey)' })
@Entity('api_key')
export class ApiKey extends BaseRecord {
  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => String, { description: 'The key’s first characters, to recognise it (eg_ab12cd34…)' })
  @Index('uq_api_key_prefix', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  prefix: string;

  /** sha256 hex of the whole key; never a GraphQL field. */
  @Column({ type: 'varchar', length: 64, name: 'key_hash' })
  keyHash: string;

  /** JSON array of scopes, e.g. ["exams:read","exams:write"] (GraphQL field `scopes` is a resolver). */
  @Column({ type: 'varchar', length: 1000, name: 'scopes_json' })
  scopesJson: string;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', name: 'expires_at', nullable: true })
  expiresAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', name: 'last_used_at', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'int', name: 'created_by_id', nullable: true })
  createdById: number | null;
}
