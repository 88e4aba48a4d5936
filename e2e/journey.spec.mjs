// The user journey of the map: see the district, filter, open a place, read its card, close it; by mouse,
// keyboard and touch.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

/** How many places the built-in data has (the app builds it in from this file). */
const BUILT_IN_PLACES = JSON.parse(readFileSync(new URL('../assets/data/places.geojson', import.meta.url), 'utf8')).features.length;

/** How many places the markers stand for: a cluster's text is its count, a place marker stands for one. */
async function placesOnMap(map) {
  const texts = await map.markers().allInnerTexts();
  return texts.reduce((sum, t) => sum + (Number.parseInt(t, 10) || 1), 0);
}

const distance = (a, b) => Math.hypot(a.x - b.x, a.y - b.y);

/** The number in a category label such as "公园 (6)". */
async function countIn(checkbox) {
  const label = await checkbox.evaluate((el) => el.closest('label').innerText);
  return Number(label.match(/\((\d+)\)/)[1]);
}

test('the map shows the district outline, the canal, Metro Line 2 and markers, needing nothing from elsewhere', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator('meta[name=viewport]')).toHaveAttribute('content', 'width=device-width, initial-scale=1');
  await expect(map.map.locator('path.base--boundary')).toHaveCount(1);
  await expect(map.map.locator('path.base--water')).toHaveCount(1);
  await expect(map.map.locator('path.base--metro')).toHaveCount(1);
  const all = page.getByRole('checkbox');
  let total = 0;
  for (const box of await all.all()) total += await countIn(box);
  expect(total, 'the category counts add up to every built-in place').toBe(BUILT_IN_PLACES);
  expect(await placesOnMap(map)).toBe(total);
  for (const name of ['放大', '缩小', '重置']) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
});

