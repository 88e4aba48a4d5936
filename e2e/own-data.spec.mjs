// Bring your own data: a link, a file or a drop; bad features listed; the shown places downloadable.
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';
import { syntheticAreas, syntheticCollection } from './synthetic.mjs';

/** Three Latin words in a row: an English sentence where the reader's language was due. */
const LATIN_WORDS = /[A-Za-z]+\s+[A-Za-z]+\s+[A-Za-z]+/;

/** The built-in parks' checkbox label, e.g. "公园 (6)", read from the map opened with no data link. */
async function builtInParks(map) {
  await map.goto();
  return map.categoryLabel(/^公园 \(\d+\)$/);
}

const serve = async (page, path, body) =>
  page.route((url) => url.pathname === path, (route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body }));

test('100,000 points load through ?data= and a place card opens', async ({ page }) => {
  test.setTimeout(120_000);
  await serve(page, '/synthetic-100k.geojson', JSON.stringify(syntheticCollection(100_000)));
  const map = new MapPage(page);
  await page.goto('/?data=/synthetic-100k.geojson');
  await expect(page.getByRole('checkbox', { name: /^其他 \(\d+\)$/ })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('checkbox', { name: '其他 (14286)' })).toBeVisible();
  await expect(map.status).toHaveText('显示 100000 个地点');
  // Only what is near the view is in the DOM.
  expect(await map.markers().count()).toBeLessThan(2000);
  const search = page.getByRole('searchbox', { name: '搜索地点' });
  await search.fill('地点 4242');
  await search.press('Enter');
  await expect(map.card).toHaveAccessibleName('地点 4242');
  await expect(map.marker('地点 4242')).toBeVisible();
});

test('bad features are listed by number and the good ones drawn; an unusable file keeps the built-in places', async ({ page }) => {
  const map = new MapPage(page);
  const parks = await builtInParks(map);
  const collection = syntheticCollection(5);
  collection.features[2].geometry.coordinates = ['x', 'y'];
  collection.features[4].properties.category = 'zoo';
  await serve(page, '/mixed.geojson', JSON.stringify(collection));
  await page.goto('/?data=/mixed.geojson');
  const alert = page.getByRole('alert');
  // Counted from 1, as people count: the file's features[2] and features[4], each named.
  await expect(alert).toContainText('第 3 号要素（地点 2）：坐标须有经度和纬度两个数');
  await expect(alert).toContainText('第 5 号要素（地点 4）：未知类别 “zoo”');
  await expect(map.status).toHaveText('显示 3 个地点');
  expect(await alert.innerText(), 'no English sentence in the notice').not.toMatch(LATIN_WORDS);

  await serve(page, '/broken.geojson', '{"type": "Feature"');
  await page.goto('/?data=/broken.geojson');
  await expect(page.getByRole('alert')).toContainText('地点数据无法使用');
  await expect(page.getByRole('alert')).toContainText('文件不是有效的 JSON');
  await expect(page.getByRole('checkbox', { name: parks, exact: true })).toBeVisible();
});

