import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord, enumColumn } from '../../common/base.entity';
import { DateTimeScalar } from '../../common/scalars';

export enum RoleEnum {
  ADMIN = 'ADMIN',
  OFFICER = 'OFFICER',
  ANALYST = 'ANALYST',
}
registerEnumType(RoleEnum, { name: 'Role', description: 'Partner apps are API keys, not users' });

@ObjectType()
@Entity('user')
export class User extends BaseRecord {
  @Field(() => String)
  @Index('uq_user_email', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  email: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => RoleEnum)
  @Column(enumColumn('role', 16))
  role: RoleEnum;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** scrypt hash; never a GraphQL field. */
  @Column({ type: 'varchar', length: 255, name: 'password_hash' })
  passwordHash: string;

  /** Bumped on disable / password reset / role change: tokens carrying an older value stop working. */
  @Column({ type: 'int', name: 'token_version', default: 1 })
  tokenVersion: number;

  @Field(() => DateTimeScalar, { nullable: true })
  @Column({ type: 'datetime', name: 'last_login_at', nullable: true })
  lastLoginAt: Date | null;
}
