import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord, dateColumn, enumColumn } from '../../common/base.entity';
import { DateScalar } from '../../common/scalars';
import { Community } from '../area/community.entity';
import { Association } from '../association/association.entity';

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, { name: 'Gender' });

export enum Residence {
  HOME = 'HOME',
  WELFARE_CENTER = 'WELFARE_CENTER',
  OTHER_INSTITUTION = 'OTHER_INSTITUTION',
}
registerEnumType(Residence, { name: 'Residence', description: 'HOME 居家, WELFARE_CENTER 区社会福利中心, OTHER_INSTITUTION 其他机构' });

/** 老年人: an elderly resident of the district. ID number and phone are personal data (masked for most roles). */
@Directive('@key(fields: "id")')
@ObjectType({ description: '老年人 Elderly resident' })
@Entity('resident')
@Index('idx_resident_community_birth', ['communityId', 'birthDate'])
@Index('idx_resident_birth', ['birthDate'])
@Index('idx_resident_association', ['associationId'])
@Index('idx_resident_name', ['name'])
export class Resident extends BaseRecord {
  @Field(() => String)
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field(() => Gender)
  @Column(enumColumn('gender', 8))
  gender: Gender;

  /** GB 11643 resident ID; personal data, exposed through a masking field resolver. */
  @Index('uq_resident_id_number', { unique: true })
  @Column({ type: 'varchar', length: 18, name: 'id_number' })
  idNumber: string;

  @Field(() => DateScalar)
  @Column(dateColumn('birth_date'))
  birthDate: string;

  /** personal data: exposed through a masking field resolver */
  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Field(() => ID)
  @Column({ type: 'int', name: 'community_id' })
  communityId: number;

  @ManyToOne(() => Community, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'community_id' })
  community?: Community;

  @Field(() => Boolean, { description: '户籍在本区' })
  @Column({ type: 'boolean', name: 'household_registered', default: true })
  householdRegistered: boolean;

  @Field(() => Boolean, { description: 'An employer pays for health exams' })
  @Column({ type: 'boolean', name: 'has_employer', default: false })
  hasEmployer: boolean;

  @Field(() => Boolean, { description: '生活困难' })
  @Column({ type: 'boolean', default: false })
  hardship: boolean;

  @Field(() => Boolean)
  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @Field(() => Residence)
  @Column(enumColumn('residence', 24, { default: 'HOME' }))
  residence: Residence;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', name: 'association_id', nullable: true })
  associationId: number | null;

  @ManyToOne(() => Association, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'association_id' })
  association?: Association | null;

  @Field(() => DateScalar, { nullable: true })
  @Column(dateColumn('deceased_on', true))
  deceasedOn: string | null;
}
