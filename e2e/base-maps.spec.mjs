// Base maps and datums: the offline schematic by default, tiles only when asked, coordinates right in every
// map app, and "locate me".
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';
import { tileOf, wgs84ToGcj02 } from './datum.mjs';

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

/**
 * How far (page px) a marker's centre is from where a position falls in the tile that holds it: the tile's box
 * in the page, plus the position's fraction of the way across and down the tile.
 */
async function missFromTile(map, marker, tile, at, z) {
  await expect(tile, 'the tile holding the place is drawn').toBeVisible();
  const box = await tile.boundingBox();
  expect(box.width, 'the tile has a size on the page').toBeGreaterThan(100);
  expect(box.height, 'the tile has a size on the page').toBeGreaterThan(100);
  const { fx, fy } = tileOf(at, z);
  const spot = { x: box.x + fx * box.width, y: box.y + fy * box.height };
  const centre = await map.centre(marker);
  return Math.hypot(centre.x - spot.x, centre.y - spot.y);
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
    // Qu Qiubai Memorial Hall (assets/data/places.geojson, qu-qiubai-memorial) must sit where its position falls
    // in the tile that holds it: its WGS-84 position over OpenStreetMap, its GCJ-02 one over Amap. Here GCJ-02 is
    // about 500 m south-east of WGS-84, some 250 px at zoom 16, so a marker left in WGS-84 misses by far.
    const name = '瞿秋白同志纪念馆';
    const wgs84 = { lon: 119.94722, lat: 31.78278 };
    const gcj02 = wgs84ToGcj02(wgs84);
    const z = 16;
    const osm = await serveTiles(page, 'tile.openstreetmap.org');
    const asked = await serveTiles(page, 'is.autonavi.com');
    const map = new MapPage(page);
    await map.goto(`?view=${z}/${wgs84.lat}/${wgs84.lon}&base=osm`);
    await expect.poll(() => osm.length).toBeGreaterThan(0);
    const marker = map.marker(name);
    const t = tileOf(wgs84, z);
    const osmTile = page.locator(`img.tile[src$="/${t.z}/${t.x}/${t.y}.png"]`);
    expect(await missFromTile(map, marker, osmTile, wgs84, z), 'px between the marker and its WGS-84 spot on OSM tiles').toBeLessThanOrEqual(3);

    await page.getByRole('radio', { name: '高德 Amap' }).check();
    await expect.poll(() => asked.length).toBeGreaterThan(0);
    expect(asked[0]).toContain('style=8');
    await expect(map.map).toContainText('© 高德地图');
    const amapTile = (at) => {
      const { x, y } = tileOf(at, z);
      return page.locator(`img.tile[src*="&x=${x}&y=${y}&z=${z}"]`);
    };
    expect(await missFromTile(map, marker, amapTile(gcj02), gcj02, z), 'px between the marker and its GCJ-02 spot on Amap tiles').toBeLessThanOrEqual(3);
    // The check above can tell the datums apart: the WGS-84 spot on the same tiles is far from the marker.
    expect(await missFromTile(map, marker, amapTile(wgs84), wgs84, z), 'px between the marker and its WGS-84 spot on Amap tiles').toBeGreaterThan(100);
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
    // The image layer and the labels layer ask for their tiles independently: wait for both.
    await expect.poll(() => asked.some((u) => u.includes('LAYER=vec')), 'image tiles asked').toBe(true);
    await expect.poll(() => asked.some((u) => u.includes('LAYER=cva')), 'label tiles asked').toBe(true);
    expect(asked.every((u) => u.includes('tk=test-key-123'))).toBe(true);
    await expect(map.map).toContainText('天地图');
    await expect(page).not.toHaveURL(/test-key/);
    await page.reload();
    await expect(page.getByRole('textbox', { name: '天地图密钥（tk）' })).toHaveValue('test-key-123');
  });

  test('a Tianditu key given in the link is used but never stays in the address bar or a shared link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const asked = await serveTiles(page, 'tianditu.gov.cn');
    const map = new MapPage(page);
    await map.goto('?tk=secret-key-42&base=tianditu');
    await expect.poll(() => asked.filter((u) => u.includes('tk=secret-key-42')).length, 'tiles asked with the key').toBeGreaterThan(0);
    expect(page.url()).not.toContain('secret-key-42');
    expect(page.url()).toContain('base=tianditu');

    // Share copies the link, or shows it in a field where the browser cannot copy.
    await page.getByRole('button', { name: '分享', exact: true }).click();
    const field = page.getByRole('textbox', { name: '复制此链接' });
    let shared = '';
    await expect
      .poll(async () => {
        shared = (await field.count()) ? await field.inputValue() : await page.evaluate(() => navigator.clipboard.readText());
        return shared;
      }, 'the shared link')
      .toContain('base=tianditu');
    expect(shared).not.toContain('secret-key-42');
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
    await expect(page.getByRole('alert')).toContainText('无法获取您的位置： 浏览器未获准读取位置。');
  });
});
