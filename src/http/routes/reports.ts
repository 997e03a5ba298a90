import { Router } from 'express';
import { HTML_REPORT_CSP, renderCsv, renderHtml, reportModel } from '../../report';
import type { AlignmentService } from '../../service';

/** The reports of a stored alignment: all drawn from the resource, so the same alignment gives the same report. */
export function reportRoutes(service: AlignmentService): Router {
  const router = Router();
  router.get('/api/v1/alignments/:id/report.csv', async (req, res) => {
    const model = reportModel(await service.get(req.params.id));
    res.type('text/csv; charset=utf-8').attachment(`alignment-${model.id}.csv`).send(renderCsv(model));
  });
  router.get('/api/v1/alignments/:id/report.pdf', async (req, res) => {
    // Rendered in a worker (pdfkit lays out every page synchronously), then sent in one piece with its length.
    const { id, bytes } = await service.pdf(req.params.id);
    res.type('application/pdf').attachment(`alignment-${id}.pdf`).send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
  router.get('/api/v1/alignments/:id/report.html', async (req, res) => {
    const resource = await service.get(req.params.id);
    res.set('Content-Security-Policy', HTML_REPORT_CSP).type('html').send(renderHtml(reportModel(resource)));
  });
  return router;
}
