// On a touch screen every control and marker takes a touch within 44 × 44 px (a larger hit area where it looks
// smaller), and where two markers' areas overlap, the nearer marker's centre wins the tap.
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

test.skip(({ isMobile }) => !isMobile, 'touch targets are for touch screens');

test('every control and marker on the first screen takes a touch within 44 × 44 px', async ({ page }) => {
  await new MapPage(page).goto();
  const short = await page.evaluate(() => {
    const found = [];
    const centre = (el) => {
      const r = el.getBoundingClientRect();
      return [r.left + r.width / 2, r.top + r.height / 2];
    };
    const controls = document.querySelectorAll(
      'button, select, input[type=search], input[type=text], label.filter, label.basemaps__choice',
    );
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      const shown = r.width > 1 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
      if (!shown || el.closest('.visually-hidden') || (r.width >= 44 && r.height >= 44)) continue;
      // Smaller than 44 × 44: it must still take a touch 21 px above, below, left and right of its centre. On the
      // map a touch goes to the marker whose centre is nearest, whatever is drawn on top (a marker or the map
      // under it; the last test below), so there a marker must only not be under another control.
      const [cx, cy] = centre(el);
      const marker = el.classList.contains('marker');
      const missed = [[0, -21], [0, 21], [-21, 0], [21, 0]].filter(([dx, dy]) => !(() => {
        const [x, y] = [cx + dx, cy + dy];
        const hit = document.elementFromPoint(x, y);
        if (hit && (hit === el || el.contains(hit))) return true;
        return Boolean(marker && hit?.closest('#map') && !hit.closest('button:not(.marker), a, [role=dialog]'));
      })());
      const name = (el.getAttribute('aria-label') ?? el.textContent.trim()).slice(0, 16);
      if (missed.length) found.push(`${name} ${Math.round(r.width)}×${Math.round(r.height)} misses ${JSON.stringify(missed)}`);
    }
    return found;
  });
  expect(short, 'controls that a touch 21 px from their centre misses').toEqual([]);
});

/** Two places 38 px apart at zoom 17 (1.015 m a pixel at this latitude): both drawn, their touch areas overlapping. */
const TWO = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', id: 'west', geometry: { type: 'Point', coordinates: [119.95, 31.78] }, properties: { name: 'West gate' } },
    { type: 'Feature', id: 'east', geometry: { type: 'Point', coordinates: [119.9504077, 31.78] }, properties: { name: 'East gate' } },
  ],
};

test('a tap where two markers’ areas overlap opens the one whose centre is nearer', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/two.geojson',
    (route) => route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(TWO) }),
  );
  const map = new MapPage(page);
  await map.goto('?data=/two.geojson&view=17/31.78/119.9502');
  // The view is centred on the two places' latitude: once the map has its size, they sit on its middle row.
  const middle = async (locator) => {
    const b = await locator.boundingBox();
    return b.y + b.height / 2;
  };
  await expect.poll(async () => Math.round((await middle(map.marker('West gate'))) - (await middle(map.map)))).toBe(0);
  const [west, east] = await Promise.all([map.marker('West gate').boundingBox(), map.marker('East gate').boundingBox()]);
  const centre = (b) => [b.x + b.width / 2, b.y + b.height / 2];
  const [wx, wy] = centre(west);
  const [ex, ey] = centre(east);
  const apart = Math.hypot(ex - wx, ey - wy);
  expect(apart).toBeGreaterThan(34);
  expect(apart).toBeLessThan(44);
  // A point on the line between them, 2 px nearer one centre than the other: inside both areas.
  const near = (from, to) => {
    const t = (apart / 2 - 2) / apart;
    return [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t];
  };
  for (const [name, from, to] of [
    ['West gate', [wx, wy], [ex, ey]],
    ['East gate', [ex, ey], [wx, wy]],
  ]) {
    await page.touchscreen.tap(...near(from, to));
    await expect(map.card).toHaveAccessibleName(name);
    await map.card.getByRole('button', { name: '关闭' }).click();
    await expect(map.card).toHaveCount(0);
  }
});
