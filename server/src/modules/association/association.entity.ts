import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, dateColumn, enumColumn } from '../../common/base.entity';
import { DateScalar } from '../../common/scalars';
import { Street } from '../area/street.entity';
import { Community } from '../area/community.entity';

export enum AssociationLevel {
  STREET = 'STREET',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(AssociationLevel, { name: 'AssociationLevel' });

/** 老年协会: an elderly people's association at street or community level, led by a president (会长). */
@Directive('@key(fields: "id")')
@ObjectType({ description: '老年(人)协会 Elderly association' })
@Entity('association')
@Index('idx_association_street', ['streetId'])
@Index('idx_association_community', ['communityId'])
export class Association extends BaseRecord {
  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => AssociationLevel)
  @Column(enumColumn('level', 16))
  level: AssociationLevel;

  @Field(() => ID)
  @Column({ type: 'int', name: 'street_id' })
  streetId: number;

  @ManyToOne(() => Street, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'street_id' })
  street?: Street;

  @Field(() => ID, { nullable: true, description: 'Required when level is COMMUNITY' })
  @Column({ type: 'int', name: 'community_id', nullable: true })
  communityId: number | null;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'community_id' })
  community?: Community | null;

  @Field(() => String, { nullable: true, description: '会长' })
  @Column({ type: 'varchar', length: 50, name: 'president_name', nullable: true })
  presidentName: string | null;

  /** personal data: exposed through a masking field resolver */
  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Field(() => Int)
  @Column({ type: 'int', name: 'member_count', default: 0 })
  memberCount: number;

  @Field(() => DateScalar, { nullable: true })
  @Column(dateColumn('founded_on', true))
  foundedOn: string | null;
}
