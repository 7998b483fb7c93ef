/**
 * References by code, name or ID number, resolved in batches once the whole file has been read: streets,
 * communities and associations are few and loaded whole; centers and residents are looked up by the values the
 * file names, a few hundred per query. Never one query per row.
 */
import { DataSource, In } from 'typeorm';
import { Street } from '../area/street.entity';
import { Community } from '../area/community.entity';
import { Association } from '../association/association.entity';
import { Center } from '../center/center.entity';
import { Resident } from '../resident/resident.entity';
import { RefKind } from './import.types';

export type Lookup = { ok: true; id: number; record: unknown } | { ok: false; code: string; reason: string };

const CHUNK = 500;

async function inChunks<T>(values: string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(...(await load(values.slice(i, i + CHUNK))));
  return out;
}

const LABEL: Record<RefKind, string> = { street: '街道', community: '社区', association: '老年协会', center: '星光老年之家', resident: '老年人' };

function pick<T extends { id: number }>(kind: RefKind, value: string, found: T[], within?: string | null): Lookup {
  if (found.length === 1) return { ok: true, id: found[0].id, record: found[0] };
  const code = kind.toUpperCase();
  if (!found.length) {
    return within
      ? { ok: false, code: `UNKNOWN_${code}`, reason: `街道“${within}”下没有名为“${value}”的${LABEL[kind]}` }
      : { ok: false, code: `UNKNOWN_${code}`, reason: `${LABEL[kind]}“${value}”不存在` };
  }
  return { ok: false, code: `AMBIGUOUS_${code}`, reason: `有 ${found.length} 个名为“${value}”的${LABEL[kind]}，请同时填写所属街道` };
}

interface Named {
  id: number;
  name: string;
  street: string;
}

/** Indexes by name (and by id, for a cell holding a number that is no name). */
function byName<T extends Named>(rows: T[]) {
  const names = new Map<string, T[]>();
  const ids = new Map<number, T>();
  for (const r of rows) {
    if (!names.has(r.name)) names.set(r.name, []);
    names.get(r.name)!.push(r);
    ids.set(r.id, r);
  }
  return (value: string, within?: string | null): T[] => {
    let found = names.get(value) ?? [];
    if (!found.length && /^[1-9]\d{0,9}$/.test(value) && ids.has(Number(value))) found = [ids.get(Number(value))!];
    return within ? found.filter((r) => r.street === within) : found;
  };
}

/** The references one import needs, loaded for the values the file names. */
export class References {
  private readonly finders = new Map<RefKind, (value: string, within?: string | null) => Lookup>();

  constructor(private readonly ds: DataSource) {}

  async load(kind: RefKind, values: Set<string>): Promise<void> {
    const list = [...values];
    switch (kind) {
      case 'street': {
        const streets = await this.ds.getRepository(Street).find({ select: { id: true, name: true } });
        const find = byName(streets.map((s) => ({ id: s.id, name: s.name, street: s.name })));
        this.finders.set(kind, (v) => pick(kind, v, find(v)));
        return;
      }
      case 'community': {
        const rows: { id: number | string; name: string; street: string }[] = await this.ds.query(
          'SELECT c.id AS id, c.name AS name, s.name AS street FROM community c JOIN street s ON s.id = c.street_id',
        );
        const find = byName(rows.map((r) => ({ ...r, id: Number(r.id) })));
        this.finders.set(kind, (v, within) => pick(kind, v, find(v, within), within));
        return;
      }
      case 'association': {
        const rows: { id: number | string; name: string; street: string }[] = await this.ds.query(
          'SELECT a.id AS id, a.name AS name, s.name AS street FROM association a JOIN street s ON s.id = a.street_id',
        );
        const find = byName(rows.map((r) => ({ ...r, id: Number(r.id) })));
        this.finders.set(kind, (v, within) => {
          const all = find(v);
          // the street narrows a name several streets use; it does not have to be the association's own street
          const narrowed = within && all.length > 1 ? all.filter((a) => a.street === within) : all;
          return pick(kind, v, narrowed.length ? narrowed : all);
        });
        return;
      }
      case 'center': {
        const repo = this.ds.getRepository(Center);
        const select = { id: true, code: true, name: true } as const;
        const rows = list.length
          ? await inChunks(list, (chunk) => repo.find({ select, where: [{ code: In(chunk.map((c) => c.toUpperCase())) }, { name: In(chunk) }] }))
          : [];
        const codes = new Map(rows.map((c) => [c.code, c]));
        const names = new Map<string, Center[]>();
        for (const c of rows) names.set(c.name, [...(names.get(c.name) ?? []), c]);
        this.finders.set(kind, (v) => {
          const byCode = codes.get(v.toUpperCase());
          return byCode ? { ok: true, id: byCode.id, record: byCode } : pick(kind, v, names.get(v) ?? []);
        });
        return;
      }
      case 'resident': {
        const repo = this.ds.getRepository(Resident);
        const select = { id: true, name: true, idNumber: true, birthDate: true, deceasedOn: true, householdRegistered: true, hasEmployer: true } as const;
        const rows = list.length ? await inChunks(list, (chunk) => repo.find({ select, where: { idNumber: In(chunk) } })) : [];
        const ids = new Map(rows.map((r) => [r.idNumber, r]));
        this.finders.set(kind, (v) => {
          const r = ids.get(v);
          return r ? { ok: true, id: r.id, record: r } : { ok: false, code: 'UNKNOWN_RESIDENT', reason: `没有身份证号为 ${v} 的老年人（请先导入或录入该老年人）` };
        });
        return;
      }
    }
  }

  find(kind: RefKind, value: string, within?: string | null): Lookup {
    const f = this.finders.get(kind);
    if (!f) throw new Error(`references of ${kind} not loaded`);
    return f(value, within);
  }
}
