import { Arg, Ctx as GqlCtx, Mutation, Query, Resolver } from 'type-graphql';
import { Ctx } from '../../common/context';
import { createCrudResolver } from '../../common/crud.resolver';
import { services } from '../../services';
import { AuthPayload, CreateUserInput, UpdateUserInput, UserFilter, UserList, UserSort } from './auth.inputs';
import { User } from './user.entity';

const UserCrud = createCrudResolver({
  one: 'user', many: 'users', typeName: 'User', entity: User, list: UserList, filter: UserFilter, sort: UserSort,
  createInput: CreateUserInput, updateInput: UpdateUserInput, facade: (ctx) => services(ctx).users,
  readRoles: ['ADMIN'], writeRoles: ['ADMIN'],
});

@Resolver(() => User)
export class AuthResolver extends UserCrud {
  @Mutation(() => AuthPayload, { description: 'Exchange email and password for a bearer token' })
  async login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @GqlCtx() ctx: Ctx): Promise<AuthPayload> {
    return services(ctx).auth.login(email, password, ctx.requestId, ctx.ip);
  }

  @Query(() => User, { nullable: true, description: 'The logged-in user' })
  async me(@GqlCtx() ctx: Ctx): Promise<User | null> {
    return ctx.actor?.kind === 'USER' && ctx.actor.id ? ctx.loaders.byId(User).load(ctx.actor.id) : null;
  }
}
