import { AuthResolver } from './modules/auth/auth.resolver';
import { StreetResolver, CommunityResolver } from './modules/area/area.resolver';
import { CenterResolver } from './modules/center/center.resolver';

/** Every TypeGraphQL resolver class of the API. */
export const RESOLVERS = [AuthResolver, StreetResolver, CommunityResolver, CenterResolver] as const;
