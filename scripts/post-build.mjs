// Trunk post-build hook.
// 1. Trunk starts the app with an inline module script; this moves it into a file of its own (content-hashed,
//    with subresource integrity) so the page's Content-Security-Policy (index.html) can forbid inline scripts
//    altogether. Fails the build if any inline script is left.
//    Defers the service worker's registration and removes the preloads, so that the first paint waits for nothing
//    but the page (its stylesheet is inline, its first view prerendered).
// 2. Writes each built-in place's own page (place/<id>/index.html) and sitemap.xml.
// 3. Writes the page as 404.html too: static hosts answer unknown addresses with it, so they open the map.
// 4. Names the service worker's cache after this build and gives it the list of files to keep offline, so an
//    update replaces the old files and removes them (assets/sw.js).
// 5. Writes the data files without whitespace, and a .br and a .gz beside every file, for hosts that serve precompressed files (e2e/serve.mjs does).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post-build.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
const page = join(dir, 'index.html');
let html = readFileSync(page, 'utf8');
const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) throw new Error('index.html has no inline module loader to move');
const code = `${found[1].trim()}\n`;
const name = `loader-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
const integrity = `sha384-${createHash('sha384').update(code).digest('base64')}`;
writeFileSync(join(dir, name), code);
html = html.replace(inline, `<script type="module" src="/${name}" integrity="${integrity}"></script>`);
// Nothing but the page itself before the first paint: its script (assets/page.js: the service worker, the neutral
// first view for links that ask for something else) is async, so that it neither holds the page up nor waits for
// all of it to be parsed (deferred, it ran after the first view had been painted for up to 115 ms on slow 4G: a
// link asking for English showed the Chinese map meanwhile); the wasm is fetched when the loader runs rather
// than preloaded against the page's own bytes.
const register = /<script src="(\/page-[^"]+\.js)"/;
if (!register.test(html)) throw new Error('index.html has no page script to load async');
html = html.replace(register, '<script async src="$1"');
html = html.replace(/<link rel="(?:preload|modulepreload)"[^>]*>\s*/g, '');
const left = html.match(/<script(?![^>]*\ssrc=)[^>]*>/);
if (left) throw new Error(`index.html still has an inline script: ${left[0]}`);
writeFileSync(page, html);
writeFileSync(join(dir, '404.html'), html);

// Each built-in place's own page, /place/<id>/: the page with that place's card open in its first view
// (examples/prerender wrote it), its name as the title, its summary as the description, a canonical link and
// Open Graph tags; and a sitemap listing them. Absolute addresses come from SITE_URL (say https://example.org)
// when it is set; without it the links are relative to the site's root.
const prerendered = join(process.cwd(), 'target', 'prerender');
const site = (process.env.SITE_URL ?? '').replace(/\/$/, '');
const firstView = /<div id="first-view"[\s\S]*?(?=\s*<noscript>)/;
if (!firstView.test(html)) throw new Error('index.html has no prerendered first view before its <noscript>');
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const places = JSON.parse(readFileSync(join(prerendered, 'places.json'), 'utf8'));
for (const { id, title, description } of places) {
  const address = `${site}/place/${id}/`;
  const head = [
    `<title>${escape(title)}</title>`,
    `<link rel="canonical" href="${escape(address)}" />`,
    `<meta property="og:title" content="${escape(title)}" />`,
    `<meta property="og:description" content="${escape(description)}" />`,
    `<meta property="og:type" content="place" />`,
    `<meta property="og:url" content="${escape(address)}" />`,
  ].join('\n    ');
  const body = readFileSync(join(prerendered, 'places', `${id}.html`), 'utf8').trim();
  const placePage = html
    .replace(/<title>[^<]*<\/title>/, head)
    .replace(/<meta name="description" content="[^"]*"/, `<meta name="description" content="${escape(description)}"`)
    .replace(firstView, () => body);
  mkdirSync(join(dir, 'place', id), { recursive: true });
  writeFileSync(join(dir, 'place', id, 'index.html'), placePage);
}
const sitemap = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
  ...['/', ...places.map(({ id }) => `/place/${id}/`)].map((path) => `  <url><loc>${escape(site + path)}</loc></url>`),
  '</urlset>',
  '',
].join('\n');
writeFileSync(join(dir, 'sitemap.xml'), sitemap);

// The data files are authored indented for review; they are served without the whitespace.
for (const path of files(dir).filter((p) => /\.geojson$|[\\/]data[\\/][^\\/]+\.json$/.test(p))) {
  writeFileSync(path, JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
}

function files(from) {
  return readdirSync(from).flatMap((entry) => {
    const path = join(from, entry);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const sw = join(dir, 'sw.js');
const kept = files(dir)
  .map((path) => relative(dir, path))
  .filter((path) => !/\.(br|gz)$/.test(path) && path !== 'sw.js' && path !== '404.html')
  // The backdrop is kept once fetched (zoomed out over a user's data), not downloaded by every visitor; the
  // places' own pages are for visitors without the app (offline, the app opens a place from the map itself).
  .filter((path) => !path.startsWith('data/backdrop/') && !path.startsWith('place/') && path !== 'sitemap.xml')
  .sort();
const build = createHash('sha256');
for (const path of kept) build.update(path).update(readFileSync(join(dir, path)));
const precache = kept.map((path) => (path === 'index.html' ? '/' : `/${path}`));
let worker = readFileSync(sw, 'utf8');
const placeholders = [/'zhonglou-map-dev'/, /const PRECACHE = \[\];/];
for (const p of placeholders) if (!p.test(worker)) throw new Error(`sw.js has no ${p} to fill in`);
worker = worker
  .replace(placeholders[0], `'zhonglou-map-${build.digest('hex').slice(0, 16)}'`)
  .replace(placeholders[1], `const PRECACHE = ${JSON.stringify(precache)};`);
writeFileSync(sw, worker);

for (const path of files(dir)) {
  if (/\.(br|gz)$/.test(path)) continue;
  const bytes = readFileSync(path);
  writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
  writeFileSync(`${path}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
