import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ListResponse, SortInput } from '../../common/list';
import { DateScalar } from '../../common/scalars';
import { Association, AssociationLevel } from './association.entity';

const PHONE_RE = /^[0-9+\-\s()]{5,30}$/;

@InputType()
export class CreateAssociationInput {
  @Field(() => String)
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name: string;

  @Field(() => AssociationLevel, { description: 'STREET (街道老年协会) or COMMUNITY (社区老年协会)' })
  level: AssociationLevel;

  @Field(() => ID)
  streetId: string;

  @Field(() => ID, { nullable: true, description: 'Required when level is COMMUNITY (a community of streetId); absent for STREET' })
  communityId?: string | null;

  @Field(() => String, { nullable: true, description: '会长' })
  @IsOptional()
  @MaxLength(50, { message: 'presidentName must be at most 50 characters' })
  presidentName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_RE, { message: 'phone must be a phone number' })
  phone?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 0, description: '≥ 0' })
  @IsOptional()
  @Min(0, { message: 'memberCount must be 0 or more' })
  @Max(10_000_000, { message: 'memberCount must be at most 10,000,000' })
  memberCount?: number | null;

  @Field(() => DateScalar, { nullable: true, description: 'Not in the future' })
  foundedOn?: string | null;
}

@InputType()
export class UpdateAssociationInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'name must be 1 to 200 characters' })
  name?: string;

  @Field(() => AssociationLevel, { nullable: true })
  level?: AssociationLevel;

  @Field(() => ID, { nullable: true })
  streetId?: string;

  @Field(() => ID, { nullable: true, description: 'null clears (required for a STREET-level association)' })
  communityId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(50, { message: 'presidentName must be at most 50 characters' })
  presidentName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE_RE, { message: 'phone must be a phone number' })
  phone?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'memberCount must be 0 or more' })
  @Max(10_000_000, { message: 'memberCount must be at most 10,000,000' })
  memberCount?: number;

  @Field(() => DateScalar, { nullable: true })
  foundedOn?: string | null;
}

@InputType()
export class AssociationFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search on the name and the president name' })
  @IsOptional()
  @MaxLength(200)
  q?: string;

  @Field(() => ID, { nullable: true })
  streetId?: string;

  @Field(() => ID, { nullable: true })
  communityId?: string;

  @Field(() => AssociationLevel, { nullable: true })
  level?: AssociationLevel;
}

export enum AssociationSortField {
  id = 'id',
  name = 'name',
  level = 'level',
  memberCount = 'memberCount',
  foundedOn = 'foundedOn',
  createdAt = 'createdAt',
}
registerEnumType(AssociationSortField, { name: 'AssociationSortField' });

@InputType()
export class AssociationSort extends SortInput<AssociationSortField>(AssociationSortField, 'AssociationSort') {}

@ObjectType()
export class AssociationList extends ListResponse(Association, 'AssociationList') {}
