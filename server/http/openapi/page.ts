import { escapeHtml } from '../../domain/defects/export';
import type { OpenApiDocument } from './document';
import type { Success } from './success';

/** The reference page's styles, served as `/api/docs.css` (the CSP allows no inline style). */
export const docsCss = [
  'body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#1a1a1a;background:#fff}',
  'h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:2px solid #1a1a1a;margin-top:2rem}',
  'h3{font-size:1rem;font-family:ui-monospace,monospace;margin:1.2rem 0 .4rem}',
  '.m{display:inline-block;min-width:4.2rem;padding:0 .4rem;margin-right:.4rem;color:#fff;background:#1f4e79;border-radius:3px}',
  'table{border-collapse:collapse;margin:.3rem 0}td,th{border:1px solid #999;padding:.2rem .5rem;text-align:left;vertical-align:top}',
  'pre{background:#f3f3f3;padding:.5rem;overflow:auto;font-size:.85rem}',
  'nav a{margin-right:.8rem}',
].join('\n');

function schemaText(schema: unknown): string {
  return escapeHtml(JSON.stringify(schema, null, 2));
}

/** The 2xx answer: what it is in words, and the JSON Schema of a JSON answer (folded). */
function answerParts({ description, content }: Success): string[] {
  const types = Object.keys(content).map((t) => `<code>${escapeHtml(t)}</code>`);
  const parts = [`<p>Answer (${types.join(', ')}): ${escapeHtml(description)}</p>`];
  const json = content['application/json'];
  if (json)
    parts.push(
      `<details><summary>Answer schema</summary><pre>${schemaText(json.schema)}</pre></details>`,
    );
  return parts;
}

/**
 * A readable reference of the OpenAPI document, as plain HTML made on the server: no script and
 * nothing from another host, so it works offline and under the app's Content-Security-Policy.
 */
export function docsPage(doc: OpenApiDocument): string {
  const byTag = new Map<string, string[]>();
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const parts = [
        `<h3 id="${escapeHtml(op.operationId)}"><span class="m">${method.toUpperCase()}</span>${escapeHtml(path)}</h3>`,
      ];
      if (op.parameters?.length) {
        parts.push(
          '<table><tr><th>parameter</th><th>in</th><th>required</th><th>schema</th></tr>',
          ...op.parameters.map(
            (p) =>
              `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${p.in}</td><td>${p.required ? 'yes' : 'no'}</td><td><code>${escapeHtml(JSON.stringify(p.schema))}</code></td></tr>`,
          ),
          '</table>',
        );
      }
      for (const [type, body] of Object.entries(op.requestBody?.content ?? {}))
        parts.push(
          `<p>Body (<code>${escapeHtml(type)}</code>):</p><pre>${schemaText(body.schema)}</pre>`,
        );
      parts.push(...answerParts(op.responses['2XX']));
      const tag = op.tags[0] ?? 'api';
      byTag.set(tag, [...(byTag.get(tag) ?? []), parts.join('\n')]);
    }
  }
  const tags = [...byTag.keys()].sort();
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.info.title)} ${escapeHtml(doc.info.version)}</title>`,
    '<link rel="stylesheet" href="/api/docs.css"></head><body><main>',
    `<h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>`,
    `<p>${escapeHtml(doc.info.description)}</p>`,
    '<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>',
    `<p>Errors always have this shape, under <code>error</code>:</p><pre>${schemaText(
      (doc.components.schemas as Record<string, unknown>).Error,
    )}</pre>`,
    `<nav>${tags.map((t) => `<a href="#${escapeHtml(t)}">${escapeHtml(t)}</a>`).join(' ')}</nav>`,
    ...tags.map(
      (t) =>
        `<section><h2 id="${escapeHtml(t)}">${escapeHtml(t)}</h2>${byTag.get(t)!.join('\n')}</section>`,
    ),
    '</main></body></html>',
  ].join('\n');
}
