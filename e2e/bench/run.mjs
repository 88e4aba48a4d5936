// Browser benchmark: the app and a Leaflet + markercluster page on the same synthetic data in the same
// Chromium run, like for like:
// - the same viewport, and the same map element size: the app's `#map` box (beside its sidebar) is measured at
//   run time and the Leaflet page's map div is given exactly that box;
// - the same view (both fit the data with 24 px padding, at the same fractional zoom) and the same cluster radius
//   (the app's reach for that many places as markercluster's maxClusterRadius);
// - one first-marker probe for both (the same init script, see PROBE), timed from navigation start;
// - the same toggle timing for both (see TOGGLES), category off and on reported separately, Leaflet's toggle
//   complete (chunked loading off for it, so addLayers returns with every marker in);
// - runs alternated app, Leaflet, app, Leaflet… (ROUNDS of each per data size), medians reported;
// - the marker elements each page has drawn counted after first markers and after each toggle.
// Prints the table and writes it, with the date, machine and Chromium version, to docs/benchmarks.md.
// Run through `make bench`, which builds dist/ first.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { syntheticAreas, syntheticCollection, walkingChanges } from '../synthetic.mjs';

const root = new URL('../..', import.meta.url).pathname;
const dist = join(root, 'dist');
const output = join(root, 'docs', 'benchmarks.md');
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').filter(Boolean).map(Number);
// Rounds per data size, each one app run then one Leaflet run.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
// Category toggles per run: this many off and as many on, each from an idle page.
const TOGGLE_PAIRS = 5;
const VIEWPORT = { width: 1280, height: 800 };
// The app's cluster reach (src/core/atlas/mod.rs): MARKER_REACH_PX, and CROWDED_REACH_PX above LARGE_DATA places.
const MARKER_REACH_PX = 34;
const CROWDED_REACH_PX = 2 * MARKER_REACH_PX;
const LARGE_DATA = 5000;
const reachFor = (n) => (n > LARGE_DATA ? CROWDED_REACH_PX : MARKER_REACH_PX);
// The category toggled: the app's checkbox label (Chinese interface) and the data's category.
const TOGGLED = { label: '学校', category: 'school' };

const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.geojson': 'application/geo+json' };
// A move step in edit mode is timed at these sizes (the small one is the yardstick for the large one).
const MOVE_SIZES = [100, 100_000];
// One part alone, printed, docs/benchmarks.md left as it is: `BENCH_ONLY=move` (the move steps), `phone` (the
// built-in places on the throttled phone and desktop: first marker, tapped card), `sizes` (the
// synthetic data against Leaflet, BENCH_SIZES) or `areas` (5,000 areas against Leaflet's L.geoJSON).
const ONLY = process.env.BENCH_ONLY ?? '';
/** Whether a part runs: every part, or the one asked for. */
const part = (name) => !ONLY || ONLY === name;
const datasets = Object.fromEntries(
  [...new Set([...(part('sizes') ? SIZES : []), ...(part('move') ? MOVE_SIZES : [])])].map((n) => [n, JSON.stringify(syntheticCollection(n, 1))]),
);
// Lines and areas: this many areas of AREA_VERTICES vertices each, the app against Leaflet's L.geoJSON (`areas`).
const AREAS = 5000;
const AREA_VERTICES = 50;
const areasFile = part('areas') ? JSON.stringify(syntheticAreas(AREAS, AREA_VERTICES)) : '';

