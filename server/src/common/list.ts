import { ClassType, Field, InputType, Int, ObjectType, registerEnumType, ArgsType } from 'type-graphql';
import { Max, Min } from 'class-validator';

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
  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(1_000_000_000)
  skip: number = 0;

  @Field(() => Int, { defaultValue: 25, description: 'Page size, 1..500' })
  @Min(1)
  @Max(MAX_TAKE)
  take: number = 25;
}

export interface ListResult<T> {
  items: T[];
  totalItems: number;
}
