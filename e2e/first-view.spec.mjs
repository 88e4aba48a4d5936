// The map before the program (issue #22): the page carries its first view, rendered at build time from the
// app's own components (examples/prerender), so the map and its places show with no script at all; the live
// app then takes over without moving them.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Holds the page's wasm back until the returned function is called, so the test sees the page before the
 * program. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Where each marker is on screen, by its id. */
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

  test("a cluster opens the list of its places, which open their cards, and closes; only the ticked categories' are listed", async ({ page }) => {
    await page.goto('/');
    const phone = test.info().project.name === 'phone';
    const press = (target) => (phone ? target.tap() : target.click());
    // On a phone the first view shows only clusters: without this, nothing on the map would lead to a card.
    const cluster = page.locator('.cluster-menu > summary').locator('visible=true').filter({ hasText: '青枫公园、' });
    await expect(cluster).toHaveCount(1);
    const park = page.locator('.map').getByRole('link', { name: '青枫公园', exact: true }).locator('visible=true');
    const hospital = page.locator('.map').getByRole('link', { name: '常州市妇幼保健院', exact: true }).locator('visible=true');
    await expect(park).toHaveCount(0);
    await press(cluster);
    await expect(park).toBeInViewport();
    await expect(hospital).toBeInViewport();
    // The list stays inside the map, whichever side of it the cluster is on.
    const map = await page.locator('#map:visible, #map-narrow:visible').boundingBox();
    const list = await page.locator('.cluster-menu[open] .cluster-list').boundingBox();
    expect(list.x).toBeGreaterThanOrEqual(map.x);
    expect(list.x + list.width).toBeLessThanOrEqual(map.x + map.width);
    expect(list.y + list.height).toBeLessThanOrEqual(map.y + map.height);
    // The same cluster again closes it.
    await press(cluster);
    await expect(park).toHaveCount(0);
    // With parks switched off, the cluster lists its other places only.
    await page.locator('label.filter--park').locator('visible=true').click();
    await press(cluster);
    await expect(hospital).toBeInViewport();
    await expect(park).toHaveCount(0);
    await page.locator('label.filter--park').locator('visible=true').click();
    await expect(park).toBeInViewport();
    // The place's card opens in the page itself, with nothing to fetch, and leads to the place's own page.
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await press(park);
    await expect(page).toHaveURL(/\/#card-qingfeng-park$/);
    const card = page.getByRole('dialog', { name: '青枫公园' });
    await expect(card).toBeInViewport();
    await expect(card).toContainText('开放式公园群');
    await expect(card).toContainText('文章出处: 宜居宜业 生态绿城');
    await expect(page.getByRole('dialog')).toHaveCount(1);
    // Its × closes it, and Back would too (the card is an address in the history).
    await press(card.getByRole('link', { name: '关闭' }));
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.goBack();
    await expect(card).toBeVisible();
    await press(card.getByRole('link', { name: /^位置、地图链接与背景资料/ }));
    await expect(page).toHaveURL(/\/place\/qingfeng-park\/$/);
    await expect(page.getByRole('dialog', { name: '青枫公园' })).toContainText('钟楼区月季路88号');
  });

  test("the list's places open their cards", async ({ page }) => {
    test.skip(test.info().project.name === 'phone', 'a phone opens the list with the program');
    await page.goto('/');
    await page.locator('.place-list__items').getByRole('link', { name: '荷园', exact: true }).click();
    await expect(page).toHaveURL(/\/#card-lotus-garden$/);
    await expect(page.getByRole('dialog', { name: '荷园' })).toBeInViewport();
    await expect(page.getByRole('dialog')).toHaveCount(1);
  });
});

