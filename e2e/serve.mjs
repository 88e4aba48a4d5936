// The test server: serves dist/ as a static host would, and answers any other path that asks for a page with
// the app itself (status 200), so that unknown routes fall back to the map. Usage: node e2e/serve.mjs PORT
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const dist = normalize(join(new URL('..', import.meta.url).pathname, 'dist'));
const port = Number(process.argv[2] ?? 8091);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.geojson': 'application/geo+json',
};

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  const file = normalize(join(dist, path === '/' ? 'index.html' : path));
  const inside = file.startsWith(dist + sep);
  try {
    if (!inside) throw new Error('outside dist');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    // A file that is not there stays a 404; a page that is not there is the map.
    if (extname(path) && !path.endsWith('.html')) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types['.html'] });
    res.end(await readFile(join(dist, 'index.html')));
  }
}).listen(port, '127.0.0.1');
