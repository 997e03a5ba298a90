import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import request from 'supertest';
import { webRoutes } from '../../src/http/routes/web';
import { reportModel } from '../../src/report';
import { HTML_REPORT_CSP, renderHtml } from '../../src/report/html';
import type { AlignmentResource } from '../../src/service';
import { testApp } from '../fixtures/app';

export interface WebServer {
  readonly base: string;
  /** Which report routes the real app has; the ones it lacks are stood in for (HTML) or only their links checked (PDF). */
  readonly real: { readonly page: boolean; readonly html: boolean; readonly pdf: boolean; readonly csv: boolean };
  close(): Promise<void>;
}

/** The app answers an unknown route with "No route for …", and a known route with an unknown id otherwise. */
async function hasRoute(path: string): Promise<boolean> {
  const res = await request(testApp()).get(path);
  return !(res.status === 404 && String(res.body.detail).startsWith('No route'));
}

/**
 * The test app on a random port, with the web page mounted in front if the
 * app does not serve it yet (as `app.use(webRoutes())` does). Until the reports engineer's
 * report.html route exists, a stand-in serves `renderHtml` (with its CSP) for
 * that URL, reading the resource through the API itself. POSTs to the
 * alignment API are held back `delayMs`, so the page's progress can be seen.
 */
export async function startWebServer(options: { delayMs?: number } = {}): Promise<WebServer> {
  const real = {
    page: await hasRoute('/'),
    html: await hasRoute('/api/v1/alignments/none/report.html'),
    pdf: await hasRoute('/api/v1/alignments/none/report.pdf'),
    csv: await hasRoute('/api/v1/alignments/none/report.csv'),
  };
  const outer = express();
  let base = '';
  if (!real.page) outer.use(webRoutes());
  if (options.delayMs) {
    outer.post('/api/v1/alignments', (_req, _res, next) => {
      setTimeout(next, options.delayMs);
    });
  }
  if (!real.html) {
    outer.get('/api/v1/alignments/:id/report.html', async (req, res) => {
      const found = await fetch(`${base}/api/v1/alignments/${encodeURIComponent(req.params.id)}`);
      if (!found.ok)
        return void res
          .status(found.status)
          .type('application/problem+json')
          .send(await found.text());
      const resource = (await found.json()) as AlignmentResource;
      res
        .set('Content-Security-Policy', HTML_REPORT_CSP)
        .type('html')
        .send(renderHtml(reportModel(resource)));
    });
  }
  outer.use(testApp());
  const server: Server = await new Promise((resolve) => {
    const s = outer.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    real,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
}
