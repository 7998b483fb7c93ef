import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '../../common/base.entity';
import { Street } from './street.entity';

/** 社区: every center, association and resident belongs to one. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '社区 Community' })
@Entity('community')
@Index('uq_community_street_name', ['streetId', 'name'], { unique: true })
export class Community extends BaseRecord {
  @Field(() => String)
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field(() => ID)
  @Column({ type: 'int', name: 'street_id' })
  streetId: number;

  @ManyToOne(() => Street, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'street_id' })
  street?: Street;
}
