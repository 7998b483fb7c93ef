// The bearer token and the logged-in user, kept in localStorage so a reload keeps the session.
export type Role = 'ADMIN' | 'OFFICER' | 'ANALYST';
export interface StoredUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

const TOKEN = 'eldergraph.token';
const USER = 'eldergraph.user';
const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

export const tokenStore = {
  get: (): string | null => storage()?.getItem(TOKEN) ?? null,
  /** `{ authorization: 'Bearer …' }` for the server's REST endpoints (exports, imports, jobs); empty when logged out. */
  authHeaders(): Record<string, string> {
    const token = tokenStore.get();
    return token ? { authorization: `Bearer ${token}` } : {};
  },
  user: (): StoredUser | null => {
    const raw = storage()?.getItem(USER);
    if (!raw) return null;
    try {
      return JSON.parse(raw) as StoredUser;
    } catch {
      return null;
    }
  },
  set(token: string, user: StoredUser) {
    storage()?.setItem(TOKEN, token);
    storage()?.setItem(USER, JSON.stringify(user));
  },
  clear() {
    storage()?.removeItem(TOKEN);
    storage()?.removeItem(USER);
  },
};
