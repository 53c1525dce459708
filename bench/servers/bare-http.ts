/**
 * The bare node:http handler the HTTP scenario compares against: answers every request with
 * the body the parent gives it (the same bytes as the endpoint being compared), no framework,
 * no database.
 */
import { createServer } from 'node:http';
import { announce, serve } from '../lib/ipc';

let body = Buffer.from('{"ok":true}');
const http = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
});
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
serve({
  cpu: () => process.cpuUsage(),
  body: (text: string) => {
    body = Buffer.from(text);
    return body.length;
  },
  stop: () => {
    setTimeout(() => process.exit(0), 50);
    return true;
  },
});
announce('ready', { port: (http.address() as { port: number }).port });
