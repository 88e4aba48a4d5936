// Lines and areas in a user's own file: drawn, listed, found, opened by mouse, touch and keyboard, written back as
// they came; a feature that cannot be drawn is named.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

/** A square ring around [lon, lat], `r` degrees from its centre to each side. */
const square = ([lon, lat], r) => {
  // Six decimals, as files give them (a number with 17 digits may come back a unit in the last place off).
  const at = (x, y) => [Number(x.toFixed(6)), Number(y.toFixed(6))];
  return [at(lon - r, lat - r), at(lon + r, lat - r), at(lon + r, lat + r), at(lon - r, lat + r), at(lon - r, lat - r)];
};

const feature = (id, name, geometry) => ({ type: 'Feature', id, geometry, properties: { name, kind: id } });

/** Around Zhonglou: a park with a pond (a hole), two ponds as one MultiPolygon, a walk along the canal, a
 * MultiPoint of stops and a plain point. */
export const SHAPES = {
  type: 'FeatureCollection',
  features: [
    feature('park', 'Canal Park', { type: 'Polygon', coordinates: [square([119.93, 31.79], 0.008), square([119.93, 31.79], 0.003)] }),
    feature('ponds', 'Twin Ponds', { type: 'MultiPolygon', coordinates: [[square([119.895, 31.805], 0.002)], [square([119.905, 31.805], 0.002)]] }),
    feature('walk', 'Canal Walk', {
      type: 'LineString',
      coordinates: [
        [119.89, 31.77],
        [119.91, 31.772],
        [119.93, 31.771],
        [119.95, 31.775],
      ],
    }),
    feature('stops', 'Bus Stops', { type: 'MultiPoint', coordinates: [[119.9, 31.785], [119.905, 31.79]] }),
    feature('gate', 'North Gate', { type: 'Point', coordinates: [119.93, 31.81] }),
  ],
};

const serve = async (page, path, body) =>
  page.route((url) => url.pathname === path, (route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body }));

async function openShapes(page, file = SHAPES) {
  await serve(page, '/shapes.geojson', JSON.stringify(file));
  const map = new MapPage(page);
  await page.goto('/?data=/shapes.geojson');
  await expect(map.status).toHaveText(`显示 ${file.features.length} 个地点`);
  return map;
}

/** A point of the park's outer ring's box on screen (`fx`, `fy` from its top-left corner): the park is the first
 * area, so its outer ring is the area path's first ring (a move, then relative steps). */
async function parkSpot(page, [fx, fy]) {
  return page.locator('path.shape--area').first().evaluate(
    (path, [fx, fy]) => {
      const numbers = path.getAttribute('d').split('Z')[0].slice(1).match(/-?[\d.]+/g).map(Number);
      let [x, y] = numbers;
      const xs = [x];
      const ys = [y];
      for (let i = 2; i + 1 < numbers.length; i += 2) {
        xs.push((x += numbers[i]));
        ys.push((y += numbers[i + 1]));
      }
      const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      const at = new DOMPoint(x0 + (x1 - x0) * fx, y0 + (y1 - y0) * fy).matrixTransform(path.getScreenCTM());
      return { x: at.x, y: at.y };
    },
    [fx, fy],
  );
}

test('areas, a line and points are drawn and listed, nothing reported invalid', async ({ page, isMobile }) => {
  const map = await openShapes(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('path.shape--area')).toHaveCount(1);
  await expect(page.locator('path.shape--line')).toHaveCount(1);
  await expect(page.locator('path.shape--points')).toHaveCount(1);
  // The area's path holds the park's two rings and the two ponds: four closed rings.
  expect((await page.locator('path.shape--area').getAttribute('d')).match(/Z/g)).toHaveLength(4);
  if (isMobile) await page.getByRole('button', { name: /^地点列表/ }).tap();
  const list = page.getByRole('region', { name: /视野内的地点/ });
  for (const name of ['Canal Park', 'Twin Ponds', 'Canal Walk', 'Bus Stops', 'North Gate']) {
    await expect(list.getByRole('button', { name, exact: true }), `${name} is listed`).toBeVisible();
  }
  const search = page.getByRole('searchbox', { name: '搜索地点' });
  await search.fill('canal walk');
  await search.press('Enter');
  await expect(map.card).toHaveAccessibleName('Canal Walk');
  await expect(map.card).toContainText('线（标记在线的中点；不能在这里移动）');
});

test('a click or tap inside an area opens its card, inside its hole does not', async ({ page, isMobile }) => {
  const map = await openShapes(page);
  const press = (at) => (isMobile ? page.touchscreen.tap(at.x, at.y) : page.mouse.click(at.x, at.y));
  // The pond is the park's middle fifth: a press there is on no place.
  await press(await parkSpot(page, [0.5, 0.5]));
  await expect(map.card).toBeHidden();
  await press(await parkSpot(page, [0.1, 0.1]));
  await expect(map.card).toHaveAccessibleName('Canal Park');
  await expect(map.card).toContainText('面（标记在面内；不能在这里移动）');
  await expect(page.locator('path.shape--area.shape--open')).toHaveCount(1);
});

