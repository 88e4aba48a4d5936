// Fitting leaves margins: the first view shows every marker and its name inside the map and clear of the zoom
// buttons, and pressing a cluster zooms only as far as it takes to split it.
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

const inside = (box, area) =>
  box.x >= area.x && box.y >= area.y && box.x + box.width <= area.x + area.width && box.y + box.height <= area.y + area.height;
const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('the first view shows every marker and name whole, none under the zoom buttons', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto();
  const area = await map.map.boundingBox();
  const controls = await page.locator('.map__controls').boundingBox();
  const drawn = await map.map.locator('.marker, .marker__label').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { name: el.getAttribute('aria-label') ?? el.textContent, x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
  expect(drawn.length).toBeGreaterThan(2);
  expect(drawn.filter((d) => !inside(d, area)).map((d) => d.name), 'cut by the edge').toEqual([]);
  expect(drawn.filter((d) => overlap(d, controls)).map((d) => d.name), 'under the zoom buttons').toEqual([]);
});

test('after a pan the names beside markers stay whole on the map, clear of the zoom buttons', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto();
  const [area, controls] = [await map.map.boundingBox(), await page.locator('.map__controls').boundingBox()];
  const labels = () =>
    map.map.locator('.marker__label').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.textContent, x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
  // Close enough in that several places have names (a phone's first view shows mostly clusters).
  await map.map.focus();
  for (let zoom = 0; zoom < 3 && (await labels()).length < 4; zoom++) {
    const scale = await map.scaleLabel();
    await page.keyboard.press('+');
    await expect.poll(() => map.scaleLabel()).not.toBe(scale);
  }
  const count = (await labels()).length;
  expect(count).toBeGreaterThanOrEqual(4);
  // The places move right (300 px, 100 on a phone), towards the edge and the buttons: names there go left of
  // their markers, or wait.
  for (let i = 0; i < (area.width > 600 ? 3 : 1); i++) await page.keyboard.press('ArrowLeft');
  await expect
    .poll(async () => (await labels()).filter((l) => !inside(l, area) || overlap(l, controls)).map((l) => l.name), {
      message: 'names cut by the edge or under the zoom buttons',
    })
    .toEqual([]);
  expect((await labels()).length, 'names are still written').toBeGreaterThan(count / 3);
  await expect(map.map.locator('.marker__label--left').first()).toBeVisible();
});

/** Two places 30 m apart: one cluster in the district view. */
const PAIR = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'w', geometry: { type: 'Point', coordinates: [119.95, 31.78] }, properties: { name: 'West gate' } },
    { type: 'Feature', id: 'e', geometry: { type: 'Point', coordinates: [119.95032, 31.78] }, properties: { name: 'East gate' } },
  ],
};

test('pressing a two-place cluster splits it and keeps both near the middle', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/pair.geojson',
    (route) => route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(PAIR) }),
  );
  const map = new MapPage(page);
  await map.goto('?data=/pair.geojson&view=13/31.78/119.95');
  await map.map.getByRole('button', { name: /^2 个地点/ }).click();
  const [west, east, area] = [await map.marker('West gate').boundingBox(), await map.marker('East gate').boundingBox(), await map.map.boundingBox()];
  // Split (two markers), but not zoomed to the street: they sit well inside the middle third.
  const apart = east.x - west.x;
  expect(apart).toBeGreaterThan(30);
  expect(apart).toBeLessThan(area.width / 3);
});
