import { describe, expect, it } from 'vitest';
import { createClient } from '../src/dataProvider/client';
import { createDataProvider } from '../src/dataProvider';
import { createInput, mapFilter, mapPagination, mapSort, updateInput } from '../src/dataProvider/mapping';
import { resources } from '../src/dataProvider/resources';
import { fakeApi, gqlError } from './helpers';

const t = (key: string, o?: Record<string, unknown>) => `${key}${o?.detail ? `|${o.detail}` : ''}`;

function provider(handler: Parameters<typeof fakeApi>[0], token: string | null = 'tok') {
  const api = fakeApi(handler);
  const dp = createDataProvider({ request: createClient({ fetch: api.fetch, getToken: () => token }), translate: t });
  return { dp, calls: api.calls };
}

const center = (id: string, version = 1, extra: Record<string, unknown> = {}) => ({ id, version, code: `XG-${id}`, name: `C${id}`, floorArea: 100, ...extra });

describe('mapping', () => {
  it('keeps only whitelisted, non-empty filters and wraps list filters', () => {
    expect(mapFilter(resources.centers, { q: 'abc', status: 'ACTIVE', bogus: 1, streetId: '', plaqueFrom: null, serviceScoreMin: 0 })).toEqual({
      q: 'abc',
      status: ['ACTIVE'],
      serviceScoreMin: 0,
    });
    expect(mapFilter(resources.centers, { status: [] })).toBeUndefined();
    expect(mapFilter(resources.residents, { residence: ['HOME'], centenarian: false, ageMin: 60 })).toEqual({ residence: ['HOME'], centenarian: false, ageMin: 60 });
  });

  it('sorts only by fields the API whitelists', () => {
    expect(mapSort(resources.centers, { field: 'code', order: 'DESC' })).toEqual([{ field: 'code', direction: 'DESC' }]);
    expect(mapSort(resources.centers, { field: 'community.name', order: 'ASC' })).toBeUndefined();
    expect(mapSort(resources.centerRatings, { field: 'centerCode', order: 'ASC' })).toEqual([{ field: 'centerCode', direction: 'ASC' }]);
  });

  it('turns pages into skip/take and caps take at 500', () => {
    expect(mapPagination({ page: 3, perPage: 25 })).toEqual({ skip: 50, take: 25 });
    expect(mapPagination({ page: 1, perPage: 1000 })).toEqual({ skip: 0, take: 500 });
  });

  it('builds create input from whitelisted, non-empty fields', () => {
    expect(createInput(resources.centers, { id: 'x', code: 'A', name: 'B', address: '', contactName: null, floorArea: 12.5, currentLevel: 'FIVE' })).toEqual({
      code: 'A',
      name: 'B',
      floorArea: 12.5,
    });
  });

  it('builds update input: id, the loaded version, only changed fields, emptied = null', () => {
    const prev = center('7', 4, { address: 'old', contactName: 'Li', serviceScore: 80 });
    const data = { ...prev, address: 'new', contactName: '', serviceScore: 80, currentLevel: 'ONE', version: 9 };
    expect(updateInput(resources.centers, '7', data, prev)).toEqual({ id: '7', version: 4, address: 'new', contactName: null });
  });
});