test.describe('a ?data= link that cannot be fetched', () => {
  // Chromium itself reports the failed request on the console; the app adds nothing of its own.
  test.use({ expectedErrors: /^Failed to load resource/ });

  test('a file the server does not have says so in Chinese and the built-in places show', async ({ page }) => {
    const map = new MapPage(page);
    const parks = await builtInParks(map);
    await page.route((url) => url.pathname === '/missing.geojson', (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await page.goto('/?data=/missing.geojson');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('服务器上没有这个文件（HTTP 404）');
    await expect(page.getByRole('checkbox', { name: parks, exact: true }), 'the built-in places').toBeVisible();
    await expect(map.markers().first()).toBeVisible();
    expect(await alert.innerText(), 'no English sentence in the notice').not.toMatch(LATIN_WORDS);
  });

  test('with the network down the notice says it cannot connect and the built-in places show', async ({ page }) => {
    const map = new MapPage(page);
    const parks = await builtInParks(map);
    await page.route((url) => url.pathname === '/offline.geojson', (route) => route.abort('internetdisconnected'));
    await page.goto('/?data=/offline.geojson');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('无法连接');
    await expect(page.getByRole('checkbox', { name: parks, exact: true }), 'the built-in places').toBeVisible();
    await expect(map.markers().first()).toBeVisible();
    expect(await alert.innerText(), 'no English sentence in the notice').not.toMatch(LATIN_WORDS);
  });
});

test('a chosen file replaces the places, and Download GeoJSON saves what is shown', async ({ page, isMobile }) => {
  const map = new MapPage(page);
  await map.goto();
  const file = JSON.stringify(syntheticCollection(30, 7));
  const chooser = page.waitForEvent('filechooser');
  if (isMobile) await page.getByRole('button', { name: /^地点列表/ }).tap();
  await page.getByRole('button', { name: '打开 GeoJSON 文件…' }).click();
  await (await chooser).setFiles({ name: 'mine.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(file) });
  await expect(map.status).toHaveText('显示 30 个地点');
  await expect(page.getByRole('checkbox', { name: '其他 (5)' })).toBeVisible();

  await page.getByRole('checkbox', { name: '其他 (5)' }).uncheck();
  const toggle = page.getByRole('button', { name: /^地点列表/ });
  if (isMobile && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.tap();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 GeoJSON' }).click();
  const saved = JSON.parse(await (await (await download).createReadStream()).toArray().then((c) => Buffer.concat(c).toString()));
  expect(saved.type).toBe('FeatureCollection');
  expect(saved.features).toHaveLength(25);
  expect(saved.features.every((f) => f.properties.category !== 'other')).toBe(true);
});

test('dropping a file on the page loads it', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto();
  const text = JSON.stringify(syntheticCollection(12, 3));
  const transfer = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'dropped.geojson', { type: 'application/geo+json' }));
    return dt;
  }, text);
  await map.map.dispatchEvent('dragover', { dataTransfer: transfer });
  await map.map.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(map.status).toHaveText('显示 12 个地点');
});

test('places sharing one spot open as a list from their cluster at the deepest zoom', async ({ page }) => {
  const spot = [119.9, 31.79];
  const features = ['同一处 A', '同一处 B', '同一处 C'].map((name, i) => ({
    type: 'Feature', id: `same-${i}`, geometry: { type: 'Point', coordinates: spot }, properties: { name, category: 'market' },
  }));
  features.push({ type: 'Feature', id: 'apart', geometry: { type: 'Point', coordinates: [119.91, 31.8] }, properties: { name: '别处' } });
  await serve(page, '/same-spot.geojson', JSON.stringify({ type: 'FeatureCollection', features }));
  const map = new MapPage(page);
  await page.goto('/?data=/same-spot.geojson');
  await expect(map.status).toHaveText('显示 4 个地点');
  const cluster = map.map.getByRole('button', { name: /^3 个地点：同一处 A、同一处 B、同一处 C$/ });
  for (let i = 0; i < 15 && (await cluster.getAttribute('aria-expanded')) !== 'true'; i++) await cluster.click();
  await expect(cluster).toHaveAttribute('aria-expanded', 'true');
  await map.map.getByRole('button', { name: '同一处 B', exact: true }).click();
  await expect(map.card).toHaveAccessibleName('同一处 B');
});

test('with thousands of places, only what is near the view is in the page', async ({ page }) => {
  await serve(page, '/synthetic-3k.geojson', JSON.stringify(syntheticCollection(3000)));
  const map = new MapPage(page);
  await page.goto('/?data=/synthetic-3k.geojson');
  await expect(map.status).toHaveText('显示 3000 个地点', { timeout: 30_000 });
  const zoomIn = page.getByRole('button', { name: '放大' });
  for (let i = 0; i < 4; i++) await zoomIn.click();
  const box = await map.map.boundingBox();
  // Once the view has settled, every marker in the page lies within a screen of the view.
  await expect
    .poll(async () => {
      const centres = await map.markers().evaluateAll((all) =>
        all.map((b) => {
          const r = b.getBoundingClientRect();
          return [r.x + r.width / 2, r.y + r.height / 2];
        }),
      );
      const far = centres.filter(
        ([x, y]) => x < box.x - box.width || x > box.x + 2 * box.width || y < box.y - box.height || y > box.y + 2 * box.height,
      );
      return { drawn: centres.length > 0, far: far.length };
    })
    .toEqual({ drawn: true, far: 0 });
  const shown = await map.markers().evaluateAll((all) => all.reduce((n, b) => n + (parseInt(b.textContent, 10) || 1), 0));
  expect(shown, 'fewer places drawn than loaded').toBeLessThan(3000);
});

