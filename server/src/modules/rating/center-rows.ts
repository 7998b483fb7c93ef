import { EntityTarget, ObjectLiteral } from 'typeorm';
import { Ctx } from '../../common/context';
import { likePattern, likeSql, SortItem } from '../../common/crud.service';
import { BadInput, parseId } from '../../common/errors';
import { checkPage, ListResult, PageArgs, SortDirection } from '../../common/list';
import { Center } from '../center/center.entity';

export interface CenterRowFilter {
  level?: string[] | null;
  streetId?: string | null;
  communityId?: string | null;
  q?: string | null;
}

/**
 * A page of a round's per-center rows (ratings of a rating round, allocations of a subsidy round): filtered by
 * level, street, community and center code/name, sorted on whitelisted columns (`c.` is the center), by center
 * code by default. The center join is many-to-one, so it never multiplies rows before LIMIT.
 */
export async function pageCenterRows<E extends ObjectLiteral>(
  ctx: Ctx,
  entity: EntityTarget<E>,
  roundId: number,
  filter: CenterRowFilter | null,
  sort: SortItem[] | null,
  sortColumns: Record<string, string>,
  page: PageArgs,
): Promise<ListResult<E>> {
  const { skip, take } = checkPage(page);
  const qb = ctx.ds.getRepository(entity).createQueryBuilder('x').innerJoin(Center, 'c', 'c.id = x.centerId').where('x.roundId = :rid', { rid: roundId });
  if (filter?.level?.length) qb.andWhere('x.level IN (:...lv)', { lv: filter.level });
  if (filter?.communityId) qb.andWhere('c.communityId = :cm', { cm: parseId(filter.communityId, 'filter.communityId') });
  if (filter?.streetId) qb.andWhere('c.communityId IN (SELECT cm.id FROM community cm WHERE cm.street_id = :sid)', { sid: parseId(filter.streetId, 'filter.streetId') });
  if (filter?.q?.trim()) qb.andWhere(`(${likeSql('c.code', 'q')} OR ${likeSql('c.name', 'q')})`, { q: likePattern(filter.q.trim()) });
  const totalItems = await qb.getCount();
  if (!totalItems) return { items: [], totalItems };
  (sort?.length ? sort : [{ field: 'centerCode', direction: SortDirection.ASC }]).forEach((s, i) => {
    const col = s.field === 'centerCode' ? 'c.code' : sortColumns[s.field];
    if (!col) throw new BadInput('sort', `Cannot sort by ${s.field}`);
    qb[i ? 'addOrderBy' : 'orderBy'](col, s.direction === SortDirection.DESC ? 'DESC' : 'ASC');
  });
  qb.addOrderBy('x.id', 'ASC');
  return { items: await qb.offset(skip).limit(take).getMany(), totalItems };
}
