// The tag's own file, not the report room's index: the server's thread loads no renderer.
import { escapeHtml as escape } from '../../report/html/tag';
import { openApiDocument } from './document';

/**
 * A human-readable page of the API, generated from the same OpenAPI
 * document the service serves: self-contained, no scripts, no CDN.
 */
export function apiPage(): string {
  const doc = openApiDocument();
  const sections = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, unknown>)
      .filter(([method]) => ['get', 'post', 'delete'].includes(method))
      .map(([method, op]) => {
        const operation = op as {
          summary: string;
          description?: string;
          requestBody?: { content: Record<string, { schema: unknown }> };
          responses: Record<string, { description: string }>;
        };
        const body = operation.requestBody
          ? Object.entries(operation.requestBody.content)
              .map(
                ([type, c]) =>
                  `<details><summary>Request body: <code>${escape(type)}</code></summary><pre>${escape(JSON.stringify(c.schema, null, 2))}</pre></details>`,
              )
              .join('')
          : '';
        const responses = Object.entries(operation.responses)
          .map(([status, r]) => `<tr><th scope="row">${status}</th><td>${escape(r.description)}</td></tr>`)
          .join('');
        return `<section><h2><code>${method.toUpperCase()} ${escape(path)}</code></h2><p>${escape(operation.summary)}</p>${operation.description ? `<p>${escape(operation.description)}</p>` : ''}${body}<table><caption>Responses</caption><thead><tr><th scope="col">Status</th><th scope="col">Meaning</th></tr></thead><tbody>${responses}</tbody></table></section>`;
      }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(doc.info.title)}</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}code,pre{font-family:ui-monospace,monospace}pre{background:#f4f4f4;padding:.75rem;overflow:auto;font-size:13px}table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left}caption{text-align:left;font-weight:600}section{border-top:1px solid #ddd;margin-top:1.5rem}</style></head><body><main><h1>${escape(doc.info.title)} <small>${escape(doc.info.version)}</small></h1><p>${escape(doc.info.description)}</p><p>Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).</p>${sections.join('')}</main></body></html>`;
}
