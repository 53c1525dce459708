import { unstorableStrings } from '../../reliability/hostile';
import type { Client } from './table';

type Path = (string | number)[];

/** The path of every string in a JSON value. */
export function stringLeaves(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...path, i]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, k]));
  return [];
}

/** A copy of `value` with the string at `path` replaced. */
export function withLeaf(value: unknown, path: Path, replacement: string): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value))
    return value.map((v, i) => (i === head ? withLeaf(v, rest, replacement) : v));
  const record = value as Record<string, unknown>;
  return { ...record, [head!]: withLeaf(record[head!], rest, replacement) };
}

export interface Recorded {
  method: string;
  path: string;
  body: unknown;
}

/**
 * A client that sends nothing: it records the request a row of the access table makes, so
 * that request can be sent again with one field changed.
 */
export function recordingClient(): { client: Client; requests: Recorded[] } {
  const requests: Recorded[] = [];
  const answer = async (method: string, path: string, body?: unknown) => {
    requests.push({ method, path, body });
    return { status: 200, json: {}, headers: new Headers() };
  };
  const client: Client = {
    get: (path) => answer('GET', path),
    post: (path, body) => answer('POST', path, body ?? {}),
    patch: (path, body) => answer('PATCH', path, body ?? {}),
    delete: (path) => answer('DELETE', path),
    request: (method, path, body) => answer(method, path, body),
  };
  return { client, requests };
}

/** The request with one body string or query value replaced, once for each unstorable string. */
export function hostileVariants(
  request: Recorded,
): { name: string; path: string; body: unknown }[] {
  const variants: { name: string; path: string; body: unknown }[] = [];
  for (const bad of unstorableStrings) {
    for (const leaf of stringLeaves(request.body))
      variants.push({
        name: `body ${leaf.join('.')} = ${JSON.stringify(bad)}`,
        path: request.path,
        body: withLeaf(request.body, leaf, bad),
      });
    const url = new URL(request.path, 'http://x');
    for (const key of new Set(url.searchParams.keys())) {
      const changed = new URL(url);
      changed.searchParams.set(key, bad.replace(/[\ud800-\udfff]/g, '\ufffd'));
      variants.push({
        name: `query ${key} = ${JSON.stringify(bad)}`,
        path: `${changed.pathname}${changed.search}`,
        body: request.body,
      });
    }
  }
  return variants;
}
