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

/** How much of the map shows between the top of the map and the top of whatever covers its lower part. */
async function mapAbove(page, cover) {
  const [area, sheet] = [await page.locator('#map').boundingBox(), await cover.boundingBox()];
  return Math.min(sheet.y, area.y + area.height) - area.y;
}

test('adding a place keeps half the screen for the map, where a tap places it; the form lowers', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto();
  await page.getByRole('button', { name: '编辑' }).tap();
  await page.getByRole('button', { name: '新增地点', expanded: false }).tap();
  const form = page.getByRole('form', { name: '新增地点' });
  await expect(form).toBeVisible();
  expect(await mapAbove(page, form)).toBeGreaterThanOrEqual(page.viewportSize().height / 2);
  // A tap on the map, above the form, says where the place goes.
  const area = await map.map.boundingBox();
  await page.touchscreen.tap(area.x + 40, area.y + 120);
  await expect(form.getByRole('textbox', { name: /坐标/ })).toHaveValue(/^\d+\.\d+, \d+\.\d+$/);
  // Lowered to its bar, the form leaves nearly all the map; raised, it is back with what was typed.
  await form.getByRole('button', { name: '收起表单' }).tap();
  await expect(form.getByRole('textbox', { name: /坐标/ })).toBeHidden();
  expect(await mapAbove(page, form)).toBeGreaterThan(area.height - 80);
  await form.getByRole('button', { name: '展开表单' }).tap();
  await expect(form.getByRole('textbox', { name: /坐标/ })).toHaveValue(/^\d+\.\d+, \d+\.\d+$/);
});

test('in edit mode and on a tour, an open card leaves the map room above it', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto('?place=qingfeng-park');
  await expect(map.card).toBeVisible();
  await page.getByRole('button', { name: '编辑' }).tap();
  expect(await mapAbove(page, map.card)).toBeGreaterThan(250);
  await page.getByRole('button', { name: '编辑' }).tap();
  await page.getByRole('button', { name: '导览' }).tap();
  await page.getByRole('button', { name: /下一步/ }).tap();
  await expect(map.card).toBeVisible();
  expect(await mapAbove(page, map.card)).toBeGreaterThan(250);
});

test('a card scrolled to its end keeps its close button in sight', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto('?place=qingfeng-park');
  await expect(map.card).toBeVisible();
  // Its background opened: more than the sheet holds.
  await map.card.locator('summary').first().tap();
  const scrolled = await map.card.evaluate((card) => {
    card.scrollTop = card.scrollHeight;
    return card.scrollTop;
  });
  expect(scrolled).toBeGreaterThan(100);
  const [close, card] = [await map.card.getByRole('button', { name: '关闭' }).boundingBox(), await map.card.boundingBox()];
  expect(close.y).toBeGreaterThanOrEqual(card.y);
  await map.card.getByRole('button', { name: '关闭' }).tap();
  await expect(map.card).toHaveCount(0);
});