// The built-in places, for the Leaflet page of the throttled first-view comparison.
const builtIn = JSON.stringify(JSON.parse(readFileSync(join(root, 'assets/data/places.geojson'), 'utf8')));
// Every answer is brotli-compressed when the browser takes it, as a static host would send it (the app's files
// precompressed by its build, the rest compressed once here), so the throttled network carries real sizes.
// Compressed before any timing starts: brotli at its best is slow (seconds for the 100,000-point file), and a page
// must not wait for the server.
const compressed = new Map();
const brotli = (key, body, quality = 11) => {
  if (!compressed.has(key)) compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }));
  return compressed.get(key);
};
// The synthetic files at brotli's level 5 (a host compressing on the fly would not do better); the app's files
// as its build precompressed them; the Leaflet page's files at brotli's best, like the app's.
for (const [n, text] of Object.entries(datasets)) brotli(`/bench-${n}.geojson`, text, 5);
if (areasFile) brotli('/bench-areas.geojson', areasFile, 5);
brotli('/bench-builtin.geojson', builtIn);
const walk = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
for (const dir of ['node_modules/leaflet/dist', 'node_modules/leaflet.markercluster/dist', 'e2e/bench']) {
  for (const file of walk(join(root, dir))) brotli(normalize(file), readFileSync(file));
}
for (const file of walk(dist).filter((f) => !/\.(br|gz)$/.test(f))) {
  try {
    compressed.set(normalize(file), readFileSync(`${file}.br`));
  } catch {
    brotli(normalize(file), readFileSync(file));
  }
}
const send = (req, res, type, key, body) => {
  const br = String(req.headers['accept-encoding'] ?? '').includes('br');
  const bytes = br ? brotli(key, body) : body;
  res.writeHead(200, { 'content-type': type, ...(br ? { 'content-encoding': 'br' } : {}) });
  res.end(bytes);
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const data = path.match(/^\/bench-(\d+)\.geojson$/);
  if (data) return send(req, res, types['.geojson'], path, datasets[data[1]]);
  if (path === '/bench-builtin.geojson') return send(req, res, types['.geojson'], path, builtIn);
  if (path === '/bench-areas.geojson') return send(req, res, types['.geojson'], path, areasFile);
  const base = path.startsWith('/node_modules/') || path.startsWith('/e2e/') ? root : dist;
  // A folder's page is its index.html (a place's own page, /place/<id>/).
  const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
  try {
    send(req, res, types[extname(file)] ?? 'application/octet-stream', file, readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(8093, '127.0.0.1', r));
const origin = 'http://127.0.0.1:8093';

const loadAtStart = loadavg()[0];
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

// The same in-page code on both pages, installed before any of the page's own scripts. It watches the page's
// marker elements (`selector`): whenever one is added, removed or changed, it notes the time of the frame after the
// change has been painted (two animation frames), in ms since navigation start (performance.timeOrigin), with
// that frame's timestamp and the number of markers then. `first` is the first such mark with a marker in it (the
// first painted marker); `last` the latest one.
const PROBE = (selector) => {
  // Drawn markers: the page may hold markers it does not show (the app's first view hidden while a link waits
  // for the live app, the other window size's copy).
  const shown = (e) => e.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true });
  const count = () => [...document.querySelectorAll(selector)].filter(shown).length;
  const painted = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const idle = () => new Promise((r) => requestIdleCallback(r, { timeout: 2000 }));
  const bench = (window.__bench = { count, painted, idle, first: null, last: null, changedAt: 0 });
  const isMarker = (node) => node.nodeType === 1 && (node.matches(selector) || node.querySelector(selector));
  const touchesMarkers = (m) =>
    (m.target.nodeType === 1 ? m.target : m.target.parentElement)?.closest(selector) ||
    [...m.addedNodes].some(isMarker) ||
    [...m.removedNodes].some(isMarker);
  new MutationObserver((records) => {
    if (!records.some(touchesMarkers)) return;
    bench.changedAt = performance.now();
    painted().then((frame) => {
      const mark = { at: performance.now(), frame, drawn: count() };
      if (!bench.first && mark.drawn > 0) bench.first = mark;
      bench.last = mark;
    });
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  // Resolves once the markers have not changed for `ms`.
  bench.quiet = (ms) =>
    new Promise((resolve) => {
      const check = () =>
        performance.now() - Math.max(bench.changedAt, bench.last?.at ?? 0) >= ms ? resolve() : setTimeout(check, 50);
      check();
    });
};
// How long the markers must stay unchanged before a page counts as settled.
const QUIET_MS = 1000;

/** Waits until the page's markers have stayed unchanged for QUIET_MS and its main thread is idle. */
const settled = (page) =>
  page.evaluate(async (quietMs) => {
    await window.__bench.quiet(quietMs);
    await window.__bench.idle();
  }, QUIET_MS);

// The same toggle timing on both pages: from an idle page, `window.__toggle(on)` (the page's own way of hiding
// or showing the category; awaited) until the frame after the change has been painted, or, if the markers
// changed again later (before they stayed unchanged for QUIET_MS), until the frame after the last change was
// painted. `drawn`: the markers when the first clock stopped, `settled`: once quiet. `frames`: animation frames
// from the toggle to the first clock's stop (2 when the change is on screen in the next frame); `busy`: the
// renderer main thread's busy time over the same span (Chromium's TaskDuration metric, in ms).
async function toggles(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busySoFar = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const result = { off: [], on: [] };
  for (let i = 0; i < 2 * TOGGLE_PAIRS; i++) {
    const on = i % 2 === 1;
    await settled(page);
    const busyBefore = await busySoFar();
    const step = await page.evaluate(async (on) => {
      const { count, painted } = window.__bench;
      let frames = 0;
      let counting = true;
      const tick = () => {
        frames += 1;
        if (counting) requestAnimationFrame(tick);
      };
      const start = performance.now();
      requestAnimationFrame(tick);
      await window.__toggle(on);
      const frame = await painted();
      counting = false;
      return { start, frame, end: performance.now(), drawn: count(), frames };
    }, on);
    const busy = ((await busySoFar()) - busyBefore) * 1000;
    const after = await page.evaluate(async ({ quietMs, frame }) => {
      const { count, quiet } = window.__bench;
      await quiet(quietMs);
      // Markers changed in a later frame than the one the clock stopped after: the clock stops after that one.
      const last = window.__bench.last;
      return { settled: count(), late: last ? last.frame > frame : false, lastAt: last?.at };
    }, { quietMs: QUIET_MS, frame: step.frame });
    const ms = (after.late ? after.lastAt : step.end) - step.start;
    result[on ? 'on' : 'off'].push({ ms, drawn: step.drawn, settled: after.settled, late: after.late, frames: step.frames, busy });
  }
  await cdp.detach();
  return result;
}

// The main thread's work for a toggle as the ISSUE-NOTES count it (script, style and layout time from a
// performance trace): TRACED_PAIRS more toggles off and on per run, each traced alone (Chromium's timeline
// events on the page's renderer main thread, from just before the toggle until the frame after it is painted;
// the toggle is run from a timer on both pages).
// Script is the time inside script tasks (the toggle's call, timers, animation frames, events) less the style and
// layout they forced; overlapping events are counted once.
const TRACED_PAIRS = 3;
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'RunMicrotasks', 'v8.callFunction']);
/** The total length of a set of [start, end) spans, overlaps counted once. */
const covered = (spans) => {
  let total = 0;
  let reach = -Infinity;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (b <= reach) continue;
    total += b - Math.max(a, reach);
    reach = b;
  }
  return total;
};
async function tracedToggles(page) {
  const result = { off: [], on: [] };
  for (let i = 0; i < 2 * TRACED_PAIRS; i++) {
    const on = i % 2 === 1;
    await settled(page);
    await browser.startTracing(page, { categories: ['devtools.timeline'] });
    // From a timer, so that both pages' toggles are script tasks the trace sees (a call from the test harness
    // is not).
    await page.evaluate(async (on) => {
      await new Promise((r) => setTimeout(async () => r(await window.__toggle(on)), 0));
      await window.__bench.painted();
    }, on);
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    // The page's renderer main thread: the one that ran the toggle's call.
    const call = events.find((e) => e.name === 'FunctionCall' && e.ph === 'X');
    const mine = events.filter((e) => e.ph === 'X' && e.pid === call?.pid && e.tid === call?.tid && e.dur);
    const spans = (names) => mine.filter((e) => names.has(e.name)).map((e) => [e.ts, e.ts + e.dur]);
    const script = spans(SCRIPT_EVENTS);
    const style = spans(new Set(['UpdateLayoutTree']));
    const layout = spans(new Set(['Layout']));
    const styleLayout = covered([...style, ...layout]);
    // Style and layout forced inside script count as style and layout, not twice.
    const forced = covered(script) + styleLayout - covered([...script, ...style, ...layout]);
    result[on ? 'on' : 'off'].push({
      script: (covered(script) - forced) / 1000,
      style: covered(style) / 1000,
      layout: covered(layout) / 1000,
      work: (covered([...script, ...style, ...layout])) / 1000,
    });
  }
  return result;
}

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

