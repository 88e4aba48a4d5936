// What the first view downloads, file by file: the built map (dist/) is served the way e2e/serve.mjs serves it,
// opened in headless Chromium, and every request the page makes before its first marker shows is the first
// view. Requests made later (the card texts fetched when the page is idle, the offline copy the service worker
// keeps) are listed apart. Sizes are of the files in dist/: raw, gzip -9 and brotli (quality 11), so the figures
// do not depend on the server.
//
// The budgets (issue #22): what the first paint needs, the page and its stylesheets (the prerendered first view
// draws the map's markers with no script), and the wasm on its own.
//
//   node scripts/size.mjs       the tables (and, with twiggy installed, what the wasm is made of)
//   node scripts/size.mjs --first-paint-budget 40000 --wasm-budget 443700
//                               also fails when the page and its stylesheets, or the wasm, are above that many
//                               bytes gzip
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const option = (name) => {
  const at = process.argv.indexOf(name);
  if (at < 0) return null;
  const bytes = Number(process.argv[at + 1]);
  if (!(bytes > 0)) throw new Error(`${name} takes a number of bytes`);
  return bytes;
};
const firstPaintBudget = option('--first-paint-budget');
const wasmBudget = option('--wasm-budget');
if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is not built: run `make dist` first');

const port = Number(process.env.SIZE_PORT || 8097);
const origin = `http://127.0.0.1:${port}`;
const server = spawn('node', [join(root, 'e2e/serve.mjs'), String(port)], { stdio: 'ignore' });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
let firstView, takeover, later;
try {
  await waitForServer();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  // The page's own requests make the first view and then the takeover; the service worker's (its copy for
  // offline use, which starts once the page has loaded) and anything after the takeover come later.
  const [byPage, byAny] = [[], []];
  const record = (list) => (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) list.push(url.pathname);
  };
  context.on('request', record(byAny));
  const page = await context.newPage();
  page.on('request', record(byPage));
  // From the first bytes of the page, not its load event (which waits for the wasm the page preloads).
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  await page.locator('.map__markers [role=button], .map__markers button').first().waitFor({ timeout: 30_000 });
  firstView = unique(byPage.splice(0));
  // The live app removes the prerendered first view when it starts (src/main.rs).
  await page.waitForFunction(() => !document.getElementById('first-view'), null, { timeout: 30_000 });
  takeover = unique(byPage.splice(0)).filter((p) => !firstView.includes(p));
  const seen = byAny;
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.documentElement.dataset.offlineReady === 'true', null, {
    timeout: 30_000,
  });
  later = unique(seen).filter((p) => !firstView.includes(p) && !takeover.includes(p));
} finally {
  await browser.close();
  server.kill();
}

// What the first paint needs: the page and the stylesheets it links (its markers are in the page). The browser
// asks for the program early too (the page's head preloads it), but draws the first view without it.
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const sheets = [...html.matchAll(/<link\b[^>]*>/g)]
  .map((m) => m[0])
  .filter((tag) => /\brel="stylesheet"/.test(tag))
  .map((tag) => tag.match(/\bhref="([^"]+)"/)[1]);
const paintRows = ['/', ...sheets].map(measure);
const takeoverRows = unique([...firstView, ...takeover])
  .filter((p) => p !== '/' && !sheets.includes(p))
  .map(measure);
const laterRows = later.map(measure);
const total = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, br: t.br + r.br }), {
  raw: 0,
  gzip: 0,
  br: 0,
});
printTable('First paint (the page, its first view prerendered, and its stylesheets)', paintRows);
printTable('Until the live app takes over (the rest the page asks for before it starts)', takeoverRows);
printTable('Later, in the background (card texts, the offline copy)', laterRows);
wasmContents();

