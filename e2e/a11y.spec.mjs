// Accessibility audit with axe-core: no violations on the map, with search results, a card, the overview and
// (on phones) the list drawer open, at 1280×800 and 390×844.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function violations(page) {
  // The page allows scripts from its own origin only: axe comes from there too.
  await page.route((url) => url.pathname === '/axe.min.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: axeSource }),
  );
  await page.addScriptTag({ url: '/axe.min.js' });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

test('the map and its search results have no axe violations', async ({ page }) => {
  await new MapPage(page).goto();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('searchbox', { name: '搜索地点' }).fill('qing');
  await expect(page.getByRole('listbox', { name: '搜索地点' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('an open card has no axe violations', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto('?view=16/31.78278/119.94722');
  await map.openPlace('瞿秋白同志纪念馆');
  expect(await violations(page)).toEqual([]);
});

test('the overview and the list have no axe violations', async ({ page, isMobile }) => {
  await new MapPage(page).goto();
  if (isMobile) {
    await page.getByRole('button', { name: /^地点列表/ }).tap();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: '关闭' }).first().tap();
  }
  await page.getByRole('button', { name: '关于钟楼' }).click();
  expect(await violations(page)).toEqual([]);
});

test('edit mode, with a place being moved and a change pending, has no axe violations', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto('?place=qu-qiubai-memorial&view=17/31.78278/119.94722');
  await page.getByRole('button', { name: '编辑' }).click();
  const marker = map.marker('瞿秋白同志纪念馆');
  await marker.focus();
  await marker.press('ArrowUp');
  await marker.press('Enter');
  await expect(page.getByRole('region', { name: /地点更正/ })).toContainText('1 处修改');
  await map.card.getByRole('textbox', { name: '坐标（纬度, 经度）' }).fill('31.7830, 119.9475');
  await expect(map.card.locator('.move-form__preview')).toContainText('WGS-84');
  expect(await violations(page)).toEqual([]);
});

test('the embedded map and the Embed dialog have no axe violations', async ({ page, isMobile }) => {
  const map = new MapPage(page);
  await map.goto('?embed');
  await page.locator('.embed-bar summary').click();
  expect(await violations(page)).toEqual([]);
  if (isMobile) return;
  await map.goto();
  await page.getByRole('button', { name: '嵌入' }).click();
  await expect(page.getByRole('dialog', { name: '嵌入这张地图' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('a tour, at its overview and at a stop, has no axe violations', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto('?tour=heritage&step=1');
  await expect(page.locator('.tour').getByText('第 1 步，共 8 步')).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.locator('.tour').getByText('第 2 步，共 8 步')).toBeVisible();
  await expect(map.card).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the print layout, with its handout, has no axe violations', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto();
  await page.emulateMedia({ media: 'print' });
  // What the browser does as it starts printing.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.getByRole('region', { name: /^图上的地点/ })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
