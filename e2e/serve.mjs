// The test server: serves dist/ as a well-configured static host would, and answers any other path that asks for
// a page with the app itself (status 200), so that unknown routes fall back to the map. Files whose names carry a
// content hash are cached for a year; the rest are checked on every visit. A file is sent precompressed when the
// build wrote a .br or .gz beside it and the browser accepts that encoding. Usage: node e2e/serve.mjs PORT
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
// Trunk writes the hash as hex without leading zeros: 16 digits or a few fewer.
const hashed = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/;

/** The file's bytes, precompressed when the browser takes it, with the headers that go with it. */
async function body(file, accepted) {
  const headers = {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': hashed.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    vary: 'accept-encoding',
  };
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!accepted.includes(encoding)) continue;
    try {
      const bytes = await readFile(file + suffix);
      return { bytes, headers: { ...headers, 'content-encoding': encoding } };
    } catch {
      // not precompressed in this encoding
    }
  }
  return { bytes: await readFile(file), headers };
}

// Links may be long (a correction proposed in one, a user's own values): take headers up to 256 KB.
createServer({ maxHeaderSize: 256 * 1024 }, async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  // A folder's address is its index.html (the prerendered place pages, /place/<id>/).
  const file = normalize(join(dist, path.endsWith('/') ? join(path, 'index.html') : path));
  const inside = file.startsWith(dist + sep);
  const accepted = String(req.headers['accept-encoding'] ?? '');
  try {
    if (!inside) throw new Error('outside dist');
    const { bytes, headers } = await body(file, accepted);
    res.writeHead(200, headers);
    res.end(bytes);
  } catch {
    // A file that is not there stays a 404; a page that is not there is the map.
    if (extname(path) && !path.endsWith('.html')) return res.writeHead(404).end();
    const { bytes, headers } = await body(join(dist, 'index.html'), accepted);
    res.writeHead(200, headers);
    res.end(bytes);
  }
}).listen(port, '127.0.0.1');
