import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';

/** 街道: the administrative level below the district. */
@ObjectType({ description: '街道 Street' })
@Entity('street')
export class Street extends BaseRecord {
  @Field(() => String)
  @Index('uq_street_name', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  name: string;
}
