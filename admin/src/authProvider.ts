// Login with the API's `login` mutation; token in localStorage; roles drive what the panel offers:
// OFFICER: no subsidy approval, no user admin; ANALYST: read-only everywhere (data arrives masked).
import type { AuthProvider } from 'ra-core';
import { HttpError } from 'ra-core';
import { ApiError, createClient, type Request } from './dataProvider/client';
import { LoginMutation, MeQuery } from './dataProvider/resources/auth';
import { tokenStore, type Role } from './tokenStore';

const READ_ACTIONS = new Set(['list', 'show', 'export', 'read']);

/** What a role may do; react-admin asks before showing buttons, menu entries and routes. */
export function can(role: Role | undefined, action: string, resource?: string): boolean {
  if (!role) return false;
  if (role === 'ADMIN') return true;
  if (resource === 'users') return false;
  if (role === 'ANALYST') return READ_ACTIONS.has(action);
  // OFFICER
  if (action === 'approve') return false;
  return true;
}

export function createAuthProvider(request: Request = createClient()): AuthProvider {
  let verified = false;
  return {
    async login({ username, email, password }: { username?: string; email?: string; password: string }) {
      try {
        const { login } = await request(LoginMutation, { email: (email ?? username ?? '').trim(), password });
        tokenStore.set(login.token, { ...login.user, role: login.user.role as Role });
        verified = true;
      } catch (e) {
        tokenStore.clear();
        if (e instanceof ApiError && e.code !== 'NETWORK' && e.code !== 'INTERNAL_SERVER_ERROR') throw new Error('eg.login.failed');
        throw new Error('eg.errors.NETWORK');
      }
    },
    async logout() {
      tokenStore.clear();
      verified = false;
    },
    async checkAuth() {
      if (!tokenStore.get()) throw new Error('ra.auth.auth_check_error');
      if (verified) return;
      // Once per page load: the token may have expired or been revoked since it was stored.
      try {
        const { me } = await request(MeQuery, {});
        if (!me) throw new ApiError('no user', 'UNAUTHENTICATED');
        tokenStore.set(tokenStore.get()!, { ...me, role: me.role as Role });
        verified = true;
      } catch (e) {
        if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') {
          tokenStore.clear();
          throw new Error('eg.errors.UNAUTHENTICATED');
        }
        // Network trouble: keep the session, the next call will tell.
      }
    },
    async checkError(error: unknown) {
      const status = (error as HttpError)?.status ?? (error as { status?: number })?.status;
      if (status === 401) {
        tokenStore.clear();
        verified = false;
        throw new Error('eg.errors.UNAUTHENTICATED');
      }
      // 403 stays a notification: the user is logged in but may not do that.
    },
    async getIdentity() {
      const user = tokenStore.user();
      if (!user) throw new Error('ra.auth.auth_check_error');
      return { id: user.id, fullName: user.name, email: user.email, role: user.role };
    },
    async getPermissions() {
      return tokenStore.user()?.role;
    },
    async canAccess({ action, resource }: { action: string; resource: string }) {
      return can(tokenStore.user()?.role, action, resource);
    },
  };
}
