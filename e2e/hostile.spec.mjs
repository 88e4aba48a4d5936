// The hostile-input corpus (tests/corpus, written out by `cargo run --example hostile_corpus`) through `?data=`
// in the browser: each file shows its valid part, names every skipped feature by index, or says the file is
// unusable and keeps the built-in places; nothing panics or logs an error, and on files up to 10 MB the page
// never stops answering for a second.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

const dir = fileURLToPath(new URL('../target/hostile-corpus/', import.meta.url));
if (!existsSync(`${dir}index.json`)) {
  throw new Error('The corpus is missing: run `cargo run --example hostile_corpus -- target/hostile-corpus` (make e2e does).');
}
const cases = JSON.parse(readFileSync(`${dir}index.json`, 'utf8'));
const ONE_MB = 1024 * 1024;
const TEN_MB = 10 * ONE_MB;

test.describe('hostile data through ?data=', () => {
  test.skip(({ isMobile }) => isMobile, 'the loader is the same on every screen');

  for (const c of cases) {
    test(`${c.file}: ${c.name}`, async ({ page }) => {
      test.setTimeout(90_000);
      // The longest task once the app has started (its own start-up is not the file's doing).
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
      await page.route((url) => url.pathname === `/hostile/${c.file}`, (route) =>
        route.fulfill({ path: `${dir}${c.file}`, contentType: 'application/geo+json' }),
      );
      const map = new MapPage(page);
      await page.goto(`/?data=/hostile/${c.file}`);
      await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
      if (c.expect.fileError) {
        await expect(page.getByRole('alert')).toContainText('地点数据无法使用');
        await expect(page.getByRole('checkbox', { name: /^公园 \(6\)$/ }), 'the built-in places stay').toBeVisible();
      } else {
        await expect(map.status).toHaveText(`显示 ${c.expect.places} 个地点`, { timeout: 60_000 });
        for (const index of c.expect.skipped) await expect(page.getByRole('alert')).toContainText(`第 ${index} 号要素`);
        if (!c.expect.skipped.length) await expect(page.getByRole('alert')).toHaveCount(0);
      }
      await expect(map.map, 'the page still answers').toBeVisible();
      // Files of a megabyte or more, up to ten: big enough that loading them is what the page is doing.
      if (c.bytes >= ONE_MB && c.bytes <= TEN_MB) {
        const longest = await page.evaluate(() => window.__longest);
        test.info().annotations.push({ type: 'longest task', description: `${longest.toFixed(0)} ms` });
        expect(longest, 'the longest task while loading (ms)').toBeLessThan(1000);
      }
    });
  }
});
