import { afterEach, describe, expect, it } from 'vitest';
import { createClient, graphqlUrl } from '../src/dataProvider/client';

const g = globalThis as { window?: { __ELDERGRAPH__?: { graphqlUrl?: string } } };

describe('the GraphQL URL the panel calls', () => {
  afterEach(() => {
    delete g.window;
  });

  it('is the API’s own /graphql unless configured', () => {
    expect(graphqlUrl()).toBe('/graphql');
    g.window = { __ELDERGRAPH__: {} };
    expect(graphqlUrl()).toBe('/graphql');
  });

  it('follows the runtime setting from /config.js (a federation gateway)', async () => {
    g.window = { __ELDERGRAPH__: { graphqlUrl: 'https://gateway.example/graphql' } };
    expect(graphqlUrl()).toBe('https://gateway.example/graphql');
    const calls: string[] = [];
    const request = createClient({
      fetch: async (url) => {
        calls.push(url);
        return new Response(JSON.stringify({ data: { me: null } }), { headers: { 'content-type': 'application/json' } });
      },
      getToken: () => null,
    });
    await request({ toString: () => '{ me { id } }' }, {});
    expect(calls).toEqual(['https://gateway.example/graphql']);
  });
});