async function newPage(selector, label, device = { viewport: VIEWPORT }) {
  const page = await browser.newPage({ ...device, locale: 'zh-CN' });
  page.on('pageerror', (e) => console.error(`${label} page error:`, e.message));
  await page.addInitScript(PROBE, selector);
  return page;
}

// The first painted marker, and the last change to the markers once the page has loaded and they have stayed
// unchanged for QUIET_MS (the complete first view).
async function firstMarkers(page, loaded) {
  await page.waitForFunction(() => window.__bench?.first, null, { timeout: 300_000 });
  await loaded();
  await page.evaluate((ms) => window.__bench.quiet(ms), QUIET_MS);
  const { first, last, settled } = await page.evaluate(() => {
    const { first, last, count } = window.__bench;
    return { first, last, settled: count() };
  });
  return { first: { ms: first.at, drawn: first.drawn, settled }, all: { ms: last.at, drawn: last.drawn, settled } };
}

async function measureApp(n) {
  const page = await newPage('.map__markers .marker', 'app');
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => (window.__wasm = e.detail.wasm)));
  await page.goto(`${origin}/?data=/bench-${n}.geojson`);
  const load = await firstMarkers(page, () =>
    page.waitForFunction((n) => document.querySelector('[role=status]')?.textContent === `显示 ${n} 个地点`, n, { timeout: 300_000 }),
  );
  // The map shown (the prerendered page holds a phone-wide and a wide copy until the live app takes over).
  const box = await page.locator('#map:visible, #map-narrow:visible').first().boundingBox();
  await page.evaluate((label) => {
    const input = [...document.querySelectorAll('label')].find((l) => l.textContent.startsWith(label))?.querySelector('input');
    window.__toggle = (on) => {
      if (input.checked === on) throw new Error(`category already ${on ? 'on' : 'off'}`);
      input.click();
    };
  }, TOGGLED.label);
  const toggle = await toggles(page);
  const traced = await tracedToggles(page);
  const pan = await panP95(page, box);
  const mem = await memory(page, true);
  await page.close();
  return { load, toggle, traced, pan, mem, box };
}

async function measureLeaflet(n, box) {
  const page = await newPage('.leaflet-marker-icon', 'leaflet');
  const q = new URLSearchParams({ data: `/bench-${n}.geojson`, radius: reachFor(n), x: box.x, y: box.y, w: box.width, h: box.height });
  await page.goto(`${origin}/e2e/bench/leaflet.html?${q}`);
  const load = await firstMarkers(page, () => page.waitForFunction(() => window.leafletLoadedAt, null, { timeout: 300_000 }));
  const size = await page.locator('#map').boundingBox();
  if (size.width !== box.width || size.height !== box.height) throw new Error(`Leaflet map ${size.width}×${size.height}, app map ${box.width}×${box.height}`);
  await page.evaluate((c) => (window.__toggle = (on) => window.setCategory(c, on)), TOGGLED.category);
  const toggle = await toggles(page);
  const traced = await tracedToggles(page);
  const pan = await panP95(page, box);
  const mem = await memory(page, false);
  await page.close();
  return { load, toggle, traced, pan, mem };
}

// The first view on a phone on a slow network: Chromium's network throttled to slow 4G (150 ms latency,
// 1.6 Mbit/s down, 750 kbit/s up) and its CPU slowed 4×, each page in a fresh context (nothing cached). The app
// with its built-in places against the Leaflet page showing the same 47 places from a GeoJSON file; from
// navigation start to the frame after the first marker is painted, and the bytes that crossed the network by then.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 };
// The phone: its window, with touch (ISSUE-NOTES: phone timings at 390×844 with touch).
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
// A page on that profile, each in a fresh context, with the bytes that have crossed the network so far.
async function throttledPage(selector, label, device) {
  const page = await newPage(selector, label, device);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const transfer = { bytes: 0 };
  cdp.on('Network.loadingFinished', (e) => (transfer.bytes += e.encodedDataLength));
  // When the live app takes the prerendered first view away (the app only).
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (!window.__tookOver && document.readyState !== 'loading' && !document.getElementById('first-view')) window.__tookOver = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  return { page, transfer };
}
async function throttledFirstMarker(url, selector, label, device) {
  const { page, transfer } = await throttledPage(selector, label, device);
  await page.goto(`${origin}${url}`);
  await page.waitForFunction(() => window.__bench?.first, null, { timeout: 300_000 });
  const first = await page.evaluate(() => window.__bench.first);
  const transferred = transfer.bytes;
  // The map shown (the prerendered page holds a phone-wide and a wide copy until the live app takes over).
  const box = await page.locator('#map:visible, #map-narrow:visible').first().boundingBox();
  let tookOver = null;
  if (label === 'app') {
    await page.waitForFunction(() => window.__tookOver, null, { timeout: 300_000 });
    tookOver = await page.evaluate(() => window.__tookOver);
  }
  await page.close();
  return { ms: first.at, drawn: first.drawn, settled: first.drawn, bytes: transferred, box, tookOver };
}

