// The map before the program (issue #22): the page carries its first view, rendered at build time from the
// app's own components (examples/prerender), so the map and its places show with no script at all; the live
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
          return [el.id.replace(/-narrow$/, ''), [r.x + r.width / 2, r.y + r.height / 2]];
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
    const categories = page.getByRole('checkbox');
    expect(await categories.count()).toBe(8);
    for (const box of await categories.all()) await expect(box).toBeChecked();
    await expect(page.getByRole('radio', { name: /示意图/ })).toBeChecked();
  });

  test('a category unticked hides only its places: markers, clusters counted again, the list', async ({ page }) => {
    const map = new MapPage(page);
    await page.goto('/');
    const parks = page.getByRole('checkbox', { name: /^公园/ });
    await expect(parks).toBeChecked();
    // The list of places is open beside the map on wide screens (a phone opens it with the program).
    const wide = test.info().project.name === 'desktop';
    const list = page.locator('.place-list__items');
    if (wide) await expect(list.getByRole('link', { name: '青枫公园', exact: true })).toBeVisible();
    // The reader taps the category's label, as on the live page.
    await page.locator('label.filter--park').locator('visible=true').click();
    await expect(parks).not.toBeChecked();
    expect(await map.placesInSight(), '47 places less the 6 parks').toBe(41);
    // With no script to count again, the list says no count rather than a wrong one.
    const count = wide ? page.getByRole('heading', { name: /^视野内的地点/ }) : page.getByRole('button', { name: /^地点列表/ });
    await expect(count).toHaveAccessibleName(wide ? '视野内的地点' : '地点列表');
    await expect(map.map.locator('.marker--park').locator('visible=true')).toHaveCount(0);
    await expect(map.map.locator('.map__markers .marker').locator('visible=true').first()).toBeVisible();
    if (wide) {
      await expect(list.getByRole('link', { name: '青枫公园', exact: true })).toBeHidden();
      await expect(list.getByRole('link', { name: '常州市实验小学', exact: true })).toBeVisible();
    }
    // Ticked again, every place is back; with no category at all, no marker and no cluster is left.
    await page.locator('label.filter--park').locator('visible=true').click();
    expect(await map.placesInSight()).toBe(47);
    for (const key of ['park', 'school', 'hospital', 'market', 'heritage', 'culture', 'innovation', 'transport']) {
      await page.locator(`label.filter--${key}`).locator('visible=true').click();
    }
    await expect(map.map.locator('.map__markers .marker').locator('visible=true')).toHaveCount(0);
  });

  test("the list's places go to their pages", async ({ page }) => {
    test.skip(test.info().project.name === 'phone', 'a phone opens the list with the program');
    await page.goto('/');
    await page.locator('.place-list__items').getByRole('link', { name: '青枫公园', exact: true }).click();
    await expect(page).toHaveURL(/\/place\/qingfeng-park\/$/);
    await expect(page.getByRole('dialog', { name: '青枫公园' }).locator('visible=true')).toBeVisible();
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

  test('a category switched off and the focus before the program are kept by the live app', async ({ page }) => {
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    const map = new MapPage(page);
    await page.goto('/');
    await page.locator('label.filter--heritage').locator('visible=true').click();
    await expect(page.getByRole('checkbox', { name: /^历史遗迹/ })).not.toBeChecked();
    await page.getByRole('checkbox', { name: /^学校/ }).focus();
    await expect(page.locator('#first-view')).toBeAttached();
    release();
    await page.waitForFunction(() => !document.getElementById('first-view'));
    await expect(page.getByRole('checkbox', { name: /^历史遗迹/ })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^公园/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^学校/ })).toBeFocused();
    await expect(map.map.getByRole('button', { name: '西瀛里', exact: true })).toHaveCount(0);
    await expect(page).toHaveURL(/cats=/);
    expect(await map.placesInSight(), '47 places less the 16 heritage ones').toBe(31);
  });
});
