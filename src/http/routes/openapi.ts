import { Router } from 'express';
import { openApiDocument } from '../openapi/document';
import { apiPage } from '../openapi/page';

/** GET /api/v1/openapi.json (OpenAPI 3.1) and GET /api/v1/docs (the same, for people). */
export function openApiRoutes(): Router {
  const router = Router();
  const document = openApiDocument();
  const page = apiPage();
  router.get('/api/v1/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.get('/api/v1/docs', (_req, res) => {
    res.type('html').send(page);
  });
  return router;
}
