import type { Express, RequestHandler } from 'express';
import { AppError } from '../../errors';

interface RouteLayer {
  route?: { methods: Record<string, boolean> };
  handle?: { stack?: RouteLayer[] };
  match(path: string): unknown;
}

/** The methods the app's routes answer for `path`, read from the router itself so the list cannot drift from the routes. */
function methodsFor(stack: readonly RouteLayer[], path: string, into: Set<string>): void {
  for (const layer of stack) {
    if (layer.route) {
      if (layer.match(path)) for (const [method, on] of Object.entries(layer.route.methods)) if (on && method !== '_all') into.add(method.toUpperCase());
    } else if (layer.handle?.stack) {
      methodsFor(layer.handle.stack, path, into);
    }
  }
}

/**
 * After every route: a path that exists under other methods answers 405 with
 * `Allow` (HEAD goes with GET); anything else falls through to the 404.
 */
export function methodNotAllowed(app: Express): RequestHandler {
  return (req, res, next) => {
    const methods = new Set<string>();
    methodsFor((app as unknown as { router: { stack: RouteLayer[] } }).router.stack, req.path, methods);
    if (methods.size === 0) return next();
    if (methods.has('GET')) methods.add('HEAD');
    const allow = [...methods].sort().join(', ');
    res.setHeader('Allow', allow);
    next(new AppError('method_not_allowed', `${req.method} is not allowed on ${req.path}; use ${allow}.`));
  };
}
