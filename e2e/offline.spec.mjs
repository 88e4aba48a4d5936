// Offline after the first visit: a service worker keeps the app and its data, so a reload without a network
// still shows the map and opens cards.
import { test, expect } from './fixtures.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { MapPage } from './map-page.mjs';

test.use({ serviceWorkers: 'allow' });

test('after one visit the map and its cards work with the network cut', async ({ page, context }) => {
  const map = new MapPage(page);
  await map.goto();
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 15_000 });
  await context.setOffline(true);
  await page.reload();
  await expect(map.map).toBeVisible();
  await expect(map.markers().first()).toBeVisible();
  await map.openPlace('青枫公园');
  await expect(map.card).toContainText('宜居宜业 生态绿城');
  // Its text too, though no card was opened online: the texts were kept with the rest.
  await expect(map.card).toContainText('开放式公园群');
  await context.setOffline(false);
});

test.describe('a file the offline copy does not hold', () => {
  test.use({ expectedErrors: /Failed to load resource|net::ERR_FAILED|FetchEvent/ });

  test('is reported as out of reach offline, not read as the page', async ({ page, context }) => {
    const map = new MapPage(page);
    await map.goto();
    await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 15_000 });
    await context.setOffline(true);
    await map.goto('?data=/never-fetched.geojson');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('离线时无法取得该文件');
    await expect(alert).not.toContainText('JSON');
    // The built-in places are shown instead, as for any file that cannot be used.
    await expect(map.markers().first()).toBeVisible();
    await context.setOffline(false);
  });
});

test('the offline copy is named after the build; a new build keeps its own files and removes the old copy', async ({
  page,
}) => {
  const worker = readFileSync(new URL('../dist/sw.js', import.meta.url), 'utf8');
  const name = worker.match(/const CACHE = '([^']+)'/)[1];
  expect(name).toMatch(/^zhonglou-map-[0-9a-f]{16}$/);
  // A returning visitor still has an earlier build's copy (written from a blank page of the same origin).
  const blank = '<!doctype html><title>blank</title><link rel="icon" href="data:,">';
  await page.route('**/blank', (route) => route.fulfill({ contentType: 'text/html', body: blank }));
  await page.goto('/blank');
  await page.evaluate(async () => {
    const old = await caches.open('zhonglou-map-0123456789abcdef');
    await old.put('/zhonglou-map-0123456789abcdef.js', new Response('// the old build'));
  });
  await new MapPage(page).goto();
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 15_000 });
  await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([name]);
  const kept = await page.evaluate(
    async (cache) => (await (await caches.open(cache)).keys()).map((r) => new URL(r.url).pathname),
    name,
  );
  for (const file of ['/', '/manifest.webmanifest']) expect(kept).toContain(file);
  expect(kept.filter((p) => /_bg\.wasm$/.test(p))).toHaveLength(1);
});

test('files are sent precompressed to a browser that takes brotli', async ({ request }) => {
  const page = await request.get('/', { headers: { 'accept-encoding': 'br, gzip' } });
  expect(page.headers()['content-encoding']).toBe('br');
  const wasm = readdirSync(new URL('../dist/', import.meta.url)).find((f) => f.endsWith('_bg.wasm'));
  const response = await request.get(`/${wasm}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(response.headers()['content-encoding']).toBe('gzip');
  expect(response.headers()['cache-control']).toContain('immutable');
});

test('the page offers a tab icon and a web app manifest with icons', async ({ page, request }) => {
  await new MapPage(page).goto();
  // A PNG: the browser may fetch and decode the tab icon again after each history entry (a filter, a card), and
  // an SVG icon is a whole document to build each time (scripts/favicon.mjs).
  const tab = await request.get(await page.locator('link[rel=icon]').getAttribute('href'));
  expect(tab.ok()).toBe(true);
  expect(tab.headers()['content-type']).toBe('image/png');
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifest = await (await request.get(href)).json();
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
});

test.describe('when the app itself fails', () => {
  test.use({ expectedErrors: /panicked|unreachable|test: no details/ });

  test('a panic shows a friendly notice whose button reloads a working map', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    const marker = await map.revealMarker('青枫公园');
    // Break the browser under the app: the card's facts (a <details>) can no longer be created, which the
    // renderer treats as impossible and panics on.
    await page.evaluate(() => {
      const create = Document.prototype.createElement;
      Document.prototype.createElement = function (tag, ...rest) {
        if (String(tag).toLowerCase() === 'details') throw new Error('test: no details');
        return create.call(this, tag, ...rest);
      };
    });
    await marker.click();
    const notice = page.getByRole('alert').filter({ hasText: '出错' });
    await expect(notice).toBeVisible();
    await notice.getByRole('button', { name: '重新载入' }).click();
    await expect(map.markers().first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    const search = page.getByRole('searchbox', { name: '搜索地点' });
    await search.fill('青枫公园');
    await search.press('Enter');
    await expect(map.card).toHaveAccessibleName('青枫公园');
    await expect(map.card).toContainText('背景');
  });
});