// A tapped marker's card, on the phone on the same profile. On a phone both pages first show the built-in
// places in clusters, so the reader taps the cluster that holds the place, then the place: in Leaflet the
// cluster zooms in and the place's marker opens its popup; in the live app likewise, with its card; before the
// app's program, the cluster opens the list of its places, each a link to its brief card in the page.
const TAPPED = { id: 'lingjiatang-market', name: '凌家塘市场' };
// In-page code: the time of the tap (`touchstart`, kept in sessionStorage) and of the frame after the first
// card text is painted (`selector`: a visible element with text), both as
// wall-clock ms (performance.timeOrigin + the page's clock), and the first page's navigation start.
const CARD_PROBE = (selector) => {
  if (window !== window.top) return;
  const now = () => performance.timeOrigin + performance.now();
  if (!sessionStorage.getItem('navigatedAt')) sessionStorage.setItem('navigatedAt', String(performance.timeOrigin));
  addEventListener('touchstart', (e) => sessionStorage.getItem('tappedAt') || sessionStorage.setItem('tappedAt', String(performance.timeOrigin + e.timeStamp)), { capture: true });
  const readable = () =>
    [...document.querySelectorAll(selector)].some((e) => e.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true }) && e.textContent.trim());
  // The card shows by a change to the page (the live app, Leaflet) or, before the app's program, by CSS when the
  // address names it (`:target`, no mutation, and `hashchange` comes a task later): so every frame from the tap
  // asks whether the card is readable, and the clock stops at the frame after the one that first drew it. The
  // frames are watched from just before the tap on the place (`__watchCard`), not through the taps before it.
  const frame = () => {
    if (readable()) requestAnimationFrame(() => (window.__cardAt = now()));
    else requestAnimationFrame(frame);
  };
  window.__watchCard = () => requestAnimationFrame(frame);
};
// `when`: 'first-marker' taps as soon as the first marker is painted (the app's page has no program yet),
// 'taken-over' once the live app has taken over (the app only). The clock runs from the tap on the place.
async function throttledCard(url, label, when) {
  const app = label === 'app';
  const { page } = await throttledPage(app ? '.map__markers .marker' : '.leaflet-marker-icon', label, PHONE);
  await page.addInitScript(CARD_PROBE, app ? '.place-card__summary:not(.place-card__summary--waiting)' : '.leaflet-popup-content p');
  await page.goto(`${origin}${url}`);
  await page.waitForFunction(() => window.__bench?.first, null, { timeout: 300_000 });
  if (when === 'taken-over') {
    await page.waitForFunction(() => window.__tookOver, null, { timeout: 300_000 });
    await page.evaluate(() => window.__bench.idle());
  }
  const programless = app && when === 'first-marker';
  let place;
  if (programless) {
    await page.locator('.cluster-menu > summary:visible').filter({ hasText: `${TAPPED.name}、` }).tap();
    place = page.locator(`.cluster-menu[open] a[href="#card-${TAPPED.id}"]:visible`);
  } else if (app) {
    await page.locator('.map__markers').getByRole('button', { name: new RegExp(TAPPED.name) }).tap();
    place = page.locator(`#marker-${TAPPED.id}`);
  } else {
    // Leaflet may show the place on its own already (its clusters differ from the app's at the same radius).
    const inCluster = await page.evaluate((name) => {
      const element = window.clusterOf(name);
      element.setAttribute('data-bench', 'cluster');
      return !element.title;
    }, TAPPED.name);
    if (inCluster) await page.locator('[data-bench=cluster]').tap();
    place = page.locator(`.leaflet-marker-icon[title="${TAPPED.name}"]`);
  }
  await place.waitFor();
  const before = page.url();
  // The clock starts at this tap (the probe's touchstart).
  await page.evaluate(() => (sessionStorage.removeItem('tappedAt'), window.__watchCard()));
  if (programless && (await page.evaluate(() => window.__tookOver))) throw new Error('app: the live app took over before the tap');
  await place.tap();
  await page.waitForFunction(() => typeof window.__cardAt === 'number', null, { timeout: 300_000 });
  const { tapped, navigated, card } = await page.evaluate(() => ({
    tapped: Number(sessionStorage.getItem('tappedAt')),
    navigated: Number(sessionStorage.getItem('navigatedAt')),
    card: window.__cardAt,
  }));
  const wentToCard = page.url() !== before;
  await page.close();
  return { ms: card - tapped, fromStart: card - navigated, wentToCard };
}

