import { Arg, Args, Authorized, Ctx as GqlCtx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ArrayMaxSize, Length } from 'class-validator';
import { Ctx } from '../../common/context';
import { DateTimeScalar } from '../../common/scalars';
import { checkPage, ListResponse, PageArgs } from '../../common/list';
import { services } from '../../services';
import { ApiKey } from './api-key.entity';
import { SCOPES } from './api-key.service';

@InputType()
export class CreateApiKeyInput {
  @Field(() => String)
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
  name: string;

  @Field(() => [String], { description: `Scopes: ${Object.keys(SCOPES).join(', ')}` })
  @ArrayMaxSize(10)
  scopes: string[];

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the key stops working (none: until revoked)' })
  expiresAt?: Date | null;
}

@ObjectType()
export class ApiKeyCreated {
  @Field(() => String, { description: 'The key itself: shown only now, store it safely' }) key: string;
  @Field(() => ApiKey) apiKey: ApiKey;
}

@ObjectType()
export class ApiKeyList extends ListResponse(ApiKey, 'ApiKeyList') {}

@ObjectType()
export class ScopeInfo {
  @Field(() => String) scope: string;
  @Field(() => String) description: string;
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized('ADMIN')
  @Mutation(() => ApiKeyCreated, { description: 'A new partner key with scopes; the key is returned once and stored only as a hash' })
  async createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @GqlCtx() ctx: Ctx): Promise<ApiKeyCreated> {
    return services(ctx).apiKeys.create(ctx, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => ApiKey, { description: 'Stops a key at once' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<ApiKey> {
    return services(ctx).apiKeys.revoke(ctx, id);
  }

  @Authorized('ADMIN')
  @Query(() => ApiKeyList)
  async apiKeys(@Args(() => PageArgs) p: PageArgs, @GqlCtx() ctx: Ctx): Promise<ApiKeyList> {
    const { skip, take } = checkPage(p);
    const [items, totalItems] = await ctx.ds.getRepository(ApiKey).findAndCount({ order: { id: 'DESC' }, skip, take });
    return { items, totalItems };
  }

  @Authorized('ADMIN')
  @Query(() => [ScopeInfo], { description: 'The scopes a partner key can carry' })
  apiKeyScopes(): ScopeInfo[] {
    return Object.entries(SCOPES).map(([scope, description]) => ({ scope, description }));
  }

  @FieldResolver(() => [String])
  scopes(@Root() k: ApiKey): string[] {
    return JSON.parse(k.scopesJson);
  }

  @FieldResolver(() => Boolean, { description: 'Not revoked and not expired' })
  active(@Root() k: ApiKey): boolean {
    return !k.revokedAt && (!k.expiresAt || k.expiresAt.getTime() > Date.now());
  }
}
