// The hostile-input corpus (tests/corpus, written out by `cargo run --example hostile_corpus`) through `?data=`
// in the browser: each file shows its valid part, names every skipped feature by number, or says the file is
// unusable and keeps the built-in places; nothing panics or logs an error, and on files up to 10 MB (the
// corpus's few huge features, and a generated file of many small ones) the page never stops answering for a second.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';
import { syntheticCollection } from './synthetic.mjs';

const dir = fileURLToPath(new URL('../target/hostile-corpus/', import.meta.url));
if (!existsSync(`${dir}index.json`)) {
  throw new Error('The corpus is missing: run `cargo run --example hostile_corpus -- target/hostile-corpus` (make e2e does).');
}
const cases = JSON.parse(readFileSync(`${dir}index.json`, 'utf8'));
const ONE_MB = 1024 * 1024;
const TEN_MB = 10 * ONE_MB;

/** Records, in `window.__longest`, the longest task once the app has started (its own start-up is not the data's doing). */
async function timeLongTasks(page) {
  await page.addInitScript(() => {
    window.__longest = 0;
    addEventListener('TrunkApplicationStarted', () => {
      const started = performance.now();
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.startTime >= started) window.__longest = Math.max(window.__longest, e.duration);
        }
      }).observe({ type: 'longtask', buffered: true });
    });
  });
}

/** Asserts that no task since start-up took a second or more, and notes the longest in the report. */
async function expectNoLongTask(page) {
  const longest = await page.evaluate(() => window.__longest);
  test.info().annotations.push({ type: 'longest task', description: `${longest.toFixed(0)} ms` });
  expect(longest, 'the longest task while loading (ms)').toBeLessThan(1000);
}

/** The built-in parks' checkbox label, e.g. "公园 (6)", read from the map opened with no data link. */
async function builtInParks(map) {
  await map.goto();
  return map.categoryLabel(/^公园 \(\d+\)$/);
}

test.describe('hostile data through ?data=', () => {
  test.skip(({ isMobile }) => isMobile, 'the loader is the same on every screen');

  for (const c of cases) {
    test(`${c.file}: ${c.name}`, async ({ page }) => {
      test.setTimeout(90_000);
      const map = new MapPage(page);
      const parks = c.expect.fileError ? await builtInParks(map) : null;
      await timeLongTasks(page);
      await page.route((url) => url.pathname === `/hostile/${c.file}`, (route) =>
        route.fulfill({ path: `${dir}${c.file}`, contentType: 'application/geo+json' }),
      );
      await page.goto(`/?data=/hostile/${c.file}`);
      await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
      if (c.expect.fileError) {
        await expect(page.getByRole('alert')).toContainText('地点数据无法使用');
        await expect(page.getByRole('checkbox', { name: parks, exact: true }), 'the built-in places stay').toBeVisible();
      } else {
        await expect(map.status).toHaveText(`显示 ${c.expect.places} 个地点`, { timeout: 60_000 });
        // The corpus gives array indexes; notices count features from 1.
        for (const index of c.expect.skipped) await expect(page.getByRole('alert')).toContainText(`第 ${index + 1} 号要素`);
        if (!c.expect.skipped.length) await expect(page.getByRole('alert')).toHaveCount(0);
      }
      await expect(map.map, 'the page still answers').toBeVisible();
      // Files of a megabyte or more, up to ten: big enough that loading them is what the page is doing.
      if (c.bytes >= ONE_MB && c.bytes <= TEN_MB) await expectNoLongTask(page);
    });
  }
});

test('a 6 MB file of 40,000 small places loads without a task of a second or more', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the loader is the same on every screen');
  test.setTimeout(90_000);
  // Many small features (where the corpus's big files hold a few huge ones), across lon 119.85–119.98 and
  // lat 31.74–31.83: the work per feature must be spread out.
  const count = 40_000;
  const body = JSON.stringify(syntheticCollection(count, 11, { west: 119.85, south: 31.74, width: 0.13, height: 0.09 }));
  const bytes = Buffer.byteLength(body);
  expect(bytes, 'bytes in the file').toBeGreaterThan(5 * ONE_MB);
  expect(bytes, 'bytes in the file').toBeLessThan(TEN_MB);
  await timeLongTasks(page);
  await page.route((url) => url.pathname === '/many-small.geojson', (route) =>
    route.fulfill({ status: 200, contentType: 'application/geo+json', body }),
  );
  const map = new MapPage(page);
  await page.goto('/?data=/many-small.geojson');
  await expect(map.status).toHaveText(`显示 ${count} 个地点`, { timeout: 60_000 });
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(map.map, 'the page still answers').toBeVisible();
  await expectNoLongTask(page);
});