test('each line and area has a marker named after it that opens its card from the keyboard', async ({ page }) => {
  const map = await openShapes(page);
  const marker = await map.revealMarker('Canal Walk');
  await marker.focus();
  await page.keyboard.press('Enter');
  await expect(map.card).toHaveAccessibleName('Canal Walk');
  // Its card shows the file's fields.
  await expect(map.card.getByRole('cell', { name: 'walk', exact: true })).toBeVisible();
});

test('download writes the lines and areas back as they came', async ({ page, isMobile }) => {
  await openShapes(page);
  const toggle = page.getByRole('button', { name: /^地点列表/ });
  if (isMobile && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.tap();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 GeoJSON' }).click();
  const saved = JSON.parse(await (await (await download).createReadStream()).toArray().then((c) => Buffer.concat(c).toString()));
  const byId = Object.fromEntries(saved.features.map((f) => [f.id, f.geometry]));
  for (const f of SHAPES.features) expect(byId[f.id], f.id).toEqual(f.geometry);
});

test('a feature that cannot be drawn is named in the notice', async ({ page }) => {
  const file = structuredClone(SHAPES);
  file.features.push(feature('field', 'Open Field', { type: 'Polygon', coordinates: [[[119.9, 31.8], [119.91, 31.8], [119.91, 31.81], [119.9, 31.81]]] }));
  const map = new MapPage(page);
  await serve(page, '/shapes.geojson', JSON.stringify(file));
  await page.goto('/?data=/shapes.geojson');
  await expect(map.status).toHaveText('显示 5 个地点');
  await expect(page.getByRole('alert')).toContainText('第 6 号要素（Open Field）：面的环没有闭合');
});

test('the printed handout draws the areas and lists each line and area by its number', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'the handout is printed from the desktop layout');
  await serve(page, '/shapes.geojson', JSON.stringify(SHAPES));
  await page.goto('/?data=/shapes.geojson&lang=en');
  await expect(page.getByRole('status')).toHaveText(/5 places/);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('path.shape--area')).toBeVisible();
  const file = testInfo.outputPath('shapes-handout.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Places on the map (5)');
  for (const name of ['Canal Park', 'Twin Ponds', 'Canal Walk', 'Bus Stops', 'North Gate']) expect(text).toContain(name);
});

test.describe('over Amap tiles', () => {
  test.use({ thirdParty: ['autonavi.com'] });

  test('areas move to GCJ-02 with the tiles, each marker still where it was in its area', async ({ page }) => {
    const asked = [];
    await page.route(
      (url) => url.hostname.endsWith('is.autonavi.com'),
      (route) => {
        asked.push(route.request().url());
        const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
        return route.fulfill({ status: 200, contentType: 'image/png', body: Buffer.from(png, 'base64') });
      },
    );
    const map = await openShapes(page);
    const area = page.locator('path.shape--area');
    // Where the park's marker sits in the park's outer box, as a fraction of its width and height.
    const markerInPark = async () => {
      const [corner, opposite] = [await parkSpot(page, [0, 0]), await parkSpot(page, [1, 1])];
      const at = await map.centre(map.marker('Canal Park'));
      return [(at.x - corner.x) / (opposite.x - corner.x), (at.y - corner.y) / (opposite.y - corner.y)];
    };
    const before = await markerInPark();
    const wgs84 = await area.getAttribute('d');
    await page.getByRole('radio', { name: '高德 Amap' }).check();
    await expect.poll(() => asked.length).toBeGreaterThan(0);
    // Laid out again in Amap's datum (some 500 m south-east here), and the marker moved with its area.
    await expect(area).not.toHaveAttribute('d', wgs84);
    const after = await markerInPark();
    expect(Math.abs(after[0] - before[0])).toBeLessThan(0.02);
    expect(Math.abs(after[1] - before[1])).toBeLessThan(0.02);
  });
});

test('the embedded map draws the areas and opens their cards', async ({ page, isMobile }) => {
  await serve(page, '/shapes.geojson', JSON.stringify(SHAPES));
  const map = new MapPage(page);
  await page.goto('/?data=/shapes.geojson&embed');
  await expect(page.locator('path.shape--area')).toBeVisible();
  await expect(page.locator('path.shape--line')).toBeVisible();
  const at = await parkSpot(page, [0.1, 0.1]);
  await (isMobile ? page.touchscreen.tap(at.x, at.y) : page.mouse.click(at.x, at.y));
  await expect(map.card).toHaveAccessibleName('Canal Park');
});