const median = (values) => {
  const v = [...values].sort((a, b) => a - b);
  const m = Math.floor(v.length / 2);
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
// Marker counts over all samples: one figure when they agree, else the range; "→ n" when the page drew more or
// fewer once idle than when the clock stopped.
const counts = (samples) => {
  const span = (vs) => {
    const lo = Math.min(...vs);
    const hi = Math.max(...vs);
    return lo === hi ? `${lo}` : `${lo}–${hi}`;
  };
  const drawn = span(samples.map((s) => s.drawn));
  return samples.every((s) => s.settled === s.drawn) ? drawn : `${drawn} → ${span(samples.map((s) => s.settled))}`;
};

const ms = (v) => `${v.toFixed(1)} ms`;
const mb = (v) => `${(v / 1048576).toFixed(1)} MB`;
const rows = [];

// A move step in edit mode (no peer: Leaflet has no editor). The data opened at the deepest zoom (`?view=`),
// edit mode on, the marker of a place of its own well inside the map focused; then MOVE_STEPS times,
// each from an idle page: an arrow key pressed on the marker (dispatched in the page, so no driver round trip is
// timed), until the second frame after it; and the main thread's busy time meanwhile (Chromium's TaskDuration:
// script, style, layout and paint), since the frame clock cannot see below a frame.
const MOVE_STEPS = 10;
async function moveSteps(n) {
  const page = await newPage('.map__markers .marker', 'app');
  await page.goto(`${origin}/?data=/bench-${n}.geojson&view=19/31.82348/119.87439`);
  await page.waitForFunction((n) => document.querySelector('[role=status]')?.textContent === `显示 ${n} 个地点`, n, { timeout: 300_000 });
  await page.evaluate((ms) => window.__bench.quiet(ms), QUIET_MS);
  const id = await page.evaluate(() => {
    const map = document.getElementById('map').getBoundingClientRect();
    const inside = (r) => r.left > map.left + 150 && r.right < map.right - 150 && r.top > map.top + 150 && r.bottom < map.bottom - 150;
    const own = [...document.querySelectorAll('.map__markers button.marker:not(.marker--cluster)')];
    return own.find((b) => inside(b.getBoundingClientRect()))?.id;
  });
  if (!id) throw new Error(`move step at ${n}: no place with a marker of its own in view`);
  await page.getByRole('button', { name: '编辑', exact: true }).click();
  await page.locator(`#${id}`).focus();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // The renderer main thread's busy time so far (s): Chromium's cumulative TaskDuration.
  const busySoFar = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const steps = [];
  for (let i = 0; i < MOVE_STEPS; i++) {
    await page.evaluate(() => window.__bench.idle());
    const busyBefore = await busySoFar();
    const step = await page.evaluate(async (id) => {
      const el = document.getElementById(id);
      if (!el) return { ms: NaN, moved: false, focused: false };
      const before = el.parentElement.getAttribute('style');
      const start = performance.now();
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
      await window.__bench.painted();
      const end = performance.now();
      const now = document.getElementById(id);
      return { ms: end - start, moved: now?.parentElement.getAttribute('style') !== before, focused: document.activeElement === now };
    }, id);
    const busy = (await busySoFar()) - busyBefore;
    steps.push({ ms: step.ms, busy: busy * 1000, kept: step.moved && step.focused });
    if (Number.isNaN(step.ms)) break;
  }
  await page.close();
  return steps;
}
const moves = {};
for (const n of part('move') ? MOVE_SIZES : []) {
  moves[n] = [];
  for (let round = 1; round <= ROUNDS; round++) moves[n].push(...(await moveSteps(n)));
  const step = median(moves[n].filter((s) => s.kept).map((s) => s.ms));
  const busy = median(moves[n].filter((s) => s.kept).map((s) => s.busy));
  console.error(`${n} places: move step ${ms(step)}, main thread busy ${ms(busy)}`);
}
if (part('move')) {
  const kept = (n) => moves[n].filter((s) => s.kept);
  const [small, large] = MOVE_SIZES.map((n) => median(kept(n).map((s) => s.ms)));
  for (const n of MOVE_SIZES) {
    const step = median(kept(n).map((s) => s.ms));
    const busy = median(kept(n).map((s) => s.busy));
    const ratio = n === MOVE_SIZES[1] ? `; ${(large / small).toFixed(2)}× the step at ${MOVE_SIZES[0]}` : '';
    // A step after which the marker was not where it was drawn, or lost focus (it joined a cluster), is counted.
    const lost = moves[n].filter((s) => !s.kept).length;
    const lostNote = lost ? `; the marker lost its element or focus in ${lost} of ${moves[n].length} steps` : '';
    rows.push(`| ${n.toLocaleString('en')} | arrow-key move step in edit mode, to the second frame (main thread busy) | ${ms(step)} (busy ${ms(busy)}${ratio}${lostNote}) | no editor | | |`);
  }
}
const onlyThis = async () => {
  console.log(rows.join('\n'));
  await browser.close();
  server.close();
  process.exit(0);
};
if (ONLY === 'move') await onlyThis();
let mapBox;
for (const n of part('sizes') ? SIZES : []) {
  const pages = { app: [], leaflet: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    const app = await measureApp(n);
    mapBox = app.box;
    pages.app.push(app);
    console.error(`${n} round ${round}: app first markers ${ms(app.load.first.ms)}, settled ${ms(app.load.all.ms)}`);
    const leaflet = await measureLeaflet(n, app.box);
    pages.leaflet.push(leaflet);
    console.error(`${n} round ${round}: Leaflet first markers ${ms(leaflet.load.first.ms)}, settled ${ms(leaflet.load.all.ms)}`);
  }
  // Each measure: its samples per page (all rounds), and the marker counts that go with them.
  const measures = [
    ['time to first markers', (r) => [r.load.first.ms], (r) => [r.load.first], ms],
    ['time to settled markers', (r) => [r.load.all.ms], (r) => [r.load.all], ms],
    ['category toggle off', (r) => r.toggle.off.map((s) => s.ms), (r) => r.toggle.off, ms],
    ['category toggle on', (r) => r.toggle.on.map((s) => s.ms), (r) => r.toggle.on, ms],
    ['category toggle off: animation frames until painted', (r) => r.toggle.off.map((s) => s.frames), null, (v) => `${v}`],
    ['category toggle on: animation frames until painted', (r) => r.toggle.on.map((s) => s.frames), null, (v) => `${v}`],
    ['category toggle off: main thread busy until painted', (r) => r.toggle.off.map((s) => s.busy), null, ms],
    ['category toggle on: main thread busy until painted', (r) => r.toggle.on.map((s) => s.busy), null, ms],
    ['category toggle off: script + style + layout (trace)', (r) => r.traced.off.map((s) => s.work), null, ms],
    ['category toggle on: script + style + layout (trace)', (r) => r.traced.on.map((s) => s.work), null, ms],
    ['category toggle off: script (trace)', (r) => r.traced.off.map((s) => s.script), null, ms],
    ['category toggle off: style (trace)', (r) => r.traced.off.map((s) => s.style), null, ms],
    ['category toggle off: layout (trace)', (r) => r.traced.off.map((s) => s.layout), null, ms],
    ['pan frame p95', (r) => [r.pan], null, ms],
    ['JS heap + wasm memory', (r) => [r.mem], null, mb],
  ];
  for (const [name, samples, drawn, fmt] of measures) {
    const app = median(pages.app.flatMap(samples));
    const leaflet = median(pages.leaflet.flatMap(samples));
    let markers = drawn ? `${counts(pages.app.flatMap(drawn))} / ${counts(pages.leaflet.flatMap(drawn))}` : '';
    const late = (page) => pages[page].flatMap(drawn ?? (() => [])).filter((s) => s.late).length;
    if (late('app') || late('leaflet')) markers += ` (changed after the first frame: ${late('app')} / ${late('leaflet')} of ${pages.app.flatMap(drawn).length})`;
    rows.push(`| ${n.toLocaleString('en')} | ${name} | ${fmt(app)} | ${fmt(leaflet)} | ${(app / leaflet).toFixed(2)}× | ${markers} |`);
  }
}
if (ONLY === 'sizes') await onlyThis();
// Lines and areas (issue #24): the same file of areas opened by the app (?data=) and by the Leaflet page (L.geoJSON,
// SVG renderer) in the app's map box; the first area painted and all of them, from navigation start, and the pan
// frame p95. The app draws one path per category near the view, Leaflet one per area.
if (part('areas')) {
  const pages = { app: [], leaflet: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    const app = await newPage('.map__shapes path', 'app');
    await app.goto(`${origin}/?data=/bench-areas.geojson`);
    const appLoad = await firstMarkers(app, () =>
      app.waitForFunction((n) => document.querySelector('[role=status]')?.textContent === `显示 ${n} 个地点`, AREAS, { timeout: 300_000 }),
    );
    const box = await app.locator('#map').boundingBox();
    pages.app.push({ load: appLoad, pan: await panP95(app, box) });
    await app.close();
    const leaflet = await newPage('path.leaflet-interactive', 'leaflet');
    const q = new URLSearchParams({ data: '/bench-areas.geojson', shapes: 1, x: box.x, y: box.y, w: box.width, h: box.height });
    await leaflet.goto(`${origin}/e2e/bench/leaflet.html?${q}`);
    const leafletLoad = await firstMarkers(leaflet, () => leaflet.waitForFunction(() => window.leafletLoadedAt, null, { timeout: 300_000 }));
    pages.leaflet.push({ load: leafletLoad, pan: await panP95(leaflet, box) });
    await leaflet.close();
    console.error(`areas round ${round}: app first ${ms(appLoad.first.ms)}, Leaflet first ${ms(leafletLoad.first.ms)}`);
  }
  const label = `${AREAS.toLocaleString('en')} areas × ${AREA_VERTICES} vertices`;
  for (const [name, samples, drawn, fmt] of [
    ['time to the first area painted', (r) => [r.load.first.ms], (r) => [r.load.first], ms],
    ['time to every area painted (settled)', (r) => [r.load.all.ms], (r) => [r.load.all], ms],
    ['pan frame p95', (r) => [r.pan], null, ms],
  ]) {
    const app = median(pages.app.flatMap(samples));
    const leaflet = median(pages.leaflet.flatMap(samples));
    const paths = drawn ? `${counts(pages.app.flatMap(drawn))} / ${counts(pages.leaflet.flatMap(drawn))} paths` : '';
    rows.push(`| ${label} | ${name} | ${fmt(app)} | ${fmt(leaflet)} | ${(app / leaflet).toFixed(2)}× | ${paths} |`);
  }
}
if (ONLY === 'areas') await onlyThis();
// The Leaflet page with the built-in places in the app's map box, its markers opening popups.
const leafletBuiltIn = (box) =>
  new URLSearchParams({ data: '/bench-builtin.geojson', radius: MARKER_REACH_PX, popup: 'summary', x: box.x, y: box.y, w: box.width, h: box.height });
// Each window: the desktop's and the phone's.
const throttled = { desktop: { app: [], leaflet: [] }, phone: { app: [], leaflet: [] } };
for (let round = 1; round <= ROUNDS; round++) {
  for (const [name, device] of [['desktop', { viewport: VIEWPORT }], ['phone', PHONE]]) {
    const app = await throttledFirstMarker('/', '.map__markers .marker', 'app', device);
    throttled[name].app.push(app);
    const q = leafletBuiltIn(app.box);
    const leaflet = await throttledFirstMarker(`/e2e/bench/leaflet.html?${q}`, '.leaflet-marker-icon', 'leaflet', device);
    throttled[name].leaflet.push(leaflet);
    console.error(`built-in, ${name}, slow 4G + 4× CPU, round ${round}: app ${ms(app.ms)}, Leaflet ${ms(leaflet.ms)}`);
  }
}
// The tapped card on the phone: the app tapped before its program and after it took over, Leaflet once loaded.
const cards = { before: [], after: [], leaflet: [] };
for (let round = 1; round <= ROUNDS; round++) {
  cards.before.push(await throttledCard('/', 'app', 'first-marker'));
  cards.after.push(await throttledCard('/', 'app', 'taken-over'));
  cards.leaflet.push(await throttledCard(`/e2e/bench/leaflet.html?${leafletBuiltIn(throttled.phone.app[0].box)}`, 'leaflet', 'first-marker'));
  const [before, after, leaflet] = [cards.before, cards.after, cards.leaflet].map((c) => ms(c.at(-1).ms));
  console.error(`tapped card, phone, round ${round}: app before its program ${before}, after ${after}, Leaflet ${leaflet}`);
}
if (cards.before.some((c) => !c.wentToCard)) throw new Error('app: a tap before the program did not open the place\'s card in the page');
// A link that asks for what the first view cannot show (another language): whether the built-in first view is
// painted before the page's async script hides it (assets/page.js), and for how long; checked every frame.
async function throttledFlash() {
  const { page } = await throttledPage('.map__markers .marker', 'app', PHONE);
  await page.addInitScript(() => {
    const flash = (window.__flash = { shown: null, hidden: null });
    const seen = () => [...document.querySelectorAll('#first-view .marker')].some((e) => e.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true }));
    const tick = () => {
      if (seen()) flash.shown ??= performance.now();
      else if (flash.shown !== null) flash.hidden ??= performance.now();
      if (document.getElementById('first-view') || document.readyState === 'loading') requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto(`${origin}/?lang=en`);
  await page.waitForFunction(() => window.__tookOver, null, { timeout: 300_000 });
  const { shown, hidden } = await page.evaluate(() => window.__flash);
  await page.close();
  return shown === null ? 0 : (hidden ?? shown) - shown;
}
const flashes = [];
for (let run = 0; run < 2 * ROUNDS; run++) flashes.push(await throttledFlash());
console.error(`built-in first view shown on a ?lang=en link: ${flashes.map(ms).join(', ')}`);
// A changes file of 10,000 moves over the built-in places, opened in edit mode (no peer: Leaflet has no editor):
// from choosing the file until the corrections panel's count is painted, and the longest task meanwhile.
const CHANGES = 10_000;
async function applyChanges() {
  const page = await browser.newPage({ viewport: VIEWPORT, locale: 'zh-CN' });
  await page.goto(`${origin}/`);
  // The live app's edit button (the prerendered page's has nothing to open until the app takes over).
  await page.waitForFunction(() => document.readyState !== 'loading' && !document.getElementById('first-view'), null, { timeout: 300_000 });
  await page.getByRole('button', { name: '编辑', exact: true }).click();
  const { text } = walkingChanges(JSON.parse(builtIn), CHANGES);
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => window.__tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  const start = await page.evaluate(() => performance.now());
  await page.locator('.edit-panel input[type=file]').setInputFiles({ name: 'walk.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(text) });
  await page.waitForFunction(() => /47 处修改/.test(document.querySelector('.edit-panel')?.textContent ?? ''), null, { timeout: 120_000 });
  const done = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))));
  const longest = await page.evaluate(() => Math.max(0, ...window.__tasks));
  await page.close();
  return { ms: done - start, longest };
}
const applied = [];
for (let round = 1; round <= ROUNDS; round++) {
  applied.push(await applyChanges());
  console.error(`changes file, round ${round}: ${ms(applied.at(-1).ms)}, longest task ${ms(applied.at(-1).longest)}`);
}
rows.push(`| 47 (built-in) | ${CHANGES.toLocaleString('en')}-move changes file applied (longest task) | ${ms(median(applied.map((a) => a.ms)))} (${ms(median(applied.map((a) => a.longest)))}) | no editor | | |`);
mapBox ??= throttled.desktop.app[0].box;
const kbOf = (v) => `${(v / 1000).toFixed(1)} KB`;
for (const [device, runs] of Object.entries(throttled)) {
  const size = device === 'phone' ? `${PHONE.viewport.width}×${PHONE.viewport.height}, touch` : `${VIEWPORT.width}×${VIEWPORT.height}`;
  for (const [name, pick, fmt] of [
    [`time to first marker, slow 4G + 4× CPU (${size})`, (r) => r.ms, ms],
    [`bytes over the network by then (${size})`, (r) => r.bytes, kbOf],
  ]) {
    const app = median(runs.app.map(pick));
    const leaflet = median(runs.leaflet.map(pick));
    const markers = `${counts(runs.app)} / ${counts(runs.leaflet)}`;
    rows.push(`| 47 (built-in) | ${name} | ${fmt(app)} | ${fmt(leaflet)} | ${(app / leaflet).toFixed(2)}× | ${markers} |`);
  }
  const tookOver = median(runs.app.map((r) => r.tookOver));
  rows.push(`| 47 (built-in) | the live app takes over, slow 4G + 4× CPU (${size}) | ${ms(tookOver)} | no program to wait for | | |`);
}
{
  const phone = `${PHONE.viewport.width}×${PHONE.viewport.height}, touch`;
  const leaflet = median(cards.leaflet.map((c) => c.ms));
  const leafletFromStart = median(cards.leaflet.map((c) => c.fromStart));
  for (const [name, app, peer] of [
    [`tapped place's card readable, from the tap, before the program (its brief card in the page), slow 4G + 4× CPU (${phone})`, median(cards.before.map((c) => c.ms)), leaflet],
    [`tapped place's card readable, from the tap, after the takeover, slow 4G + 4× CPU (${phone})`, median(cards.after.map((c) => c.ms)), leaflet],
    [`card readable from opening the page, tapping the cluster then the place as soon as they show, slow 4G + 4× CPU (${phone})`, median(cards.before.map((c) => c.fromStart)), leafletFromStart],
  ]) {
    rows.push(`| 47 (built-in) | ${name} | ${ms(app)} | ${ms(peer)} | ${(app / peer).toFixed(2)}× | |`);
  }
}
{
  const shown = flashes.filter((f) => f > 0);
  const figure = shown.length ? `painted in ${shown.length} of ${flashes.length} runs, for ${ms(Math.max(...shown))} at most` : `never painted (${flashes.length} runs)`;
  rows.push(`| 47 (built-in) | built-in first view on a \`?lang=en\` link before the page's script hides it, slow 4G + 4× CPU (${PHONE.viewport.width}×${PHONE.viewport.height}, touch) | ${figure} | | | |`);
}
if (ONLY === 'phone') await onlyThis();
const chromiumVersion = browser.version();
await browser.close();
server.close();
const loadAtEnd = loadavg()[0];