describe('data provider', () => {
  it('getList sends filter, sort, skip and take, and maps items/totalItems; bearer token attached', async () => {
    const { dp, calls } = provider(() => ({ data: { centers: { items: [center('1')], totalItems: 165 } } }));
    const res = await dp.getList('centers', { pagination: { page: 2, perPage: 10 }, sort: { field: 'serviceScore', order: 'DESC' }, filter: { q: 'x', status: 'ACTIVE' } });
    expect(res).toEqual({ data: [center('1')], total: 165 });
    expect(calls[0].operationName).toBe('AdminCenters');
    expect(calls[0].variables).toEqual({ filter: { q: 'x', status: ['ACTIVE'] }, sort: [{ field: 'serviceScore', direction: 'DESC' }], skip: 10, take: 10 });
    expect(calls[0].headers.authorization).toBe('Bearer tok');
  });

  it('getOne maps null to a 404', async () => {
    const { dp } = provider(() => ({ data: { center: null } }));
    await expect(dp.getOne('centers', { id: '9' })).rejects.toMatchObject({ status: 404 });
  });

  it('getMany asks by ids, in chunks of 500', async () => {
    const { dp, calls } = provider((_op, v) => ({ data: { centers: { items: (v.filter.ids as string[]).map((id) => center(id)), totalItems: v.filter.ids.length } } }));
    const ids = Array.from({ length: 620 }, (_, i) => String(i + 1));
    const res = await dp.getMany('centers', { ids });
    expect(res.data).toHaveLength(620);
    expect(calls.map((c) => (c.variables.filter as { ids: string[] }).ids.length)).toEqual([500, 120]);
    expect(calls[0].variables.take).toBe(500);
  });

  it('getManyReference puts the target in the filter; nested ratings go through the round', async () => {
    const { dp, calls } = provider((op) =>
      op === 'AdminRoundRatings' ? { data: { ratingRound: { id: '3', ratings: { items: [{ id: 'r1' }], totalItems: 1 } } } } : { data: { centers: { items: [], totalItems: 0 } } },
    );
    await dp.getManyReference('centers', { target: 'communityId', id: '5', pagination: { page: 1, perPage: 25 }, sort: { field: 'code', order: 'ASC' }, filter: {} });
    expect(calls[0].variables.filter).toEqual({ communityId: '5' });
    const res = await dp.getManyReference('centerRatings', { target: 'roundId', id: '3', pagination: { page: 1, perPage: 25 }, sort: { field: 'total', order: 'DESC' }, filter: { level: ['ONE', 'FAIL'] } });
    expect(res).toEqual({ data: [{ id: 'r1' }], total: 1 });
    expect(calls[1].operationName).toBe('AdminRoundRatings');
    expect(calls[1].variables).toEqual({ roundId: '3', filter: { level: ['ONE', 'FAIL'] }, sort: [{ field: 'total', direction: 'DESC' }], skip: 0, take: 25 });
  });

  it('create sends the input and returns the record', async () => {
    const { dp, calls } = provider((_op, v) => ({ data: { createCenter: { id: '200', version: 1, ...v.input } } }));
    const res = await dp.create('centers', { data: { code: 'XG-N-1', name: 'N', communityId: '1', floorArea: 10, plaqueDate: '2015-01-01', elderlyCount: 1, disabledCount: 0, serviceScore: 80 } });
    expect(res.data.id).toBe('200');
    expect(calls[0].operationName).toBe('AdminCreateCenter');
    expect(calls[0].variables.input).toMatchObject({ code: 'XG-N-1', disabledCount: 0 });
  });

  it('update sends version and only the changed fields', async () => {
    const { dp, calls } = provider((_op, v) => ({ data: { updateCenter: { ...center('7', 5), ...v.input, version: 5 } } }));
    const prev = center('7', 4, { name: 'Old' });
    await dp.update('centers', { id: '7', data: { ...prev, name: 'New' }, previousData: prev });
    expect(calls[0].variables).toEqual({ input: { id: '7', version: 4, name: 'New' } });
  });

  it('updateMany and deleteMany read the current versions first, then write each record', async () => {
    const { dp, calls } = provider((op, v) => {
      if (op === 'AdminCenters') return { data: { centers: { items: v.filter.ids.map((id: string) => center(id, Number(id) * 10)), totalItems: v.filter.ids.length } } };
      if (op === 'AdminUpdateCenter') return { data: { updateCenter: { ...center(v.input.id), ...v.input } } };
      return { data: { deleteCenter: v.id } };
    });
    expect(await dp.updateMany('centers', { ids: ['1', '2'], data: { status: 'SUSPENDED' } })).toEqual({ data: ['1', '2'] });
    expect(calls.filter((c) => c.operationName === 'AdminUpdateCenter').map((c) => c.variables.input)).toEqual([
      { id: '1', version: 10, status: 'SUSPENDED' },
      { id: '2', version: 20, status: 'SUSPENDED' },
    ]);
    expect(await dp.deleteMany('centers', { ids: ['3'] })).toEqual({ data: ['3'] });
    expect(calls.at(-1)).toMatchObject({ operationName: 'AdminDeleteCenter', variables: { id: '3', version: 30 } });
  });

  it('delete uses the version of previousData', async () => {
    const { dp, calls } = provider((_op, v) => ({ data: { deleteCenter: v.id } }));
    await dp.delete('centers', { id: '4', previousData: center('4', 6) });
    expect(calls).toHaveLength(1);
    expect(calls[0].variables).toEqual({ id: '4', version: 6 });
  });

  it('a bulk delete with failures reports how many failed', async () => {
    const { dp } = provider((op, v) => {
      if (op === 'AdminCenters') return { data: { centers: { items: v.filter.ids.map((id: string) => center(id)), totalItems: 2 } } };
      return v.id === '2' ? gqlError('INVALID_STATE', 'center has visits') : { data: { deleteCenter: v.id } };
    });
    await expect(dp.deleteMany('centers', { ids: ['1', '2'] })).rejects.toMatchObject({ status: 409, message: expect.stringContaining('eg.errors.bulk') });
  });
});

