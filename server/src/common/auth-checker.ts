import { AuthChecker } from 'type-graphql';
import { Ctx } from './context';
import { Forbidden, Unauthenticated } from './errors';

/**
 * `@Authorized(...roles)`: no actor → UNAUTHENTICATED; a role not listed → FORBIDDEN.
 * Partner API keys are checked by scope (`@Authorized('scope:exams:read')`).
 */
export const authChecker: AuthChecker<Ctx> = ({ context }, roles) => {
  const actor = context.actor;
  if (!actor) throw new Unauthenticated();
  if (!roles.length) return true;
  if (roles.includes(actor.role)) return true;
  if (actor.kind === 'API_KEY' && actor.scopes?.some((s) => roles.includes(`scope:${s}`))) return true;
  throw new Forbidden();
};
