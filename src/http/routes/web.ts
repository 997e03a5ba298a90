import { Router } from 'express';
import type { Limits } from '../../limits';
import { webPage } from '../../web/page';

/**
 * GET / — the web page. It sets its own Content-Security-Policy (its script
 * and stylesheet by hash), replacing helmet's default, which forbids inline
 * scripts.
 *
 * @example
 * app.use(webRoutes({ needsKey: config.apiKeys.length > 0 }));
 */
export function webRoutes(options: { needsKey?: boolean; limits?: Limits } = {}): Router {
  const router = Router();
  const { html, csp } = webPage({ needsKey: options.needsKey ?? false, ...(options.limits ? { limits: options.limits } : {}) });
  router.get('/', (_req, res) => {
    res.set('Content-Security-Policy', csp).set('Cache-Control', 'no-cache').type('html').send(html);
  });
  return router;
}
