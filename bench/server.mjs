// A static file server that behaves like a well-configured host (README,
// "Hosting it yourself"): gzip for text and wasm when the browser asks for it,
// ETag revalidation answered with 304, Cache-Control: no-cache, the right MIME
// types, and the headers of the site's own _headers file. It logs every
// response (path, status, bytes on the wire), so the benchmark can say what a
// visit actually transferred, service-worker fetches included.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import {headersFromFile} from '../tests/e2e/harness.mjs';

const mimeTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.json': 'application/json', '.webmanifest': 'application/manifest+json',
};
const compressible = new Set(['.html', '.js', '.css', '.wasm', '.svg', '.json', '.webmanifest']);

export const gzipSize = (bytes) => zlib.gzipSync(bytes, {level: 9}).length;

// Serves `root` on 127.0.0.1 at a free port, with the response headers of
// `headersFile` (a _headers file; by default root's own, if it has one).
export async function startHost(root, {headersFile = path.join(root, '_headers')} = {}) {
  const files = new Map();  // Read once: the figures must not include disk time.
  const load = (file) => {
    if (!files.has(file)) {
      let entry = null;
      if (fs.existsSync(file) && fs.statSync(file).isFile()) {
        const raw = fs.readFileSync(file);
        entry = {raw, gzip: zlib.gzipSync(raw, {level: 9}),
                 etag: '"' + crypto.createHash('sha1').update(raw).digest('hex').slice(0, 16) + '"'};
      }
      files.set(file, entry);
    }
    return files.get(file);
  };
  const siteHeaders = fs.existsSync(headersFile) ? headersFromFile(headersFile) : () => ({});
  const log = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    const entry = load(file);
    const record = {path: url.pathname, status: 404, bytes: 0, at: performance.now(),
                    worker: (req.headers['service-worker'] === 'script') ||
                            (req.headers['sec-fetch-dest'] === 'serviceworker')};
    log.push(record);
    if (!entry) { res.writeHead(404).end('not found'); return; }
    const headers = {...siteHeaders(url.pathname), 'Cache-Control': 'no-cache', ETag: entry.etag,
                     'Content-Type': mimeTypes[path.extname(file)] || 'application/octet-stream'};
    if (req.headers['if-none-match'] === entry.etag) {
      record.status = 304;
      res.writeHead(304, headers).end();
      return;
    }
    const gzip = compressible.has(path.extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    const body = gzip ? entry.gzip : entry.raw;
    if (gzip) { headers['Content-Encoding'] = 'gzip'; headers.Vary = 'Accept-Encoding'; }
    headers['Content-Length'] = body.length;
    record.status = 200;
    record.bytes = body.length;
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address();
  return {
    url: `http://127.0.0.1:${port}/`, origin: `http://127.0.0.1:${port}`, log,
    close: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); }),
  };
}
