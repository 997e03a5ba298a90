import { Router } from 'express';
import { HTML_REPORT_CSP, renderCsv, renderHtml, renderPdf, reportModel } from '../../report';
import type { AlignmentService } from '../../service';

/** The reports of a stored alignment: all drawn from the resource, so the same alignment gives the same report. */
export function reportRoutes(service: AlignmentService): Router {
  const router = Router();
  router.get('/api/v1/alignments/:id/report.csv', async (req, res) => {
    const model = reportModel(await service.get(req.params.id));
    res.type('text/csv; charset=utf-8').attachment(`alignment-${model.id}.csv`).send(renderCsv(model));
  });
  router.get('/api/v1/alignments/:id/report.pdf', async (req, res) => {
    const model = reportModel(await service.get(req.params.id));
    // Streamed: pages go out as pdfkit writes them.
    res.type('application/pdf').attachment(`alignment-${model.id}.pdf`);
    renderPdf(model).pipe(res);
  });
  router.get('/api/v1/alignments/:id/report.html', async (req, res) => {
    const resource = await service.get(req.params.id);
    res.set('Content-Security-Policy', HTML_REPORT_CSP).type('html').send(renderHtml(resource, reportModel(resource)));
  });
  return router;
}