describe('error mapping', () => {
  const fail = (answer: ReturnType<typeof gqlError> & { status?: number }) => provider(() => answer).dp;

  it('BAD_USER_INPUT with a field becomes a field error the form shows', async () => {
    const dp = fail(gqlError('BAD_USER_INPUT', 'floorArea must be more than 0 and at most 5000 m²', 'floorArea'));
    const err = await dp.create('centers', { data: { code: 'A' } }).catch((e) => e);
    expect(err.status).toBe(400);
    expect(err.body.errors.floorArea).toBe('eg.errors.field|floorArea must be more than 0 and at most 5000 m²');
    expect(err.body.errors.root.serverError).toContain('eg.errors.BAD_USER_INPUT');
  });

  it('a nested field path lands on the top-level input', async () => {
    const dp = fail(gqlError('BAD_USER_INPUT', 'bad', 'input.serviceScore'));
    const err = await dp.create('centers', { data: {} }).catch((e) => e);
    expect(Object.keys(err.body.errors)).toContain('serviceScore');
  });

  it('CONFLICT (stale version) becomes the "someone else changed this record" message', async () => {
    const dp = fail(gqlError('CONFLICT', 'stale version'));
    const err = await dp.update('centers', { id: '1', data: center('1', 2, { name: 'x' }), previousData: center('1', 2) }).catch((e) => e);
    expect(err.status).toBe(409);
    expect(err.message).toMatch(/^eg\.errors\.CONFLICT/);
    expect(err.body.errors).toBeUndefined();
  });

  it('CONFLICT on a duplicate unique key names the field', async () => {
    const dp = fail(gqlError('CONFLICT', 'code XG-1 already exists', 'code'));
    const err = await dp.create('centers', { data: { code: 'XG-1' } }).catch((e) => e);
    expect(err.body.errors.code).toContain('eg.errors.duplicate');
  });

  it('UNAUTHENTICATED becomes 401 (the auth provider then logs out)', async () => {
    const dp = fail({ ...gqlError('UNAUTHENTICATED', 'Invalid token'), status: 401 });
    await expect(dp.getList('centers', { pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' }, filter: {} })).rejects.toMatchObject({ status: 401 });
  });

  it('FORBIDDEN, NOT_FOUND and INVALID_STATE keep their status and a translated message', async () => {
    for (const [code, status] of [
      ['FORBIDDEN', 403],
      ['NOT_FOUND', 404],
      ['INVALID_STATE', 409],
    ] as const) {
      const err = await fail(gqlError(code, 'why')).approveSubsidyRound('1', 1).catch((e) => e);
      expect(err).toMatchObject({ status, message: `eg.errors.${code}|why` });
    }
  });

  it('a network failure is a 503 with a readable message', async () => {
    const dp = createDataProvider({ request: createClient({ fetch: () => Promise.reject(new TypeError('fetch failed')), getToken: () => null }), translate: t });
    await expect(dp.getOne('centers', { id: '1' })).rejects.toMatchObject({ status: 503 });
  });
});
