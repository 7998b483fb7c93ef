import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { ListResponse, SortInput } from '../../common/list';
import { DateScalar } from '../../common/scalars';
import { Gender, Residence, Resident } from './resident.entity';

const PHONE_RE = /^[0-9+\-\s()]{5,30}$/;

@InputType()
export class CreateResidentInput {
  @Field(() => String)
  @Length(1, 50, { message: 'name must be 1 to 50 characters' })
  name: string;

  @Field(() => Gender)
  gender: Gender;

  @Field(() => String, { description: '18-character resident ID (GB 11643); a lowercase x is accepted and stored as X' })
  @MaxLength(40, { message: 'idNumber must be 18 characters' })
  idNumber: string;

  @Field(() => DateScalar, { description: 'Must equal the birth date in the ID number; not in the future' })
  birthDate: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_RE, { message: 'phone must be a phone number' })
  phone?: string | null;

  @Field(() => ID)
  communityId: string;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: '户籍在本区' })
  householdRegistered?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'An employer pays for health exams' })
  hasEmployer?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: '生活困难' })
  hardship?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  disabled?: boolean | null;

  @Field(() => Residence, { nullable: true, defaultValue: Residence.HOME })
  residence?: Residence | null;

  @Field(() => ID, { nullable: true })
  associationId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or after birthDate, not in the future' })
  deceasedOn?: string | null;
}

@InputType()
export class UpdateResidentInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 50, { message: 'name must be 1 to 50 characters' })
  name?: string;

  @Field(() => Gender, { nullable: true })
  gender?: Gender;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40, { message: 'idNumber must be 18 characters' })
  idNumber?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Must still match the ID number' })
  birthDate?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_RE, { message: 'phone must be a phone number' })
  phone?: string | null;

  @Field(() => ID, { nullable: true })
  communityId?: string;

  @Field(() => Boolean, { nullable: true })
  householdRegistered?: boolean;

  @Field(() => Boolean, { nullable: true })
  hasEmployer?: boolean;

  @Field(() => Boolean, { nullable: true })
  hardship?: boolean;

  @Field(() => Boolean, { nullable: true })
  disabled?: boolean;

  @Field(() => Residence, { nullable: true })
  residence?: Residence;

  @Field(() => ID, { nullable: true, description: 'null ends the membership' })
  associationId?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'null clears' })
  deceasedOn?: string | null;
}

@InputType()
export class ResidentFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'The name starts with this text (surname or full name); for ADMIN and OFFICER also the ID number, exactly or by a prefix of at least 10 characters',
  })
  @IsOptional()
  @MaxLength(200)
  q?: string;

  @Field(() => ID, { nullable: true })
  streetId?: string;

  @Field(() => ID, { nullable: true })
  communityId?: string;

  @Field(() => ID, { nullable: true })
  associationId?: string;

  @Field(() => Gender, { nullable: true })
  gender?: Gender;

  @Field(() => [Residence], { nullable: true, description: 'Any of these (a single value is accepted too)' })
  residence?: Residence[];

  @Field(() => Boolean, { nullable: true })
  householdRegistered?: boolean;

  @Field(() => Boolean, { nullable: true })
  hasEmployer?: boolean;

  @Field(() => Boolean, { nullable: true })
  hardship?: boolean;

  @Field(() => Boolean, { nullable: true })
  disabled?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'true: no death date recorded (deceasedOn is null); false: deceased' })
  alive?: boolean;

  @Field(() => Int, { nullable: true, description: 'Age in whole years on asOf, at least' })
  ageMin?: number;

  @Field(() => Int, { nullable: true, description: 'Age in whole years on asOf, at most' })
  ageMax?: number;

  @Field(() => Boolean, { nullable: true, description: 'Aged 100 or more on asOf (false: under 100)' })
  centenarian?: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Alive on asOf, aged 60+ on asOf, householdRegistered and not hasEmployer (false: any of these fails)',
  })
  freeExamEligible?: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'The date ageMin, ageMax, centenarian and freeExamEligible refer to; default today (China)' })
  asOf?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Born on or after' })
  bornFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Born on or before' })
  bornTo?: string;
}

export enum ResidentSortField {
  id = 'id',
  name = 'name',
  birthDate = 'birthDate',
  communityId = 'communityId',
  createdAt = 'createdAt',
}
registerEnumType(ResidentSortField, { name: 'ResidentSortField' });

@InputType()
export class ResidentSort extends SortInput<ResidentSortField>(ResidentSortField, 'ResidentSort') {}

@ObjectType()
export class ResidentList extends ListResponse(Resident, 'ResidentList') {}

/** A keyset page of residents (`residentsAfter`): by id ascending, `nextCursor` null on the last page. */
@ObjectType({ description: 'A keyset page of residents for bulk sync: pass nextCursor as `after` until it is null' })
export class ResidentPage {
  @Field(() => [Resident])
  items: Resident[];

  @Field(() => String, { nullable: true, description: 'Opaque cursor of the last item; null when there are no more residents' })
  nextCursor: string | null;
}
