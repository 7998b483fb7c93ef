import { GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';
import { Arg, Args, Authorized, ClassType, Ctx as GqlCtx, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Ctx } from './context';
import { SortItem } from './crud.service';
import { checkPage, ListResult, PageArgs } from './list';

/** Roles that may read records and roles that may change them (DOMAIN.md, Access). */
export const READERS = ['ADMIN', 'OFFICER', 'ANALYST'];
export const WRITERS = ['ADMIN', 'OFFICER'];

/** What a module gives the generic resolver: its service for one record type (a CrudService). */
export interface CrudFacade<E, F, C, U> {
  get(ctx: Ctx, id: string): Promise<E | null>;
  list(ctx: Ctx, args: { filter: F | null; sort: SortItem[] | null; skip: number; take: number; select?: ReadonlySet<string> }): Promise<ListResult<E>>;
  create(ctx: Ctx, input: C): Promise<E>;
  update(ctx: Ctx, input: U): Promise<E>;
  remove(ctx: Ctx, id: string, version: number): Promise<string>;
}

export interface CrudResolverOptions<E extends object, F extends object, C extends object, U extends object> {
  /** Singular and plural query names: `center` / `centers`. Mutations are create/update/delete + Type. */
  one: string;
  many: string;
  typeName: string;
  entity: ClassType<E>;
  list: ClassType<object>;
  filter: ClassType<F>;
  sort: ClassType<object>;
  createInput: ClassType<C>;
  updateInput: ClassType<U>;
  facade: (ctx: Ctx) => CrudFacade<E, F, C, U>;
  readRoles?: string[];
  writeRoles?: string[];
}

/**
 * The field names a list request selects on its `items` (through fragments, whatever the aliases), e.g.
 * `{ id, code, community }`: the list query joins the many-to-one relations among them (CrudService.toOneJoins).
 */
export function selectedItemFields(info: GraphQLResolveInfo): Set<string> {
  const out = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, inItems: boolean) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) {
        if (inItems) out.add(sel.name.value);
        else if (sel.name.value === 'items') walk(sel.selectionSet, true);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet, inItems);
      else walk(info.fragments[sel.name.value]?.selectionSet, inItems);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, false);
  return out;
}

/**
 * The five operations of API.md's convention for one record type (TypeGraphQL resolver-inheritance idiom):
 * `x(id)`, `xs(filter, sort, skip, take)`, `createX(input)`, `updateX(input)`, `deleteX(id, version)`.
 * A module's resolver extends the returned class and adds its field resolvers.
 */
export function createCrudResolver<E extends object, F extends object, C extends object, U extends object>(o: CrudResolverOptions<E, F, C, U>) {
  const readRoles = o.readRoles ?? READERS;
  const writeRoles = o.writeRoles ?? WRITERS;

  @Resolver()
  abstract class CrudResolver {
    @Authorized(...readRoles)
    @Query(() => o.entity, { name: o.one, nullable: true, description: `One ${o.typeName} by id, or null` })
    async getOne(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<E | null> {
      return o.facade(ctx).get(ctx, id);
    }

    @Authorized(...readRoles)
    @Query(() => o.list, { name: o.many, description: `A page of ${o.typeName} records` })
    async getMany(
      @Arg('filter', () => o.filter, { nullable: true }) filter: F | null,
      @Arg('sort', () => [o.sort], { nullable: true }) sort: SortItem[] | null,
      @Args(() => PageArgs) page: PageArgs,
      @GqlCtx() ctx: Ctx,
      @Info() info: GraphQLResolveInfo,
    ): Promise<ListResult<E>> {
      return o.facade(ctx).list(ctx, { filter, sort, ...checkPage(page), select: selectedItemFields(info) });
    }

    @Authorized(...writeRoles)
    @Mutation(() => o.entity, { name: `create${o.typeName}` })
    async createOne(@Arg('input', () => o.createInput) input: C, @GqlCtx() ctx: Ctx): Promise<E> {
      return o.facade(ctx).create(ctx, input);
    }

    @Authorized(...writeRoles)
    @Mutation(() => o.entity, { name: `update${o.typeName}`, description: 'Patch: absent fields unchanged, null clears; version must be current' })
    async updateOne(@Arg('input', () => o.updateInput) input: U, @GqlCtx() ctx: Ctx): Promise<E> {
      return o.facade(ctx).update(ctx, input);
    }

    @Authorized(...writeRoles)
    @Mutation(() => ID, { name: `delete${o.typeName}`, description: 'Fails with INVALID_STATE while other records reference it' })
    async deleteOne(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @GqlCtx() ctx: Ctx): Promise<string> {
      return o.facade(ctx).remove(ctx, id, version);
    }
  }
  return CrudResolver;
}