test('a long list of places lists a page at first and a page more when asked, going on at the first new row', async ({ page, isMobile }) => {
  await serve(page, '/synthetic-200.geojson', JSON.stringify(syntheticCollection(200)));
  const map = new MapPage(page);
  await page.goto('/?data=/synthetic-200.geojson');
  await expect(map.status).toHaveText('显示 200 个地点', { timeout: 30_000 });
  if (isMobile) await page.getByRole('button', { name: /^地点列表/ }).tap();
  const list = page.getByRole('region', { name: /视野内的地点/ });
  const inView = Number((await list.getByRole('heading').innerText()).match(/\((\d+)\)/)[1]);
  expect(inView, 'more places in view than one page').toBeGreaterThan(100);
  const rows = list.getByRole('listitem');
  await expect(rows).toHaveCount(50);
  const more = list.getByRole('button', { name: `再列出 50 个（另有 ${inView - 50} 个）` });
  await more.click();
  await expect(rows).toHaveCount(100);
  await expect(rows.nth(50).getByRole('button')).toBeFocused();
  await expect(list.getByRole('button', { name: /^再列出 \d+ 个（另有 \d+ 个）$/ })).toHaveAccessibleName(
    `再列出 ${Math.min(50, inView - 100)} 个（另有 ${inView - 100} 个）`,
  );
});

test('a link to one of the linked data’s places opens it once the data is in', async ({ page }) => {
  await serve(page, '/five.geojson', JSON.stringify(syntheticCollection(5)));
  const map = new MapPage(page);
  await page.goto('/?data=/five.geojson&place=p3');
  await expect(map.status).toHaveText('显示 5 个地点');
  await expect(map.card).toHaveAccessibleName('地点 3');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page).toHaveURL(/place=p3/);
});

test('a place outside China offers OpenStreetMap only, not Amap or Baidu', async ({ page }) => {
  const file = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', id: 'louvre', geometry: { type: 'Point', coordinates: [2.3376, 48.8606] }, properties: { name: 'Louvre' } }],
  };
  await page.route(
    (url) => url.pathname === '/paris.geojson',
    (route) => route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(file) }),
  );
  const map = new MapPage(page);
  await map.goto('?data=/paris.geojson&place=louvre');
  await expect(map.card).toHaveAccessibleName('Louvre');
  await expect(map.card.getByRole('link', { name: 'OpenStreetMap' })).toBeVisible();
  await expect(map.card.getByRole('link', { name: /高德|百度/ })).toHaveCount(0);
});

test('a link’s data file is asked for before the program arrives, and only once', async ({ page }) => {
  const asked = [];
  let dataAsked;
  const dataSeen = new Promise((resolve) => (dataAsked = resolve));
  await page.route(
    (url) => url.pathname === '/early.geojson',
    (route) => {
      asked.push(route.request().url());
      dataAsked();
      return route.fulfill({ status: 200, contentType: 'application/geo+json', body: JSON.stringify(syntheticCollection(3)) });
    },
  );
  // The program is held back until the file was asked for: without the page's early request it never would be.
  await page.route(/\.wasm$/, async (route) => {
    await dataSeen;
    await route.continue();
  });
  const map = new MapPage(page);
  await page.goto('/?data=/early.geojson');
  await expect(map.status).toHaveText('显示 3 个地点');
  expect(asked).toHaveLength(1);
});

test('a large file’s first areas are drawn while the rest is still being read', async ({ page }) => {
  // Whether the file was still loading (its progress shown) when the first area appeared.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('.map__shapes path')) return;
      window.__drawnWhileLoading = Boolean(document.querySelector('.data-tools__progress progress'));
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await serve(page, '/areas.geojson', JSON.stringify(syntheticAreas(3000)));
  const map = new MapPage(page);
  await page.goto('/?data=/areas.geojson');
  await expect(map.status).toHaveText('显示 3000 个地点');
  expect(await page.evaluate(() => window.__drawnWhileLoading)).toBe(true);
});
