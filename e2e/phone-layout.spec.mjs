// On a phone the header, the search and the category chips leave the map its room, and nothing is cut.
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

test.skip(({ isMobile }) => !isMobile, 'the phone layout');

for (const [lang, title] of [['zh-Hans', '钟楼区地图'], ['zh-Hant', '鐘樓區地圖'], ['en', 'Zhonglou District Map']]) {
  test(`the title is shown whole beside the header buttons (${lang})`, async ({ page }) => {
    await new MapPage(page).goto(`?lang=${lang}`);
    const heading = page.getByRole('heading', { level: 1, name: title });
    await expect(heading).toBeVisible();
    const cut = await heading.evaluate((h) => h.scrollHeight > h.clientHeight + 1 || h.scrollWidth > h.clientWidth + 1);
    expect(cut, 'title cut').toBe(false);
    // Every header button shows its whole label.
    const clipped = await page.locator('.header button, .header a').evaluateAll((els) =>
      els.filter((el) => el.offsetWidth > 0 && el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent.trim()),
    );
    expect(clipped).toEqual([]);
  });
}

test('the categories and the base maps share one row of chips, so the map keeps its height', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto();
  const [chips, tiles, area] = await Promise.all([
    page.getByRole('checkbox', { name: /^公园/ }).boundingBox(),
    page.getByRole('radio', { name: /示意图/ }).boundingBox(),
    map.map.boundingBox(),
  ]);
  expect(Math.abs(chips.y + chips.height / 2 - (tiles.y + tiles.height / 2))).toBeLessThan(4);
  expect(area.height / page.viewportSize().height).toBeGreaterThan(0.78);
});
