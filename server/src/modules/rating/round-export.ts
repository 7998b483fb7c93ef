import express, { NextFunction, Request, Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { readOn, readRouter, ROUTE_HEADER, routeHeader, RouteScope } from '../replica/read-router';
import { Actor } from '../../common/context';
import { AppError, parseId } from '../../common/errors';
import { requestActor, sendAppError } from '../../common/http';
import { formatFixed } from '../../common/fixed';
import { formatMoney } from '../../common/money';
import { sendTable, Cell, ExportColumn } from '../../common/table-export';
import { READERS } from '../../common/crud.resolver';
import { writeAudit } from '../audit/audit.service';
import { CenterRating, RatingRound } from './rating.entities';
import { SubsidyAllocation, SubsidyRound } from '../subsidy/subsidy.entities';
import { explainRating } from './rating.resolver';
import { zh } from '../export/labels';
import { parseScheme } from './rating.service';

const REASON_ZH: Record<string, string> = { LEVEL_WEIGHT_ZERO: '该星级权重为 0', LEVEL_AMOUNT_ZERO: '该星级资助额为 0', ROUNDED_TO_ZERO: '份额不足 1 元' };
const score = (h: number | null) => (h === null ? null : formatFixed(h, 2));

/** The center, community and street columns every round export starts with (one join query). */
async function centerNames(ds: Pick<EntityManager, 'query'>, ids: number[]) {
  if (!ids.length) return new Map<number, { code: string; name: string; community: string; street: string }>();
  const rows: { id: number; code: string; name: string; community: string; street: string }[] = await ds.query(
    `SELECT c.id AS id, c.code AS code, c.name AS name, cm.name AS community, s.name AS street
       FROM center c JOIN community cm ON cm.id = c.community_id JOIN street s ON s.id = cm.street_id
      WHERE c.id IN (${ids.map(() => '?').join(',')})`,
    ids,
  );
  return new Map(rows.map((r) => [Number(r.id), r]));
}

/**
 * GET /export/rating-rounds/:id/ratings.(csv|xlsx) and /export/subsidy-rounds/:id/allocations.(csv|xlsx):
 * the tables the office files with the finance bureau, with Chinese headers and amounts in yuan.
 * Bearer token as for /graphql; every export is written to the audit log.
 */
export function roundExportRouter(ds: DataSource): express.Router {
  const router = express.Router();

  const authed = async (req: Request): Promise<Actor> => {
    const actor = await requestActor(ds, req, { refuseApiKeys: 'Partner API keys may not export round results' });
    if (!READERS.includes(actor.role)) throw new AppError('FORBIDDEN', 'Your role may not export round results');
    return actor;
  };

  /** Reads of an export run on a read replica when the replica router allows it (modules/replica). */
  type Read = <T>(work: (m: EntityManager) => Promise<T>) => Promise<T>;
  const handle = (fn: (req: Request, res: Response, actor: Actor, format: 'csv' | 'xlsx', read: Read) => Promise<void>) => async (req: Request, res: Response, next: NextFunction) => {
    try {
      const format = req.params.format === 'xlsx' ? 'xlsx' : req.params.format === 'csv' ? 'csv' : null;
      if (!format) throw new AppError('BAD_USER_INPUT', 'The format is .csv or .xlsx', { field: 'format' });
      const actor = await authed(req);
      const scope: RouteScope = { ds, actor };
      const read: Read = async (work) => {
        const result = await readOn(scope, 'export', (runner) => work(runner?.manager ?? ds.manager));
        if (readRouter(ds)) res.setHeader(ROUTE_HEADER, routeHeader(scope));
        return result;
      };
      await fn(req, res, actor, format, read);
    } catch (e) {
      if (e instanceof AppError) sendAppError(res, e);
      else next(e);
    }
  };

  const audit = (actor: Actor, entity: string, id: number, format: string, rows: number) =>
    ds.transaction((m) => writeAudit(m, actor, null, { action: 'EXPORT', entity, entityId: id, after: { format, rows } }));

  router.get(
    '/rating-rounds/:id/ratings.:format',
    handle(async (req, res, actor, format, read) => {
      const id = parseId(req.params.id);
      const { round, ratings, names } = await read(async (m) => {
        const round = await m.getRepository(RatingRound).findOneBy({ id });
        if (!round) throw new AppError('NOT_FOUND', `Rating round ${id} not found`);
        const ratings = await m.getRepository(CenterRating).find({ where: { roundId: id } });
        return { round, ratings, names: await centerNames(m, ratings.map((r) => r.centerId)) };
      });
      const scheme = parseScheme(round);
      ratings.sort((a, b) => (names.get(a.centerId)!.code < names.get(b.centerId)!.code ? -1 : 1));
      const columns: ExportColumn[] = [
        { header: '序号', width: 6 }, { header: '中心编号', width: 12 }, { header: '星光老年之家', width: 28 }, { header: '街道' }, { header: '社区' },
        { header: '挂牌时间', width: 12 }, { header: '使用面积(㎡)', numFmt: '0.00' }, { header: '服务情况', numFmt: '0.0' }, { header: '老人人数' }, { header: '残疾人数' },
        { header: '满年数' }, { header: '服务得分', numFmt: '0.00' }, { header: '面积得分', numFmt: '0.00' }, { header: '年限得分', numFmt: '0.00' },
        { header: '人口得分', numFmt: '0.00' }, { header: '总分', numFmt: '0.00' }, { header: '星级' }, { header: '评定说明', width: 60 },
      ];
      const rows: Cell[][] = ratings.map((r, i) => {
        const c = names.get(r.centerId)!;
        return [
          i + 1, c.code, c.name, c.street, c.community, r.plaqueDate, formatFixed(r.floorAreaCenti, 2), formatFixed(r.serviceInputTenths, 1), r.elderlyCount, r.disabledCount, r.yearsOpen,
          score(r.serviceScoreH), score(r.areaScoreH), score(r.seniorityScoreH), score(r.populationScoreH), score(r.totalH), zh('StarLevel', r.level), explainRating(r, scheme),
        ];
      });
      await audit(actor, 'RatingRound', id, format, rows.length);
      await sendTable(res, format, `${round.name}-评定结果`, '星级评定', columns, rows);
    }),
  );

  router.get(
    '/subsidy-rounds/:id/allocations.:format',
    handle(async (req, res, actor, format, read) => {
      const id = parseId(req.params.id);
      const { round, allocations, names } = await read(async (m) => {
        const round = await m.getRepository(SubsidyRound).findOneBy({ id });
        if (!round) throw new AppError('NOT_FOUND', `Subsidy round ${id} not found`);
        const allocations = await m.getRepository(SubsidyAllocation).find({ where: { roundId: id } });
        return { round, allocations, names: await centerNames(m, allocations.map((a) => a.centerId)) };
      });
      allocations.sort((a, b) => (names.get(a.centerId)!.code < names.get(b.centerId)!.code ? -1 : 1));
      const columns: ExportColumn[] = [
        { header: '序号', width: 6 }, { header: '中心编号', width: 12 }, { header: '星光老年之家', width: 28 }, { header: '街道' }, { header: '社区' }, { header: '星级' },
        { header: '权重', numFmt: '0.000' }, { header: '申请额(元)', width: 14, numFmt: '#,##0.00' }, { header: '资助金额(元)', width: 16, numFmt: '#,##0.00' },
        { header: '说明', width: 20 },
      ];
      const rows: Cell[][] = allocations.map((a, i) => {
        const c = names.get(a.centerId)!;
        return [
          i + 1, c.code, c.name, c.street, c.community, zh('StarLevel', a.level), a.weightMilli === null ? null : formatFixed(a.weightMilli, 3),
          a.demand === null ? null : formatMoney(a.demand), formatMoney(a.amount), a.reason ? REASON_ZH[a.reason] : null,
        ];
      });
      const total = allocations.reduce((s, a) => s + a.amount, 0n);
      rows.push([null, null, '合计', null, null, null, null, null, formatMoney(total), `预算 ${formatMoney(round.budget)}，未分配 ${formatMoney(round.unallocated)}`]);
      await audit(actor, 'SubsidyRound', id, format, allocations.length);
      await sendTable(res, format, `${round.name}-资助分配`, '资助分配', columns, rows);
    }),
  );

  return router;
}