test.describe('with a mouse', () => {
  test.skip(({ isMobile }) => isMobile, 'desktop pointer');

  test('unchecking parks hides the parks and checking brings them back', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    const parks = map.category(/^公园 \(\d+\)$/);
    await expect(parks).toBeChecked();
    const before = await placesOnMap(map);
    const parkCount = await countIn(parks);
    expect(parkCount).toBeGreaterThan(0);

    await parks.uncheck();
    await expect(map.status).toHaveText(`显示 ${before - parkCount} 个地点`);
    expect(await placesOnMap(map)).toBe(before - parkCount);
    await expect(map.map.getByRole('button', { name: /青枫公园(?!站)/ })).toHaveCount(0);

    await parks.check();
    await expect(map.status).toHaveText(`显示 ${before} 个地点`);
    expect(await placesOnMap(map)).toBe(before);
  });

  test('none and all clear and restore every category', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    await page.getByRole('button', { name: '全不选' }).click();
    await expect(map.markers()).toHaveCount(0);
    await expect(map.status).toHaveText('显示 0 个地点');
    await page.getByRole('button', { name: '全部', exact: true }).click();
    await expect(map.markers().first()).toBeVisible();
  });

  test('clicking Qingfeng Park opens its card, and Escape closes it and returns to the marker', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    const marker = await map.openPlace('青枫公园');
    await expect(map.card.getByRole('heading', { name: '青枫公园' })).toBeVisible();
    await expect(map.card).toContainText('公园');
    await expect(map.card).toContainText('宜居宜业 生态绿城');
    await expect(map.card).toContainText('有来源的坐标 · 精度约 ±250 米');
    await expect(map.card).toContainText(/31\.\d{5}° N, 119\.\d{5}° E/);
    await expect(map.card).toBeFocused();
    await expect(marker).toHaveClass(/marker--selected/);

    await page.keyboard.press('Escape');
    await expect(map.card).toHaveCount(0);
    await expect(marker).toBeFocused();
  });

  test('the close button closes the card and a sourced place says it is sourced', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    const marker = await map.openPlace('瞿秋白同志纪念馆');
    await expect(map.card).toContainText('有来源的坐标');
    await expect(map.card).not.toContainText('大致位置');
    await map.card.getByRole('button', { name: '关闭' }).click();
    await expect(map.card).toHaveCount(0);
    await expect(marker).toBeFocused();
  });

  test('dragging pans, and the buttons zoom and reset', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    const box = await map.map.boundingBox();
    const target = map.markers().first();
    const before = await map.centre(target);
    const start = { x: box.x + 40, y: box.y + box.height - 80 };
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 60, start.y - 40, { steps: 4 });
    await page.mouse.move(start.x + 120, start.y - 80, { steps: 4 });
    await page.mouse.up();
    const after = await map.centre(target);
    expect(after.x - before.x).toBeCloseTo(120, 0);
    expect(after.y - before.y).toBeCloseTo(-80, 0);

    await page.getByRole('button', { name: '重置' }).click();
    await expect.poll(() => map.centre(target)).toEqual(before);
    const scale = await map.metresPerPixel();
    await page.getByRole('button', { name: '放大' }).click();
    await expect.poll(() => map.metresPerPixel()).toBeLessThan(0.75 * scale);
    await page.getByRole('button', { name: '缩小' }).click();
    await expect.poll(() => map.metresPerPixel()).toBeCloseTo(scale, 2);
  });

  test('the wheel zooms in around the cursor: the place under it stays under it', async ({ page }) => {
    const map = new MapPage(page);
    // Close enough in that both places have their own markers, off the map's centre so that zooming around the
    // centre instead of the cursor would move them.
    await map.goto('?view=16/31.7850/119.9440');
    const memorial = map.marker('瞿秋白同志纪念馆');
    const station = map.marker('南大街站');
    const cursor = await map.centre(memorial);
    const apart = distance(cursor, await map.centre(station));
    await page.mouse.move(cursor.x, cursor.y);
    await page.mouse.wheel(0, -240);
    // In, not out: the two places are drawn further apart (twice as far for the one level this wheel turn asks).
    await expect
      .poll(async () => distance(await map.centre(memorial), await map.centre(station)), 'px between the two places')
      .toBeGreaterThan(1.5 * apart);
    expect(distance(await map.centre(memorial), cursor), 'px between the place and the cursor after the zoom').toBeLessThanOrEqual(3);
  });

  test('double-clicking the map zooms in', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    const scale = await map.metresPerPixel();
    const spot = await map.emptySpot();
    await page.mouse.dblclick(spot.x, spot.y);
    // In, not out: one level in halves the ground a pixel covers.
    await expect.poll(() => map.metresPerPixel()).toBeLessThan(0.75 * scale);
  });
});

test.describe('with the keyboard alone', () => {
  test.skip(({ isMobile }) => isMobile, 'desktop keyboard');

  async function tabTo(page, matches, limit = 120) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const name = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.getAttribute('aria-label') ?? el?.closest('label')?.innerText ?? el?.innerText ?? '';
      });
      if (matches(name)) return name;
    }
    throw new Error('never reached the element by Tab');
  }

  test('a keyboard user filters, pans, zooms, opens Qingfeng Park and closes its card', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();

    await tabTo(page, (n) => /^公园 \(\d+\)$/.test(n));
    await page.keyboard.press('Space');
    await expect(map.category(/^公园 \(\d+\)$/)).not.toBeChecked();
    await page.keyboard.press('Space');
    await expect(map.category(/^公园 \(\d+\)$/)).toBeChecked();

    await tabTo(page, (n) => n === '钟楼区地图');
    await expect(map.map).toBeFocused();
    const target = map.markers().first();
    const before = await map.centre(target);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await map.centre(target)).x - before.x).toBeCloseTo(100, 0);
    const scale = await map.metresPerPixel();
    await page.keyboard.press('+');
    await expect.poll(() => map.metresPerPixel()).toBeLessThan(0.75 * scale);
    await page.keyboard.press('-');
    await expect.poll(() => map.metresPerPixel()).toBeCloseTo(scale, 2);

    // Into the markers: Enter on a cluster zooms in and keeps focus on its places; Enter on the place opens it.
    for (let step = 0; step < 10; step++) {
      const name = await tabTo(page, (n) => n.includes('青枫公园') && !n.startsWith('青枫公园站'));
      await page.keyboard.press('Enter');
      if (name === '青枫公园') break;
      // The cluster zooms in and hands focus to its first place once redrawn: wait for that before moving on.
      await expect
        .poll(() => page.evaluate((was) => !!document.activeElement?.closest('.map__markers') && document.activeElement.getAttribute('aria-label') !== was, name))
        .toBe(true);
      await page.keyboard.press('Shift+Tab');
    }
    await expect(map.card).toBeVisible();
    await expect(map.card).toHaveAccessibleName('青枫公园');
    await expect(map.card).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(map.card).toHaveCount(0);
    await expect(map.marker('青枫公园')).toBeFocused();
  });
});