test.describe('before the program arrives', () => {
  test.use({ liveApp: false });

  test('the first view is whole and accessible, and the live app takes over without moving a marker', async ({ page }) => {
    const release = await holdWasm(page);
    const map = new MapPage(page);
    await page.goto('/');
    await expect(map.map.locator('.map__markers .marker').first()).toBeVisible();
    await expect(page.locator('#first-view')).toBeAttached();
    // axe on the page as it first shows, with a cluster's list of places open and a place's brief card opened
    // from it (axe is served from the page's own origin, as its policy asks).
    await page.locator('.cluster-menu > summary').locator('visible=true').first().click();
    const listed = page.locator('.cluster-menu[open] .cluster-list a').locator('visible=true').first();
    const name = (await listed.textContent()).trim();
    await listed.click();
    await expect(page.getByRole('dialog', { name })).toBeVisible();
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
    const release = await holdWasm(page);
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

  test('a card opened before the program is the live app’s open card, at the map’s own address', async ({ page }) => {
    const release = await holdWasm(page);
    const map = new MapPage(page);
    await page.goto('/');
    const phone = test.info().project.name === 'phone';
    const cluster = page.locator('.cluster-menu > summary').locator('visible=true').filter({ hasText: '凌家塘市场、' });
    // On a phone the market is in a cluster, whose list leads to it; on a wide screen it has a marker of its own.
    if (phone) await cluster.tap();
    const market = page.locator('.map').getByRole('link', { name: '凌家塘市场', exact: true }).locator('visible=true');
    await (phone ? market.tap() : market.click());
    await expect(page.getByRole('dialog', { name: '凌家塘市场' })).toBeInViewport();
    await expect(page.locator('#first-view')).toBeAttached();
    release();
    await page.waitForFunction(() => !document.getElementById('first-view'));
    await expect(map.card).toHaveAccessibleName('凌家塘市场');
    await expect(page).toHaveURL(/\/\?(.*&)?place=lingjiatang-market(&|$)/);
    expect(new URL(page.url()).hash).toBe('');
    await map.card.getByRole('button', { name: '关闭' }).click();
    await expect(map.card).toHaveCount(0);
  });
});

test.describe('links that ask for something else, before the program', () => {
  test.use({ liveApp: false });

  /** Opens a link with the wasm held back; returns the function that lets it through. */
  async function openHeld(page, link) {
    const release = await holdWasm(page);
    const own = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '我的地点' }, geometry: { type: 'Point', coordinates: [119.95, 31.78] } }] };
    await page.route((url) => url.pathname === '/own.geojson', (route) => route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(own) }));
    await page.goto(link);
    await expect(page.locator('#first-view')).toBeAttached();
    return release;
  }

  for (const link of ['/?lang=en', '/?lang=zh-Hant', '/?data=/own.geojson', '/?embed', '/?tour=heritage', '/?place=qu-qiubai-memorial&fix=qu-qiubai-memorial@31.78278,119.94722']) {
    test(`${link} shows nothing of the built-in first view until the live app answers it`, async ({ page }) => {
      const release = await openHeld(page, link);
      await expect(page.locator('#first-view .marker').locator('visible=true')).toHaveCount(0);
      await expect(page.getByText('钟楼区地图', { exact: true }).locator('visible=true')).toHaveCount(0);
      await expect(page.getByRole('dialog')).toHaveCount(0);
      release();
      await page.waitForFunction(() => !document.getElementById('first-view'));
      await expect(page.locator('.map__markers .marker').locator('visible=true').first()).toBeVisible();
      if (link.includes('data=')) await expect(page.locator('.map__markers').getByRole('button', { name: '我的地点', exact: true })).toBeVisible();
      if (link.includes('lang=en')) await expect(page.getByText('Zhonglou District Map', { exact: true }).first()).toBeVisible();
    });
  }

  test('a link to a place shows the map without a card until the live app opens it', async ({ page }) => {
    const release = await openHeld(page, '/?place=qingfeng-park');
    await expect(page.locator('#first-view .marker').locator('visible=true').first()).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    release();
    await expect(page.getByRole('dialog', { name: '青枫公园' })).toBeVisible();
  });
});

test.describe('through the takeover, at five window sizes', () => {
  test.use({ liveApp: false });
  // The test opens its own windows, one per size: once is enough.
  test.skip(({ isMobile }) => isMobile, 'the desktop project opens the phone sizes itself');

  /** Where the map's markers and the page's main parts are, by what they are (the narrow copy's ids less their
   * suffix), in CSS px rounded to the pixel. */
  const layout = (page) =>
    page.evaluate(() => {
      const shown = (el) => el.getClientRects().length > 0;
      const box = (el) => {
        const r = el.getBoundingClientRect();
        return [r.x, r.y, r.width, r.height].map(Math.round).join(',');
      };
      const parts = {};
      for (const el of document.querySelectorAll('.map__markers .marker')) if (shown(el)) parts[el.id.replace(/-narrow$/, '')] = box(el);
      for (const selector of ['.header', '.search', '.filters', '.map', '.map__controls', '.place-list__toggle', '.place-list__title']) {
        const el = [...document.querySelectorAll(selector)].find(shown);
        if (el) parts[selector] = box(el);
      }
      return parts;
    });

  // Readers of 繁體 and English get the first view in Simplified Chinese, and their language at the takeover
  // (their browser's language: the static page cannot know it), with nothing moved either.
  const sizes = [[360, 640], [390, 844], [768, 1024], [1280, 800], [1920, 1080], [390, 844, 'en-US'], [1280, 800, 'zh-TW']];
  for (const [width, height, locale = 'zh-CN'] of sizes) {
    test(`${width}×${height} (${locale}): no layout shift, no marker or part moved`, async ({ browser, baseURL }) => {
      const phone = width < 600;
      const context = await browser.newContext({ baseURL, viewport: { width, height }, isMobile: phone, hasTouch: width < 1000, locale });
      const page = await context.newPage();
      const errors = [];
      page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
      page.on('pageerror', (err) => errors.push(err.message));
      await page.addInitScript(() => {
        window.shifted = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifted += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const release = await holdWasm(page);
      await page.goto('/');
      await expect(page.locator('.map__markers .marker').locator('visible=true').first()).toBeVisible();
      const before = await layout(page);
      expect(Object.keys(before).length).toBeGreaterThan(8);
      release();
      await page.waitForFunction(() => !document.getElementById('first-view'));
      // Two frames of the live app: its first, and any the size observer's first report would cause.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const after = await layout(page);
      // In another language the page's words change length (the search box gives way to a longer list
      // button); the map and its markers stay put.
      const compared = Object.keys(before).filter((part) => locale === 'zh-CN' || !part.startsWith('.') || part === '.map');
      const moved = compared.filter((part) => before[part] !== after[part]).map((part) => `${part}: ${before[part]} -> ${after[part]}`);
      expect(moved, 'what the takeover moved').toEqual([]);
      const shifted = await page.evaluate(() => window.shifted);
      test.info().annotations.push({ type: 'layout shift', description: `${width}×${height}: ${shifted.toFixed(4)}` });
      expect(shifted).toBeLessThan(0.01);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
