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

/**
 * Indexes on columns with a handful of values. They let counts and list pages read only matching entries, but a
 * keyset read forward from a cursor (`residentsAfter`) must not use them: MariaDB 10.11 then prefers `ref` on the
 * value and checks every entry before the cursor (index condition pushdown), so page 5,000 would cost 5,000 times
 * page 1. The keyset query leaves them out (ResidentService.keysetPage).
 */
export const RESIDENT_FEW_VALUE_INDEXES: readonly string[] = [
  'idx_resident_gender', 'idx_resident_residence', 'idx_resident_hardship', 'idx_resident_disabled', 'idx_resident_employer', 'idx_resident_registered',
  'idx_resident_deceased', 'idx_resident_exam_eligibility',
];

/** 老年人: an elderly resident of the district. ID number and phone are personal data (masked for most roles). */
@Directive('@key(fields: "id")')
@ObjectType({ description: '老年人 Elderly resident' })
@Entity('resident')
@Index('idx_resident_birth', ['birthDate'])
@Index('idx_resident_association', ['associationId'])
@Index('idx_resident_name', ['name'])
// One index per whitelisted filter and sort column, so that every list filter is an index lookup and every sort
// an index-ordered read (with the id tie-break: InnoDB and SQLite keep the id in every secondary index), and
// lists of a million residents never scan the table: see bench/residents.mjs and bench/RESULTS.md.
@Index('idx_resident_community', ['communityId'])
@Index('idx_resident_created', ['createdAt'])
@Index('idx_resident_gender', ['gender'])
@Index('idx_resident_residence', ['residence'])
@Index('idx_resident_hardship', ['hardship'])
@Index('idx_resident_disabled', ['disabled'])
@Index('idx_resident_employer', ['hasEmployer'])
@Index('idx_resident_registered', ['householdRegistered'])
@Index('idx_resident_deceased', ['deceasedOn'])
// freeExamEligible (registered, no employer, born by …, alive), counted from the index alone, per community too
@Index('idx_resident_exam_eligibility', ['householdRegistered', 'hasEmployer', 'birthDate', 'deceasedOn', 'communityId'])
// the statistics of a street or community (age bands, alive, every residentsBy dimension) read from the index alone
@Index('idx_resident_statistics', ['communityId', 'birthDate', 'deceasedOn', 'householdRegistered', 'hasEmployer', 'gender', 'hardship', 'disabled', 'residence'])
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
