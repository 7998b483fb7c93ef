import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, ValueTransformer } from 'typeorm';
import { DateTimeScalar } from './scalars';
import { toDateString } from './dates';

/**
 * Columns every record has. `version` is checked by a conditional UPDATE in CrudService (never by save()):
 * an update naming a stale version changes nothing and fails with CONFLICT.
 */
@ObjectType()
export abstract class BaseRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  @Field(() => DateTimeScalar)
  @CreateDateColumn({ type: 'datetime', name: 'created_at' })
  createdAt: Date;

  @Field(() => DateTimeScalar)
  @UpdateDateColumn({ type: 'datetime', name: 'updated_at' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Optimistic-lock version: send it back with every update and delete' })
  @Column({ type: 'int', default: 1 })
  version: number;
}

/** BIGINT fen ↔ bigint: better-sqlite3 returns a number, mysql2 a string; both become a bigint. */
export const moneyTransformer: ValueTransformer = {
  from: (v: unknown) => (v === null || v === undefined ? v : BigInt(v as string)),
  to: (v: unknown) => (v === null || v === undefined ? v : typeof v === 'object' && 'value' in (v as object) ? v : String(v)),
};

/** DATE column → always a YYYY-MM-DD string, whatever the driver hands back. */
export const dateTransformer: ValueTransformer = {
  from: (v: unknown) => toDateString(v),
  to: (v: unknown) => v,
};

/** Options for a BIGINT money column in fen. */
export const moneyColumn = (name: string, nullable = false) =>
  ({ type: 'bigint', name, nullable, transformer: moneyTransformer }) as const;

/** Options for a DATE column held as a YYYY-MM-DD string. */
export const dateColumn = (name: string, nullable = false) =>
  ({ type: 'date', name, nullable, transformer: dateTransformer }) as const;

/** Options for an enum held in a portable VARCHAR. */
export const enumColumn = (name: string, length = 32, extra: { default?: string } = {}) =>
  ({ type: 'varchar', length, name, ...extra }) as const;
