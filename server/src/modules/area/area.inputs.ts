import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';
import { ListResponse, SortInput } from '../../common/list';
import { Street } from './street.entity';
import { Community } from './community.entity';

@InputType()
export class CreateStreetInput {
  @Field(() => String)
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name: string;
}

@InputType()
export class UpdateStreetInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name?: string;
}

@InputType()
export class StreetFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search on the name' })
  @IsOptional()
  @MaxLength(200)
  q?: string;
}

export enum StreetSortField {
  id = 'id',
  name = 'name',
  createdAt = 'createdAt',
}
registerEnumType(StreetSortField, { name: 'StreetSortField' });

@InputType()
export class StreetSort extends SortInput<StreetSortField>(StreetSortField, 'StreetSort') {}

@ObjectType()
export class StreetList extends ListResponse(Street, 'StreetList') {}

@InputType()
export class CreateCommunityInput {
  @Field(() => String)
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name: string;

  @Field(() => ID)
  streetId: string;
}

@InputType()
export class UpdateCommunityInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name?: string;

  @Field(() => ID, { nullable: true })
  streetId?: string;
}

@InputType()
export class CommunityFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search on the name' })
  @IsOptional()
  @MaxLength(200)
  q?: string;

  @Field(() => ID, { nullable: true })
  streetId?: string;
}

export enum CommunitySortField {
  id = 'id',
  name = 'name',
  streetId = 'streetId',
  createdAt = 'createdAt',
}
registerEnumType(CommunitySortField, { name: 'CommunitySortField' });

@InputType()
export class CommunitySort extends SortInput<CommunitySortField>(CommunitySortField, 'CommunitySort') {}

@ObjectType()
export class CommunityList extends ListResponse(Community, 'CommunityList') {}