test.describe('on a phone, by touch', () => {
  test.skip(({ isMobile }) => !isMobile, 'touch');

  test('tapping filters and a place opens a bottom sheet that leaves the map usable above it', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    const parks = map.category(/^公园 \(\d+\)$/);
    await parks.tap();
    await expect(parks).not.toBeChecked();
    await parks.tap();
    await expect(parks).toBeChecked();

    const marker = await map.openPlace('青枫公园', { tap: true });
    await map.expectClearOfCard(marker, { above: true, message: 'the open place stays in sight above the sheet' });
    const sheet = await map.card.boundingBox();
    const viewport = page.viewportSize();
    expect(sheet.y + sheet.height).toBeCloseTo(viewport.height, 0);
    expect(sheet.width).toBeCloseTo(viewport.width, 0);
    const mapBox = await map.map.boundingBox();
    expect(sheet.y - mapBox.y).toBeGreaterThan(250);
    // The map above the sheet still answers: zoom out by its button while the card stays open.
    const scale = await map.scaleLabel();
    await page.getByRole('button', { name: '缩小' }).tap();
    await expect.poll(() => map.scaleLabel()).not.toBe(scale);
    await expect(map.card).toBeVisible();

    await map.card.getByRole('button', { name: '关闭' }).tap();
    await expect(map.card).toHaveCount(0);
  });

  test('one finger pans, two fingers pinch-zoom, and a double tap zooms in', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    const cdp = await page.context().newCDPSession(page);
    const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
    const box = await map.map.boundingBox();
    const x = box.x + 30;
    const y = box.y + box.height - 120;
    const target = map.markers().first();

    const before = await map.centre(target);
    await touch('touchStart', [{ x, y, id: 1 }]);
    for (let i = 1; i <= 5; i++) await touch('touchMove', [{ x: x + i * 16, y: y - i * 10, id: 1 }]);
    await touch('touchEnd', []);
    const after = await map.centre(target);
    expect(after.x - before.x).toBeCloseTo(80, 0);
    expect(after.y - before.y).toBeCloseTo(-50, 0);

    const scale = await map.metresPerPixel();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await touch('touchStart', [{ x: cx - 30, y: cy, id: 1 }, { x: cx + 30, y: cy, id: 2 }]);
    for (let i = 1; i <= 6; i++) {
      await touch('touchMove', [{ x: cx - 30 - i * 15, y: cy, id: 1 }, { x: cx + 30 + i * 15, y: cy, id: 2 }]);
    }
    await touch('touchEnd', []);
    // The fingers spread to four times their distance: two levels in (a pinch the wrong way would zoom out).
    await expect.poll(() => map.metresPerPixel()).toBeLessThan(0.4 * scale);

    const zoomed = await map.metresPerPixel();
    const spot = await map.emptySpot();
    await page.touchscreen.tap(spot.x, spot.y);
    await page.touchscreen.tap(spot.x, spot.y);
    await expect.poll(() => map.metresPerPixel()).toBeLessThan(0.75 * zoomed);
  });
});

test('an address the map does not know still opens the map, with what its link asks for', async ({ page }) => {
  const map = new MapPage(page);
  const response = await page.goto('/no/such/page?place=qingfeng-park');
  expect(response.status()).toBe(200);
  await expect(map.card).toHaveAccessibleName('青枫公园');
  await expect(map.marker('青枫公园')).toBeVisible();
});
