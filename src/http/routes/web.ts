import { Router } from 'express';
import { webPage } from '../../web/page';

/**
 * GET / — the web page. It sets its own Content-Security-Policy (its script
 * and stylesheet by hash), replacing helmet's default, which forbids inline
 * scripts.
 *
 * @example
 * app.use(webRoutes({ needsKey: config.apiKeys.length > 0 }));
 */
export function webRoutes(options: { needsKey?: boolean } = {}): Router {
  const router = Router();
  const { html, csp } = webPage({ needsKey: options.needsKey ?? false });
  router.get('/', (_req, res) => {
    res.set('Content-Security-Policy', csp).set('Cache-Control', 'no-cache').type('html').send(html);
  });
  return router;
}
