// The map before the program (issue #22): the page carries its first view, rendered at build time from the
// app's own components (examples/prerender.rs), so the map and its places show with no script at all; the live
// app then takes over without moving them.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Where each marker is on screen, by its name. */
async function markerCentres(map) {
  return map.map.locator('.map__markers .marker').evaluateAll((els) =>
    Object.fromEntries(
      els
        .filter((el) => el.getClientRects().length)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return [el.getAttribute('aria-label'), [r.x + r.width / 2, r.y + r.height / 2]];
        }),
    ),
  );
}

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, liveApp: false });

  test('the map shows every place and the categories ticked', async ({ page }) => {
    const map = new MapPage(page);
    await page.goto('/');
    await expect(map.map).toBeVisible();
    await expect(map.map.locator('.map__markers .marker').first()).toBeVisible();
    expect(await map.placesInSight(), 'the 47 places, in markers and clusters inside the map').toBe(47);
    const categories = page.getByRole('group', { name: '类别' }).getByRole('checkbox');
    expect(await categories.count()).toBe(8);
    for (const box of await categories.all()) await expect(box).toBeChecked();
    await expect(page.getByRole('radio', { name: /示意图/ })).toBeChecked();
  });
});

test.describe('before the program arrives', () => {
  test.use({ liveApp: false });

  test('the first view is whole and accessible, and the live app takes over without moving a marker', async ({ page }) => {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    const map = new MapPage(page);
    await page.goto('/');
    await expect(map.map.locator('.map__markers .marker').first()).toBeVisible();
    await expect(page.locator('#first-view')).toBeAttached();
    // axe on the page as it first shows (it is served from the page's own origin, as its policy asks).
    await page.route((url) => url.pathname === '/axe.min.js', (route) => route.fulfill({ contentType: 'text/javascript', body: axeSource }));
    await page.addScriptTag({ url: '/axe.min.js' });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    const before = await markerCentres(map);
    expect(Object.keys(before).length).toBeGreaterThan(3);
    release();
    await page.waitForFunction(() => !document.getElementById('first-view'));
    const after = await markerCentres(map);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    const moved = Object.entries(before).filter(([name, [x, y]]) => Math.hypot(after[name][0] - x, after[name][1] - y) > 1);
    expect(moved.map(([name]) => name), 'markers moved by the takeover').toEqual([]);
  });
});
