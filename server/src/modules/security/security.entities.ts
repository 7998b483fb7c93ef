import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed-login counters per key ("email:<address>" and "ip:<address>"), kept in the database so that the
 * throttle holds across server instances.
 */
@Entity('auth_throttle')
export class AuthThrottle {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  @Column({ type: 'int', default: 0 })
  failures: number;

  @Column({ type: 'datetime', name: 'window_start' })
  windowStart: Date;

  @Column({ type: 'datetime', name: 'locked_until', nullable: true })
  lockedUntil: Date | null;
}

/** Query cost spent per caller per fixed window (epoch minute), shared by every server instance. */
@Entity('rate_limit')
export class RateLimitBucket {
  @PrimaryColumn({ type: 'varchar', length: 100, name: 'bucket_key' })
  bucketKey: string;

  @PrimaryColumn({ type: 'bigint', name: 'window_start' })
  windowStart: string;

  @Column({ type: 'int', default: 0 })
  cost: number;
}

/** The head of the audit hash chain: one row, locked while an entry is appended. */
@Entity('audit_head')
export class AuditHead {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 64, name: 'last_hash' })
  lastHash: string;

  @Column({ type: 'int', name: 'last_id', default: 0 })
  lastId: number;
}