const paint = total(paintRows);
const wasm = total(readdirSync(dist).filter((f) => f.endsWith('.wasm')).map((f) => measure(`/${f}`)));
const live = total([...paintRows, ...takeoverRows]);
console.log(`\nfirst paint: ${kb(paint.gzip)} gzip, ${kb(paint.br)} brotli, ${kb(paint.raw)} raw`);
console.log(`wasm: ${kb(wasm.gzip)} gzip, ${kb(wasm.br)} brotli, ${kb(wasm.raw)} raw`);
console.log(`until the live app: ${kb(live.gzip)} gzip, ${kb(live.br)} brotli`);
let over = false;
for (const [name, figure, budget] of [['first paint', paint.gzip, firstPaintBudget], ['wasm', wasm.gzip, wasmBudget]]) {
  if (!budget) continue;
  if (figure > budget) {
    console.error(`over budget: the ${name} is ${figure} bytes gzip, the budget is ${budget}`);
    over = true;
  } else {
    console.log(`${name} within the budget of ${kb(budget)} gzip (${budget - figure} bytes to spare)`);
  }
}
if (over) process.exit(1);

function unique(list) {
  return [...new Set(list)];
}

function measure(path) {
  const file = path === '/' ? 'index.html' : decodeURIComponent(path.slice(1));
  const body = readFileSync(join(dist, file));
  return {
    file,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

function printTable(title, list) {
  console.log(`\n${title}`);
  console.log(`${'file'.padEnd(44)}${'raw'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}`);
  for (const r of [...list, { file: 'total', ...total(list) }]) {
    console.log(`${r.file.padEnd(44)}${String(r.raw).padStart(11)}${String(r.gzip).padStart(11)}${String(r.br).padStart(11)}`);
  }
}

// The wasm's biggest parts by crate and by function, from the linker's output (before wasm-bindgen and
// wasm-opt, so sizes are larger than shipped, but the names are still there). Needs twiggy (`make size`
// installs it).
function wasmContents() {
  const wasm = join(root, 'target/wasm32-unknown-unknown/release/zhonglou-map.wasm');
  if (!existsSync(wasm)) return;
  let csv;
  try {
    csv = execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'csv', wasm], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
  } catch {
    console.log('\n(twiggy is not installed: `make size` installs it and lists what the wasm is made of)');
    return;
  }
  const crates = new Map();
  const functions = [];
  for (const line of csv.split('\n').slice(1)) {
    const m = line.match(/^"?(.*?)"?,(\d+),[\d.]+,/);
    if (!m) continue;
    const [name, bytes] = [m[1].replaceAll('""', '"'), Number(m[2])];
    // wasm-bindgen removes its describe functions and custom section; names go with wasm-opt.
    if (/wbindgen_describe|wasm_bindgen::describe|function names|custom section/.test(name)) continue;
    const key = part(name);
    crates.set(key, (crates.get(key) ?? 0) + bytes);
    if (!/data segment/.test(name)) functions.push([bytes, name]);
  }
  console.log('\nThe wasm by crate (bytes before wasm-opt; the app by module)');
  [...crates].sort((a, b) => b[1] - a[1]).slice(0, 24).forEach(([k, v]) => console.log(`${String(v).padStart(9)}  ${k}`));
  console.log('\nIts biggest functions');
  functions.sort((a, b) => b[0] - a[0]).slice(0, 12).forEach(([b, n]) => console.log(`${String(b).padStart(9)}  ${n.slice(0, 110)}`));
}

function part(name) {
  if (/data segment/.test(name)) return 'data (texts, tables, compiled-in data)';
  const own = name.match(/zhonglou_map::(components|core)::([a-z0-9_]+)/) || name.match(/zhonglou_map::([a-z0-9_]+)/);
  if (own) return `zhonglou_map::${own.slice(1).filter(Boolean).join('::')}`;
  const crate = name.match(/^<*(?:&(?:mut )?)?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  return crate ? crate[1] : '(generic glue: trait impls over many crates)';
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server on port ${port} did not start`);
}
