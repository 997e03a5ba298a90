import { Router } from 'express';
import type { ReportFormat } from '../../jobs';
import { reportFileName } from '../../report/filename';
// The policy alone, not report/html: the renderer (and the alignment stack under its model) runs in the report workers.
import { REPORT_CSP as HTML_REPORT_CSP } from '../../report/html/script';
import type { AlignmentService } from '../../service';
import { asBuffer } from '../../workers/transfer';
import { callerOf } from './alignments';

const TYPES: Readonly<Record<ReportFormat, string>> = { pdf: 'application/pdf', html: 'text/html; charset=utf-8', csv: 'text/csv; charset=utf-8' };

/**
 * The reports of a stored alignment: rendered once in a report worker, kept
 * beside the alignment, then sent from the store with their length.
 */
export function reportRoutes(service: AlignmentService): Router {
  const router = Router();
  for (const format of ['pdf', 'html', 'csv'] as const) {
    router.get(`/api/v1/alignments/:id/report.${format}`, async (req, res) => {
      const { bytes, stored } = await service.report(req.params.id, format, callerOf(req));
      // Over the key's storage quota the report is still sent, rendered for this request only; the header says so.
      if (!stored) res.set('X-Report-Stored', 'false');
      // Named from the documents' titles and dates, kept beside the stored resource (never parsed here for a name);
      // the HTML opens in place but saves under that name too.
      const name = reportFileName(await service.documents(req.params.id, callerOf(req)), format);
      if (format === 'html') res.set('Content-Security-Policy', HTML_REPORT_CSP).set('Content-Disposition', `inline; filename="${name}"`);
      else res.attachment(name);
      res.type(TYPES[format]).send(asBuffer(bytes));
    });
  }
  return router;
}
