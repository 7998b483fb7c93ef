import express, { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { Ctx } from '../../common/context';
import { READERS } from '../../common/crud.resolver';
import { BadInput, Forbidden } from '../../common/errors';
import { services } from '../../services';
import { writeAudit } from '../audit/audit.service';
import { exportContext, FormatError, queryParam, sendExportError } from '../export/export-http';
import { requestActor } from '../../common/http';
import { workReportDocx } from './work-report.docx';

/**
 * GET /export/work-report.docx?from=YYYY-MM-DD&to=YYYY-MM-DD&streetId= — the work report (figures, sentences and
 * tables) as a Word document in Chinese. Same callers as the `workReport` query (ADMIN, OFFICER, ANALYST; no API
 * key), audited as an EXPORT.
 */
export function workReportExportRouter({ ds, formatError }: { ds: DataSource; formatError: FormatError }): express.Router {
  const router = express.Router();
  router.get('/work-report.docx', async (req: Request, res: Response) => {
    let ctx: Ctx | undefined;
    try {
      const actor = await requestActor(ds, req);
      if (actor.kind === 'API_KEY' || !READERS.includes(actor.role)) throw new Forbidden('The work report is for the office’s staff (ADMIN, OFFICER, ANALYST)');
      ctx = exportContext(ds, req, actor);
      const from = queryParam(req, 'from');
      const to = queryParam(req, 'to');
      if (!from) throw new BadInput('from', 'from (YYYY-MM-DD) is required');
      if (!to) throw new BadInput('to', 'to (YYYY-MM-DD) is required');
      const streetId = queryParam(req, 'streetId') || null;
      const report = await services({ ds }).workReport.build(ctx, { from, to, streetId });
      const file = await workReportDocx(report, ctx.now);
      await ds.transaction((m) =>
        writeAudit(m, actor, ctx!.requestId, { action: 'EXPORT', entity: 'WorkReport', entityId: null, after: { format: 'docx', from, to, streetId: report.streetId, title: report.title } }),
      );
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      res.setHeader('Content-Disposition', `attachment; filename="work-report.docx"; filename*=UTF-8''${encodeURIComponent(`${report.title}.docx`)}`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(file);
    } catch (e) {
      sendExportError(res, e, formatError, ctx?.requestId);
    }
  });
  return router;
}
