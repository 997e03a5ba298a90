import { Router } from 'express';
import { renderCsv, reportModel } from '../../report';
import type { AlignmentService } from '../../service';

/** The reports of a stored alignment: all drawn from the resource, so the same alignment gives the same report. */
export function reportRoutes(service: AlignmentService): Router {
  const router = Router();
  router.get('/api/v1/alignments/:id/report.csv', async (req, res) => {
    const model = reportModel(await service.get(req.params.id));
    res.type('text/csv; charset=utf-8').attachment(`alignment-${model.id}.csv`).send(renderCsv(model));
  });
  return router;
}
