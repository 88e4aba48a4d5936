// Browser benchmark: the app and a Leaflet + markercluster page on the same synthetic data in the same
// Chromium run. Prints a table of time to first markers, category toggle time, pan frame time p95 and memory,
// with app/Leaflet ratios, and the app's first-load transfer (gzip of all of dist/).
// Run through `make bench`, which builds dist/ first.
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { syntheticCollection } from '../synthetic.mjs';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.geojson': 'application/geo+json' };
const datasets = { 10000: JSON.stringify(syntheticCollection(10_000, 1)), 100000: JSON.stringify(syntheticCollection(100_000, 1)) };

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const data = path.match(/^\/bench-(\d+)\.geojson$/);
  if (data) {
    res.writeHead(200, { 'content-type': types['.geojson'] });
    return res.end(datasets[data[1]]);
  }
  const base = path.startsWith('/node_modules/') || path.startsWith('/e2e/') ? root : dist;
  const file = normalize(join(base, path === '/' ? 'index.html' : path));
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(8093, '127.0.0.1', r));
const origin = 'http://127.0.0.1:8093';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

// Category toggles are timed off and on this many times each, from an idle page; the table gives the median.
const TOGGLE_PAIRS = 5;
// In each page: runs `once(i)` (which returns how long toggle i took) from an idle page, returns the median.
const TIMING = `window.timeToggles = async (pairs, once) => {
  const times = [];
  for (let i = 0; i < 2 * pairs; i++) {
    await new Promise((r) => requestIdleCallback(r, { timeout: 2000 }));
    times.push(await once(i));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
};`;

async function panP95(page, box) {
  await page.evaluate(() => {
    window.__frames = [];
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__frames.length < 400) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) await page.mouse.move(x + Math.sin(i / 6) * 200, y + Math.cos(i / 9) * 120);
  await page.mouse.up();
  const frames = (await page.evaluate(() => window.__frames)).slice(1).sort((a, b) => a - b);
  return frames[Math.floor(frames.length * 0.95)] ?? NaN;
}

async function memory(page, wasm) {
  await page.evaluate(() => window.gc && window.gc());
  return page.evaluate((wasm) => {
    const js = performance.memory ? performance.memory.usedJSHeapSize : 0;
    const linear = wasm && window.__wasm ? window.__wasm.memory.buffer.byteLength : 0;
    return js + linear;
  }, wasm);
}

async function measureApp(n) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => (window.__wasm = e.detail.wasm)));
  await page.addInitScript(TIMING);
  await page.goto(`${origin}/?data=/bench-${n}.geojson`);
  await page.waitForFunction((n) => document.querySelector('[role=status]')?.textContent === `显示 ${n} 个地点` && document.querySelector('.map__markers button'), n, { timeout: 120_000 });
  const first = await page.evaluate(() => performance.now());
  const toggle = await page.evaluate(async (pairs) => {
    const box = [...document.querySelectorAll('label')].find((l) => l.textContent.startsWith('学校'))?.querySelector('input');
    return window.timeToggles(pairs, async () => {
      const start = performance.now();
      box.click();
      // Until the frame after the change has been painted.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - start;
    });
  }, TOGGLE_PAIRS);
  const pan = await panP95(page, await page.locator('#map').boundingBox());
  const mem = await memory(page, true);
  await page.close();
  return { first, toggle, pan, mem };
}

async function measureLeaflet(n) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(TIMING);
  page.on('pageerror', (e) => console.error('leaflet page error:', e.message));
  await page.goto(`${origin}/e2e/bench/leaflet.html?data=/bench-${n}.geojson`);
  await page.waitForFunction(() => window.firstMarkersAt, null, { timeout: 120_000 });
  const first = await page.evaluate(() => window.firstMarkersAt);
  const toggle = await page.evaluate(
    (pairs) => window.timeToggles(pairs, (i) => window.toggleCategory('school', i % 2 === 1)),
    TOGGLE_PAIRS,
  );
  const pan = await panP95(page, await page.locator('#map').boundingBox());
  const mem = await memory(page, false);
  await page.close();
  return { first, toggle, pan, mem };
}

const ms = (v) => `${v.toFixed(1)} ms`;
const mb = (v) => `${(v / 1048576).toFixed(1)} MB`;
const rows = [];
for (const n of [10000, 100000]) {
  const app = await measureApp(n);
  const leaflet = await measureLeaflet(n);
  for (const [name, key, fmt] of [['time to first markers', 'first', ms], ['category toggle', 'toggle', ms], ['pan frame p95', 'pan', ms], ['JS heap + wasm memory', 'mem', mb]]) {
    rows.push(`| ${n.toLocaleString('en')} | ${name} | ${fmt(app[key])} | ${fmt(leaflet[key])} | ${(app[key] / leaflet[key]).toFixed(2)}× |`);
  }
}
await browser.close();
server.close();

let gz = 0;
for (const f of readdirSync(dist)) if (statSync(join(dist, f)).isFile()) gz += gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;

console.log('| points | measure | app | Leaflet + markercluster | app / Leaflet |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log(`\nFirst-load transfer of the app with its built-in data (gzip -9 of all of dist/): ${(gz / 1024).toFixed(1)} KB`);
