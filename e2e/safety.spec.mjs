// Nothing lost: corrections are the one thing people give back to the map. Saved corrections are back before
// the card texts arrive (a slow connection), and one made meanwhile adds to them; a changes file of 10,000 moves
// applies whole and is stored once; another tab's save keeps what this tab is doing; the move form refuses what
// it cannot read; a link's 100 KB value does not push the map off the screen.
import { test, expect } from './fixtures.mjs';
import { MapPage, TEXTS, holdTexts } from './map-page.mjs';
import { QIUBAI, editQiubai, cardCoordinate, panel } from './editing.mjs';
import { walkingChanges } from './synthetic.mjs';

const STORED = 'zhonglou-map.edits.built-in';
const NEW_SUMMARY = '一段在本图上新写的简介';

/** Moves a marker one step north with the keyboard and keeps it. */
async function nudgeAndKeep(map, name) {
  const marker = map.marker(name);
  await marker.focus();
  await marker.press('ArrowUp');
  await marker.press('Enter');
}

test('corrections saved earlier are there before the card texts arrive, and one made meanwhile adds to them', async ({
  page,
}) => {
  // An earlier visit moves the memorial and writes it a new summary.
  const map = await editQiubai(page);
  await nudgeAndKeep(map, QIUBAI.name);
  await expect(panel(page)).toContainText('1 处修改');
  const moved = await cardCoordinate(map);
  await map.card.getByRole('textbox', { name: '简介 · 简体中文' }).fill(NEW_SUMMARY);
  await map.card.getByRole('button', { name: '保存文字' }).click();
  await expect(map.card.locator('.place-card__summary')).toHaveText(NEW_SUMMARY);

  // The next visit is on a slow connection: the card texts are held back.
  const release = await holdTexts(page);
  await page.reload();
  await expect(map.card).toHaveAccessibleName(QIUBAI.name);
  // Before the texts: the place where it was corrected, its corrected summary, and the corrections listed.
  expect(await cardCoordinate(map)).toEqual(moved);
  await expect(map.card.locator('.place-card__summary')).toHaveText(NEW_SUMMARY);
  await page.getByRole('button', { name: '编辑' }).click();
  await expect(panel(page)).toContainText('1 处修改');
  // A correction made now adds to the saved ones instead of replacing them.
  await nudgeAndKeep(map, '南大街站');
  await expect(panel(page)).toContainText('2 处修改');
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).features.length, STORED);
  expect(stored).toBe(3);
  release();
  // The texts arrive and overwrite nothing: the other languages fill in, the correction stands.
  await expect(map.card.locator('.place-card__summary')).toHaveText(NEW_SUMMARY);
  await page.unroute(TEXTS);
  await page.reload();
  await page.getByRole('button', { name: '编辑' }).click();
  await expect(panel(page)).toContainText('2 处修改');
  expect(await cardCoordinate(map)).toEqual(moved);
  await expect(map.card.locator('.place-card__summary')).toHaveText(NEW_SUMMARY);
  // Undone, the summary is the article's again, not an empty one.
  await panel(page).getByRole('button', { name: '撤销' }).click();
  await panel(page).getByRole('button', { name: '撤销' }).click();
  await expect(map.card.locator('.place-card__summary')).toContainText('瞿秋白');
});

test('a changes file of 10,000 moves applies whole, is stored once, and each move undoes alone', async ({ page }) => {
  test.setTimeout(60_000);
  const map = await editQiubai(page);
  const data = await (await page.request.get('/data/places.geojson')).json();
  const { text: file, at } = walkingChanges(data, 10_000);
  expect(file.length).toBeLessThan(5_000_000);
  // Each write to storage is counted: the whole file is one.
  await page.evaluate((key) => {
    window.__writes = 0;
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      if (k === key) window.__writes++;
      return set.call(this, k, v);
    };
  }, STORED);
  const input = panel(page).locator('input[type=file]');
  await input.setInputFiles({ name: 'walk.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(file) });
  await expect(panel(page)).toContainText(`${data.features.length} 处修改`, { timeout: 20_000 });
  expect(await page.evaluate(() => window.__writes)).toBe(1);
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).features.length, STORED);
  expect(stored).toBe(10_000);
  const walked = at.get(QIUBAI.id);
  expect(await cardCoordinate(map)).toEqual({ lat: Number(walked[1].toFixed(5)), lon: Number(walked[0].toFixed(5)) });
  // Each move is its own step back.
  await panel(page).getByRole('button', { name: '撤销' }).click();
  const left = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).features.length, STORED);
  expect(left).toBe(9_999);
  await page.reload();
  await page.getByRole('button', { name: '编辑' }).click();
  await expect(panel(page)).toContainText(`${data.features.length} 处修改`, { timeout: 20_000 });
});

