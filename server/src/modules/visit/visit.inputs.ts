import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { ListResponse, SortInput } from '../../common/list';
import { DateScalar, MoneyScalar } from '../../common/scalars';
import { Visit, VisitOccasion } from './visit.entity';

@InputType()
export class CreateVisitInput {
  @Field(() => DateScalar, { description: 'Not in the future' })
  visitedOn: string;

  @Field(() => VisitOccasion, { description: 'CENTENARIAN_BIRTHDAY needs a resident aged 99 or more on visitedOn' })
  occasion: VisitOccasion;

  @Field(() => ID, { nullable: true, description: 'The resident visited; at least one of residentId and centerId' })
  residentId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The center visited; at least one of residentId and centerId' })
  centerId?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Cash given, yuan (≥ 0, at most two decimals); default 0' })
  cash?: bigint | null;

  @Field(() => String, { nullable: true, description: 'Goods given (慰问品)' })
  @IsOptional()
  @MaxLength(500)
  goods?: string | null;

  @Field(() => String, { nullable: true, description: 'Visiting unit (慰问单位)' })
  @IsOptional()
  @MaxLength(200)
  visitingUnit?: string | null;
}

@InputType()
export class UpdateVisitInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => DateScalar, { nullable: true })
  visitedOn?: string;

  @Field(() => VisitOccasion, { nullable: true })
  occasion?: VisitOccasion;

  @Field(() => ID, { nullable: true })
  residentId?: string | null;

  @Field(() => ID, { nullable: true })
  centerId?: string | null;

  @Field(() => MoneyScalar, { nullable: true })
  cash?: bigint;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  goods?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  visitingUnit?: string | null;
}

@InputType()
export class VisitFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => String, { nullable: true, description: 'Text search on goods and visiting unit' })
  @IsOptional()
  @MaxLength(200)
  q?: string;

  @Field(() => VisitOccasion, { nullable: true })
  occasion?: VisitOccasion;

  @Field(() => ID, { nullable: true })
  residentId?: string;

  @Field(() => ID, { nullable: true })
  centerId?: string;

  @Field(() => ID, { nullable: true, description: "Visits to residents or centers of this street" })
  streetId?: string;

  @Field(() => ID, { nullable: true, description: "Visits to residents or centers of this community" })
  communityId?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Visited on or after' })
  visitedFrom?: string;

  @Field(() => DateScalar, { nullable: true, description: 'Visited on or before' })
  visitedTo?: string;
}

export enum VisitSortField {
  id = 'id',
  visitedOn = 'visitedOn',
  occasion = 'occasion',
  cash = 'cash',
  createdAt = 'createdAt',
}
registerEnumType(VisitSortField, { name: 'VisitSortField' });

@InputType()
export class VisitSort extends SortInput<VisitSortField>(VisitSortField, 'VisitSort') {}

@ObjectType()
export class VisitList extends ListResponse(Visit, 'VisitList') {}
