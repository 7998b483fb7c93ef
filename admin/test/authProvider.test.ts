import { HttpError } from 'ra-core';
import { describe, expect, it } from 'vitest';
import { createAuthProvider } from '../src/authProvider';
import { createClient } from '../src/dataProvider/client';
import { fakeApi, gqlError } from './helpers';

const auth = (handler: Parameters<typeof fakeApi>[0]) => {
  const api = fakeApi(handler);
  return { auth: createAuthProvider(createClient({ fetch: api.fetch, getToken: () => null })), calls: api.calls };
};

describe('auth provider', () => {
  it('logs in with the login mutation (email and password)', async () => {
    const { auth: a, calls } = auth(() => ({ data: { login: { token: 't', user: { id: '1', email: 'a@b.c', name: 'A', role: 'ADMIN' } } } }));
    await a.login({ email: ' a@b.c ', password: 'pw-1234567890' });
    expect(calls[0]).toMatchObject({ operationName: 'AdminLogin', variables: { email: 'a@b.c', password: 'pw-1234567890' } });
  });

  it('a refused login says so; a server failure says the server is unreachable', async () => {
    await expect(auth(() => gqlError('UNAUTHENTICATED', 'Wrong email or password')).auth.login({ email: 'x', password: 'y' })).rejects.toThrow('eg.login.failed');
    await expect(auth(() => ({ ...gqlError('INTERNAL_SERVER_ERROR', 'boom'), status: 500 })).auth.login({ email: 'x', password: 'y' })).rejects.toThrow('eg.errors.NETWORK');
  });

  it('401 sends the user back to login; 403 stays a notification', async () => {
    const { auth: a } = auth(() => ({ data: {} }));
    await expect(a.checkError(new HttpError('x', 401))).rejects.toThrow();
    await expect(a.checkError(new HttpError('x', 403))).resolves.toBeUndefined();
    await expect(a.checkError(new HttpError('x', 409))).resolves.toBeUndefined();
  });

  it('without a token, checkAuth fails and canAccess is false', async () => {
    const { auth: a } = auth(() => ({ data: {} }));
    await expect(a.checkAuth({})).rejects.toThrow();
    expect(await a.canAccess!({ action: 'list', resource: 'centers' })).toBe(false);
  });
});
