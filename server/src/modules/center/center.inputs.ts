import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Matches, MaxLength, Min, Max } from 'class-validator';
import { ListResponse, SortInput } from '../../common/list';
import { DateScalar } from '../../common/scalars';
import { Center, CenterStatus } from './center.entity';

const CODE_RE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
const PHONE_RE = /^[0-9+\-\s()]{5,30}$/;

@InputType()
export class CreateCenterInput {
  @Field(() => String, { description: 'Unique code, upper-case letters, digits and dashes, e.g. XG-CZ-001' })
  @Matches(CODE_RE, { message: 'code must be 2–32 upper-case letters, digits or dashes, e.g. XG-CZ-001' })
  code: string;

  @Field(() => String)
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name: string;

  @Field(() => ID)
  communityId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  address?: string | null;

  @Field(() => Float, { description: 'm², > 0 and ≤ 5000, at most two decimals' })
  floorArea: number;

  @Field(() => DateScalar, { description: '挂牌时间, not in the future' })
  plaqueDate: string;

  @Field(() => Int)
  @Min(0, { message: 'elderlyCount must be 0 or more' })
  @Max(10_000_000)
  elderlyCount: number;

  @Field(() => Int)
  @Min(0, { message: 'disabledCount must be 0 or more' })
  @Max(10_000_000)
  disabledCount: number;

  @Field(() => Float, { description: '服务情况: last inspection score 0–100, one decimal' })
  serviceScore: number;

  @Field(() => CenterStatus, { nullable: true, defaultValue: CenterStatus.ACTIVE })
  status?: CenterStatus;

  @Field(() => ID, { nullable: true })
  associationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_RE, { message: 'contactPhone must be a phone number' })
  contactPhone?: string | null;
}

@InputType()
export class UpdateCenterInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(CODE_RE, { message: 'code must be 2–32 upper-case letters, digits or dashes, e.g. XG-CZ-001' })
  code?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name?: string;

  @Field(() => ID, { nullable: true })
  communityId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(300)
  address?: string | null;

  @Field(() => Float, { nullable: true })
  floorArea?: number;

  @Field(() => DateScalar, { nullable: true })
  plaqueDate?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'elderlyCount must be 0 or more' })
  @Max(10_000_000)
  elderlyCount?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'disabledCount must be 0 or more' })
  @Max(10_000_000)
  disabledCount?: number;

  @Field(() => Float, { nullable: true })
  serviceScore?: number;

  @Field(() => CenterStatus, { nullable: true })
  status?: CenterStatus;

  @Field(() => ID, { nullable: true })
  associationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_RE, { message: 'contactPhone must be a phone number' })
  contactPhone?: string | null;
}

@InputType()
export class CenterFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search on code, name and address' })
  @IsOptional()
  @MaxLength(200)
  q?: string;

  @Field(() => ID, { nullable: true })
  streetId?: string;

  @Field(() => ID, { nullable: true })
  communityId?: string;

  @Field(() => ID, { nullable: true })
  associationId?: string;

  @Field(() => [CenterStatus], { nullable: true })
  status?: CenterStatus[];

  @Field(() => DateScalar, { nullable: true, description: 'Plaque date on or after' })
  plaqueFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Plaque date on or before' })
  plaqueTo?: string;

  @Field(() => Float, { nullable: true })
  serviceScoreMin?: number;

  @Field(() => Float, { nullable: true })
  serviceScoreMax?: number;

  @Field(() => Float, { nullable: true })
  floorAreaMin?: number;

  @Field(() => Float, { nullable: true })
  floorAreaMax?: number;
}

export enum CenterSortField {
  id = 'id',
  code = 'code',
  name = 'name',
  floorArea = 'floorArea',
  plaqueDate = 'plaqueDate',
  serviceScore = 'serviceScore',
  elderlyCount = 'elderlyCount',
  disabledCount = 'disabledCount',
  status = 'status',
  createdAt = 'createdAt',
  updatedAt = 'updatedAt',
}
registerEnumType(CenterSortField, { name: 'CenterSortField' });

@InputType()
export class CenterSort extends SortInput<CenterSortField>(CenterSortField, 'CenterSort') {}

@ObjectType()
export class CenterList extends ListResponse(Center, 'CenterList') {}
