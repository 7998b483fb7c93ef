import DataLoader from 'dataloader';
import { DataSource, EntityTarget, In, ObjectLiteral } from 'typeorm';

/**
 * Per-request DataLoaders: every relation field resolver goes through them, so a page of 500 rows costs one
 * query per relation, not one per row.
 */
export class Loaders {
  /**
   * `DATALOADERS=off` (benchmark only, docs/operations.md): every load runs on its own, uncached — the same schema
   * "without DataLoaders", one statement per row and relation, as the N+1 baseline of `npm run bench`.
   */
  static batching = process.env.DATALOADERS !== 'off';

  private readonly options: { maxBatchSize?: number; batch?: boolean; cache?: boolean } = Loaders.batching ? { maxBatchSize: 1000 } : { batch: false, cache: false };

  /** Whether loaded (and primed) rows are kept for the request: false with DATALOADERS=off. */
  readonly caching = Loaders.batching;

  private readonly byIdLoaders = new Map<unknown, DataLoader<number, unknown>>();
  private readonly groupLoaders = new Map<string, DataLoader<number, unknown[]>>();

  constructor(private readonly ds: DataSource) {}

  /** Loads rows of `entity` by primary key `id`. */
  byId<E extends ObjectLiteral & { id: number }>(entity: EntityTarget<E>): DataLoader<number, E | null> {
    let loader = this.byIdLoaders.get(entity) as DataLoader<number, E | null> | undefined;
    if (!loader) {
      loader = new DataLoader<number, E | null>(async (ids) => {
        const rows = await this.ds.getRepository(entity).find({ where: { id: In([...ids]) } as never });
        const map = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => map.get(id) ?? null);
      }, this.options);
      this.byIdLoaders.set(entity, loader as DataLoader<number, unknown>);
    }
    return loader;
  }

  /** Loads the rows of `entity` whose column `fk` equals each key (one-to-many), ordered by id. */
  groupBy<E extends ObjectLiteral & { id: number }>(entity: EntityTarget<E>, fk: keyof E & string): DataLoader<number, E[]> {
    const key = `${String((entity as { name?: string }).name ?? entity)}.${fk}`;
    let loader = this.groupLoaders.get(key) as DataLoader<number, E[]> | undefined;
    if (!loader) {
      loader = new DataLoader<number, E[]>(async (keys) => {
        const rows = await this.ds.getRepository(entity).find({ where: { [fk]: In([...keys]) } as never, order: { id: 'ASC' } as never });
        const map = new Map<number, E[]>();
        for (const r of rows) {
          const k = r[fk] as number;
          if (!map.has(k)) map.set(k, []);
          map.get(k)!.push(r);
        }
        return keys.map((k) => map.get(k) ?? []);
      }, this.options);
      this.groupLoaders.set(key, loader as DataLoader<number, unknown[]>);
    }
    return loader;
  }

  /** A custom loader cached for the request under `key`. */
  custom<K, V>(key: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.groupLoaders.get(key) as unknown as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch as never, this.options);
      this.groupLoaders.set(key, loader as unknown as DataLoader<number, unknown[]>);
    }
    return loader;
  }
}
