import { ClassType, Field, InputType, Int, ObjectType, registerEnumType, ArgsType } from 'type-graphql';
import { IsOptional, Max, Min } from 'class-validator';
import { BadInput } from './errors';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export const MAX_TAKE = 500;

/** Generic `XList { items, totalItems }` (TypeGraphQL generic types idiom). */
export function ListResponse<T extends object>(itemClass: ClassType<T>, name: string) {
  @ObjectType(name)
  abstract class ListResponseClass {
    @Field(() => [itemClass])
    items: T[];

    @Field(() => Int)
    totalItems: number;
  }
  return ListResponseClass;
}

/** Generic sort item `{ field, direction }` over a whitelisted field enum. */
export function SortInput<F extends string>(fieldEnum: object, name: string) {
  @InputType(name)
  abstract class SortInputClass {
    @Field(() => fieldEnum)
    field: F;

    @Field(() => SortDirection)
    direction: SortDirection;
  }
  return SortInputClass;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @Min(0, { message: 'skip must be 0 or more' })
  @Max(1_000_000_000, { message: 'skip is too large' })
  skip: number = 0;

  @Field(() => Int, { nullable: true, defaultValue: 25, description: 'Page size, 1..500' })
  @IsOptional()
  @Min(1, { message: 'take must be between 1 and 500' })
  @Max(MAX_TAKE, { message: 'take must be between 1 and 500' })
  take: number = 25;
}

export interface ListResult<T> {
  items: T[];
  totalItems: number;
}

/** The page of a list request (null/absent → defaults), or BAD_USER_INPUT on `take` / `skip`. */
export function checkPage(p: { skip?: number | null; take?: number | null }): { skip: number; take: number } {
  const take = p.take ?? 25;
  const skip = p.skip ?? 0;
  if (!Number.isInteger(take) || take < 1 || take > MAX_TAKE) throw new BadInput('take', `take must be between 1 and ${MAX_TAKE}`);
  if (!Number.isInteger(skip) || skip < 0) throw new BadInput('skip', 'skip must be 0 or more');
  return { skip, take };
}
