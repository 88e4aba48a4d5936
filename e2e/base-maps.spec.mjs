// Base maps and datums: the offline schematic by default, tiles only when asked, coordinates right in every
// map app, and "locate me".
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

// A 1×1 transparent PNG standing in for every tile provider's answer.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** Answers every request to `host` with a tile and records the URLs asked for. */
async function serveTiles(page, host) {
  const asked = [];
  await page.route((url) => url.hostname.endsWith(host), (route) => {
    asked.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
  });
  return asked;
}

test('by default the map asks nothing of any other server', async ({ page }) => {
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).origin));
  const map = new MapPage(page);
  await map.goto();
  await map.openPlace('青枫公园');
  await expect(page.getByRole('radio', { name: '示意图（离线）' })).toBeChecked();
  await expect(page.locator('img.tile')).toHaveCount(0);
  expect(new Set(requests)).toEqual(new Set([new URL(page.url()).origin]));
});

test.describe('tiles on request', () => {
  test.use({ thirdParty: ['openstreetmap.org', 'autonavi.com', 'tianditu.gov.cn'] });

  test('OpenStreetMap tiles come from its tile host and its credit shows', async ({ page }) => {
    const asked = await serveTiles(page, 'tile.openstreetmap.org');
    const map = new MapPage(page);
    await map.goto();
    await page.getByRole('radio', { name: 'OpenStreetMap' }).check();
    await expect.poll(() => asked.length).toBeGreaterThan(0);
    expect(asked[0]).toMatch(/^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/);
    await expect(map.map).toContainText('© OpenStreetMap 贡献者');
    await expect(page).toHaveURL(/base=osm/);
  });

  test('Amap tiles come from Amap and the markers move to GCJ-02 with them', async ({ page }) => {
    const asked = await serveTiles(page, 'is.autonavi.com');
    const map = new MapPage(page);
    await map.goto('?view=16/31.78278/119.94722');
    const marker = map.marker('瞿秋白同志纪念馆');
    const before = await map.centre(marker);
    const road = await map.centre(map.map.locator('path.base--metro'));
    await page.getByRole('radio', { name: '高德 Amap' }).check();
    await expect.poll(() => asked.length).toBeGreaterThan(0);
    expect(asked[0]).toContain('style=8');
    await expect(map.map).toContainText('© 高德地图');
    // GCJ-02 is about 500 m north-east of WGS-84 here; at zoom 16 (≈2 m/px) the marker moves by about
    // 220 px relative to the tiles, while the view keeps the same ground under the same pixels.
    const after = await map.centre(marker);
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(2);
    expect(road).toBeTruthy();
  });

  test('Tianditu asks for the user’s key, keeps it on the device and sends it with each tile', async ({ page }) => {
    const asked = await serveTiles(page, 'tianditu.gov.cn');
    const map = new MapPage(page);
    await map.goto();
    await page.getByRole('radio', { name: '天地图 Tianditu' }).check();
    await expect(page.locator('img.tile')).toHaveCount(0);
    const key = page.getByRole('textbox', { name: '天地图密钥（tk）' });
    await key.fill('test-key-123');
    await key.press('Enter');
    await expect.poll(() => asked.length).toBeGreaterThan(0);
    expect(asked.every((u) => u.includes('tk=test-key-123'))).toBe(true);
    expect(asked.some((u) => u.includes('LAYER=cva'))).toBe(true);
    await expect(map.map).toContainText('天地图');
    await expect(page).not.toHaveURL(/test-key/);
    await page.reload();
    await expect(page.getByRole('textbox', { name: '天地图密钥（tk）' })).toHaveValue('test-key-123');
  });

  test.describe('when tiles fail', () => {
    test.use({ expectedErrors: /Failed to load resource/ });

    test('broken tiles are hidden and a notice offers the schematic', async ({ page }) => {
      await page.route((url) => url.hostname.endsWith('openstreetmap.org'), (route) => route.abort('namenotresolved'));
      const map = new MapPage(page);
      await map.goto('?base=osm');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('底图瓦片无法加载');
      const visible = await page.locator('img.tile').evaluateAll((imgs) => imgs.filter((i) => getComputedStyle(i).visibility !== 'hidden').length);
      expect(visible).toBe(0);
      await alert.getByRole('button', { name: '改用示意图' }).click();
      await expect(page.getByRole('radio', { name: '示意图（离线）' })).toBeChecked();
      await expect(page.locator('img.tile')).toHaveCount(0);
    });
  });
});

test('the card links open Amap, Baidu and OpenStreetMap at the place in each one’s datum', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto('?view=17/31.78278/119.94722');
  await map.openPlace('瞿秋白同志纪念馆');
  const href = async (name) => map.card.getByRole('link', { name }).getAttribute('href');
  const amap = new URL(await href('高德地图'));
  const [gLon, gLat] = amap.searchParams.get('position').split(',').map(Number);
  // GCJ-02 of (119.94722, 31.78278), computed by the core's transform: (119.951917, 31.780679).
  expect(Math.abs(gLon - 119.951917)).toBeLessThan(1e-5);
  expect(Math.abs(gLat - 31.780679)).toBeLessThan(1e-5);
  const baidu = new URL(await href('百度地图'));
  const [bLat, bLon] = baidu.searchParams.get('location').split(',').map(Number);
  expect(Math.abs(bLon - 119.958478)).toBeLessThan(1e-5);
  expect(Math.abs(bLat - 31.786383)).toBeLessThan(1e-5);
  expect(baidu.searchParams.get('coord_type')).toBe('bd09ll');
  const osm = new URL(await href('OpenStreetMap'));
  expect(osm.searchParams.get('mlat')).toBe('31.782780');
  expect(osm.searchParams.get('mlon')).toBe('119.947220');
});

test.describe('locate me', () => {
  test.use({ permissions: ['geolocation'], geolocation: { latitude: 31.7818, longitude: 119.9486, accuracy: 35 } });

  test('shows the user with an accuracy circle and adds distances to the card', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    await page.getByRole('button', { name: '我的位置' }).click();
    await expect(page.locator('circle.me__dot')).toHaveCount(1);
    await expect(page.locator('circle.me__accuracy')).toHaveCount(1);
    const search = page.getByRole('searchbox', { name: '搜索地点' });
    await search.fill('南大街站');
    await search.press('Enter');
    await expect(map.card).toContainText('与您的距离');
    await expect(map.card).toContainText(/\d+ 米/);
  });
});

test.describe('locate me refused', () => {
  test.use({ permissions: [] });

  test('a refusal gives a clear notice', async ({ page, context }) => {
    await context.clearPermissions();
    const map = new MapPage(page);
    await map.goto();
    await page.getByRole('button', { name: '我的位置' }).click();
    await expect(page.getByRole('alert')).toContainText('无法获取您的位置');
  });
});