let gz = 0;
for (const f of readdirSync(dist)) {
  if (statSync(join(dist, f)).isFile() && !/\.(br|gz)$/.test(f) && f !== '404.html') gz += gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
}

const table = [
  '| points | measure | app | Leaflet + markercluster | app / Leaflet | markers drawn (app / Leaflet) |',
  '|---|---|---|---|---|---|',
  ...rows,
].join('\n');
const transfer = `All of \`dist/\` (gzip -9, top-level files, without the precompressed copies and 404.html): ${(gz / 1000).toFixed(1)} KB. What the first view loads, file by file: \`make size\`.`;
console.log(table);
console.log(`\n${transfer}`);

const date = new Date().toISOString().slice(0, 10);
const radii = `${MARKER_REACH_PX} px up to ${LARGE_DATA.toLocaleString('en')} places, ${CROWDED_REACH_PX} px above; here ${SIZES.map((n) => `${reachFor(n)} px at ${n.toLocaleString('en')}`).join(', ')}`;
const doc = `# Benchmarks

Written by \`make bench\` (\`e2e/bench/run.mjs\`); do not edit by hand. Measured ${date} on a machine with
${availableParallelism()} cores (\`nproc\`), load average ${loadAtStart.toFixed(1)} at the start and ${loadAtEnd.toFixed(1)} at the end
(figures are noisy when it is well above the number of cores), in Chromium ${chromiumVersion} (headless, no GPU),
Node ${process.versions.node}.

The app (\`dist/\`, opened with \`?data=\`) against Leaflet 1.9.4 with Leaflet.markercluster 1.5.3
(\`e2e/bench/leaflet.html\`), on the same synthetic places (\`e2e/synthetic.mjs\`, seed 1), like for like:

- the same window (${VIEWPORT.width}×${VIEWPORT.height}) and the same map: the app's map element beside its sidebar is
  ${mapBox.width}×${mapBox.height} CSS px, measured at run time, and the Leaflet map div is given that box;
- the same view: both fit the data with 24 px padding at the same (fractional) zoom; no tiles on either (the app
  still draws its schematic base map, a few SVG paths: district outline, water, metro; the Leaflet page nothing
  but markers, its default marker icons with their shadows and markercluster's default cluster icons);
- the same cluster radius: markercluster's \`maxClusterRadius\` is the app's reach for the data size (${radii});
- no per-marker popup or anything else built per marker on the Leaflet page;
- ${AREAS.toLocaleString('en')} areas × ${AREA_VERTICES} vertices (lines and areas, \`syntheticAreas\`): the same file opened by the
  app and by Leaflet's \`L.geoJSON\` alone (its default SVG renderer, one path per area, no clustering) in the
  app's map box; the probe watches the area paths (\`.map__shapes path\`, \`path.leaflet-interactive\`); the app
  draws one path per category near the view (and a marker per area, clustered);
- time to first markers: the same probe in both pages (a MutationObserver on the marker elements,
  \`.map__markers .marker\` in the app, \`.leaflet-marker-icon\` in Leaflet, installed before the page's own scripts),
  from navigation start until the frame after the first marker is painted; it includes fetching and parsing the
  data (and, for the app, starting its WebAssembly module). Time to settled markers: until the frame after the
  last change to the markers is painted, once the page has loaded and its markers have stayed unchanged for
  ${QUIET_MS / 1000} s (above 1,000 places the app first draws the new data clustered around the view it had before,
  and clusters it again around the data's home view once the view has been still for 150 ms);
- category toggle (schools, about one place in eight): timed the same way in both, from an idle page, from the
  change until the frame after it has been painted (or after the last later change to the markers, if any came
  before they stayed unchanged for ${QUIET_MS / 1000} s), off and on separately (${TOGGLE_PAIRS} of each per run). Leaflet
  removes or re-adds the category's markers from the cluster group, with chunked loading off for the toggle so
  that every marker is in when addLayers returns (the first load is chunked, as markercluster's documentation
  advises for many markers); with, for each toggle, the animation frames from the change until the first clock
  stopped (2: on screen in the next frame) and the renderer main thread's busy time over that span (Chromium's
  TaskDuration metric: script, style, layout, paint), since both pages may land inside the same frames; and
  ${TRACED_PAIRS} more of each per run traced alone (Chromium's timeline events on the page's main thread, the toggle
  run from a timer on both pages): script, style and layout time, overlaps counted once (the ISSUE-NOTES' measure
  of a toggle's main-thread work; the app's script includes its history entry, which Leaflet's page does not make);
- ${ROUNDS} rounds per data size, alternating app, Leaflet, app, Leaflet…, each in a fresh page; the table gives
  medians over all runs (toggles: over all toggles of all runs);
- markers drawn: marker elements (places and clusters) in the page when each clock stopped, over all runs (a range
  when runs differ; "a → b" when the page had b once its markers stayed unchanged). Both draw only what is near
  the view, but their clustering differs, so the counts differ at the same radius.
- the built-in map on a slow phone (rows "47 (built-in)", in the desktop window and in a 390×844 touch window):
  Chromium's network throttled to slow 4G (150 ms
  latency, 1.6 Mbit/s down) and its CPU slowed 4×, a fresh context each run (nothing cached), both pages' files
  sent brotli-compressed; the app with its own data against the Leaflet page showing the same 47 places from a
  GeoJSON file; from navigation start to the frame after the first marker is painted, and the bytes that
  crossed the network by then (${ROUNDS} runs of each, medians); and for the app, from navigation start until
  the live app removed the prerendered first view (the page works without it before that); here the Leaflet
  page's markers open a popup with the place's name and summary (\`?popup=summary\`), as a real page's would;
- a tapped place's card on the phone, same profile (rows "card readable"): both first views show ${TAPPED.name}
  in a cluster, so the cluster is tapped (touch) as soon as the first marker is painted (in the app also once the
  live app has taken over), then the place (where Leaflet's clusters, which differ at the same radius, show it
  on its own, it is tapped once): Leaflet's cluster zooms in and the place's marker opens its popup,
  the live app's likewise with its card, and before its program the app's cluster opens the list of its places,
  each a link to its brief card in the page (shown by CSS, nothing fetched). From the \`touchstart\` on the place
  until the frame after the card's summary (the popup's text in Leaflet) is painted, asked every frame; "from opening the page"
  runs from the first page's navigation start instead;
- a link that asks for another language (\`?lang=en\`) on the phone, same profile, ${2 * ROUNDS} runs: whether the
  built-in first view (Simplified Chinese) is painted before the page's async script hides it until the live
  app answers, checked every frame (a blocking script would hide it always, at the cost of a round trip before
  every first paint);
- a changes file of 10,000 moves (\`e2e/synthetic.mjs\` \`walkingChanges\`) opened in edit mode on the built-in map:
  from choosing the file until the frame after the corrections panel shows the count, and the longest task
  (PerformanceObserver \`longtask\`) meanwhile; the Leaflet page has no editor to compare with;
- a move step in edit mode at ${MOVE_SIZES.map((n) => n.toLocaleString('en')).join(' and ')} places (no peer): the data opened at the deepest
  zoom, a place with a marker of its own focused, an arrow key pressed on it (dispatched in the page) ${MOVE_STEPS} times per
  run, each from an idle page, until the second frame after it; and the renderer main thread's busy time
  meanwhile (Chromium's TaskDuration metric), which a frame clock cannot see below a frame;
- pan frame p95: 95th percentile of frame intervals while a mouse drag pans the map (60 moves);
  memory: JS heap after a forced GC, plus the app's WebAssembly memory.

${table}

${transfer}
`;
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(output, doc);
console.log(`\nWritten to ${output}`);