test('another tab saving keeps the place this tab is moving and the texts it is typing', async ({ page, context }) => {
  const map = await editQiubai(page);
  const name = map.card.getByRole('textbox', { name: '名称 · English' });
  await name.fill('Memorial, as typed here');
  // A move begun here, not kept yet.
  const marker = map.marker(QIUBAI.name);
  await marker.focus();
  await marker.press('Shift+ArrowDown');
  // Another tab corrects another place.
  const other = await context.newPage();
  const otherMap = await editQiubai(other);
  await nudgeAndKeep(otherMap, '南大街站');
  await expect(panel(other)).toContainText('1 处修改');
  await expect(panel(page)).toContainText('1 处修改');
  // Here, the typing and the move go on, and keeping the move adds it.
  await expect(name).toHaveValue('Memorial, as typed here');
  await expect(map.card.getByRole('button', { name: '保留新位置' })).toBeEnabled();
  await marker.focus();
  await marker.press('Enter');
  await expect(panel(page)).toContainText('2 处修改');
  expect(await cardCoordinate(map)).not.toEqual({ lat: QIUBAI.lat, lon: QIUBAI.lon });
  await expect(panel(other)).toContainText('2 处修改');
  await other.close();
});

test('a coordinate replaced by a word disables Keep and says why once; the next place’s form starts afresh', async ({
  page,
}) => {
  const map = await editQiubai(page);
  const field = map.card.getByRole('textbox', { name: '坐标（纬度, 经度）' });
  const keep = map.card.getByRole('button', { name: '保留新位置' });
  await field.fill('31.783, 119.948');
  await expect(keep).toBeEnabled();
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await field.fill('hello');
  await expect(keep).toBeDisabled();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription('“hello” 不是度数');
  const live = page.locator('.visually-hidden[role=status]');
  await expect(live).toHaveText('“hello” 不是度数');
  // A precision that is not a number of metres is refused the same way.
  await field.fill('31.783, 119.948');
  await expect(keep).toBeEnabled();
  const precision = map.card.getByRole('spinbutton', { name: '精度（米）' });
  await precision.fill('0');
  await expect(keep).toBeDisabled();
  await expect(precision).toHaveAttribute('aria-invalid', 'true');
  await expect(precision).toHaveAccessibleDescription('精度须为不小于 1 的米数');
  // Said for this place: surveyed, 15 m, a note.
  await precision.fill('15');
  await map.card.getByRole('radio', { name: '实地测量' }).check();
  await map.card.getByRole('textbox', { name: '备注' }).fill('at the gate');
  await map.card.getByRole('button', { name: '放回原处' }).click();
  // Another place's form does not inherit them.
  const search = page.getByRole('searchbox', { name: '搜索地点' });
  await search.fill('南大街站');
  await search.press('Enter');
  await expect(map.card).toHaveAccessibleName('南大街站');
  await expect(map.card.getByRole('radio', { name: '在本图上目测' })).toBeChecked();
  await expect(map.card.getByRole('spinbutton', { name: '精度（米）' })).toHaveValue('100');
  await expect(map.card.getByRole('textbox', { name: '备注' })).toHaveValue('');
});

test('a link with a 100 KB correction says so briefly and leaves the map on screen', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto(`?fix=${'x'.repeat(100_000)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('（fix）');
  expect((await alert.innerText()).length).toBeLessThan(300);
  const box = await map.map.boundingBox();
  const viewport = page.viewportSize();
  expect(box.y).toBeLessThan(viewport.height / 2);
  expect(box.height).toBeGreaterThan(viewport.height / 3);
});
