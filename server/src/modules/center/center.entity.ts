import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, dateColumn, enumColumn } from '../../common/base.entity';
import { DateScalar } from '../../common/scalars';
import { Community } from '../area/community.entity';
import { Association } from '../association/association.entity';

export enum CenterStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  CLOSED = 'CLOSED',
}
registerEnumType(CenterStatus, { name: 'CenterStatus' });

/** 星光老年之家: a community elderly-activity center the office rates and subsidises. */
@Directive('@key(fields: "id")')
@ObjectType({ description: '星光老年之家 Starlight elderly-activity center' })
@Entity('center')
@Index('idx_center_community', ['communityId'])
@Index('idx_center_association', ['associationId'])
@Index('idx_center_status', ['status'])
export class Center extends BaseRecord {
  @Field(() => String, { description: 'Unique code, e.g. XG-CZ-001' })
  @Index('uq_center_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Field(() => String)
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => ID)
  @Column({ type: 'int', name: 'community_id' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'community_id' })
  community?: Community;

  @Field(() => String)
  @Column({ type: 'varchar', length: 300, default: '' })
  address: string;

  /** m² in hundredths (GraphQL field `floorArea` is a resolver). */
  @Column({ type: 'int', name: 'floor_area_centi' })
  floorAreaCenti: number;

  @Field(() => DateScalar, { description: '挂牌时间' })
  @Column(dateColumn('plaque_date'))
  plaqueDate: string;

  @Field(() => Int)
  @Column({ type: 'int', name: 'elderly_count' })
  elderlyCount: number;

  @Field(() => Int)
  @Column({ type: 'int', name: 'disabled_count' })
  disabledCount: number;

  /** last inspection score in tenths (GraphQL field `serviceScore` is a resolver). */
  @Column({ type: 'int', name: 'service_score_tenths' })
  serviceScoreTenths: number;

  @Field(() => CenterStatus)
  @Column(enumColumn('status', 16, { default: 'ACTIVE' }))
  status: CenterStatus;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', name: 'association_id', nullable: true })
  associationId: number | null;

  @ManyToOne(() => Association, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'association_id' })
  association?: Association | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, name: 'contact_name', nullable: true })
  contactName: string | null;

  /** personal data: exposed through a masking field resolver */
  @Column({ type: 'varchar', length: 30, name: 'contact_phone', nullable: true })
  contactPhone: string | null;
}
