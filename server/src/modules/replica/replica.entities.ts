import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row (id 1) that every server instance rewrites on the primary about once a second with the primary's
 * clock (epoch microseconds). Read on a replica, its age is how far that replica is behind (the pt-heartbeat
 * method): it keeps growing while replication is stopped, broken or slow, whatever the replica reports.
 */
@Entity('replica_heartbeat')
export class ReplicaHeartbeat {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'bigint', name: 'beat_us' })
  beatUs: string;
}

/**
 * When a caller (`user:<id>` / `key:<id>`) last changed something, on the primary's clock (epoch ms). For a short
 * window after it, that caller's reads stay on the primary (read-your-writes across every server instance).
 */
@Entity('write_mark')
export class WriteMark {
  @PrimaryColumn({ type: 'varchar', length: 100, name: 'actor_key' })
  actorKey: string;

  @Column({ type: 'bigint', name: 'written_at_ms' })
  writtenAtMs: string;
}
