// The first view carries no card texts: the map draws without them, a card says when its text is on the way,
// and a download still holds every text. (build.rs splits the data; src/state/texts.rs fetches the rest.)
import { test, expect } from './fixtures.mjs';
import { MapPage, TEXTS, holdTexts } from './map-page.mjs';

const SUMMARY = '开放式公园群';

test('the map draws while the card texts are held back, and a card fills in its text when they come', async ({
  page,
}) => {
  const release = await holdTexts(page);
  const map = new MapPage(page);
  await map.goto();
  await map.openPlace('青枫公园');
  const waiting = map.card.getByText('正在载入简介…');
  await expect(waiting).toBeVisible();
  await expect(waiting).toHaveAttribute('aria-busy', 'true');
  await expect(map.card).toContainText('宜居宜业 生态绿城');
  // How exact the position is shows at once; where it comes from is card text, and comes with the texts.
  await expect(map.card).toContainText('250');
  await expect(map.card).not.toContainText('高德地图地理编码');
  release();
  await expect(map.card).toContainText(SUMMARY);
  await expect(map.card).toContainText('来源: 高德地图地理编码（2018年');
  await expect(waiting).toHaveCount(0);
  await expect(map.card).toContainText('背景资料');
});

test.describe('when the texts cannot be fetched', () => {
  test.use({ expectedErrors: /Failed to load resource/ });

  test('the card says so, and opening a card again tries again', async ({ page }) => {
    await page.route(TEXTS, (route) => route.abort());
    const map = new MapPage(page);
    await map.goto();
    await map.openPlace('青枫公园');
    await expect(map.card).toContainText('简介暂时无法载入');
    await page.unroute(TEXTS);
    await map.card.getByRole('button', { name: '关闭' }).click();
    await map.openPlace('青枫公园');
    await expect(map.card).toContainText(SUMMARY);
    await expect(map.card).not.toContainText('简介暂时无法载入');
  });
});

test('Download GeoJSON at once still saves every card text', async ({ page, isMobile }) => {
  // The texts are held back until the download has been asked for.
  const release = await holdTexts(page);
  const map = new MapPage(page);
  await map.goto();
  const toggle = page.getByRole('button', { name: /^地点列表/ });
  if (isMobile && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.tap();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 GeoJSON' }).click();
  release();
  const chunks = await (await (await download).createReadStream()).toArray();
  const saved = JSON.parse(Buffer.concat(chunks).toString());
  const park = saved.features.find((f) => f.id === 'qingfeng-park');
  expect(park.properties.summary['zh-Hans']).toContain(SUMMARY);
  expect(saved.features.filter((f) => f.properties.summary).length).toBe(saved.features.length);
});

test('a place moved before the card texts arrive gets its source back when the move is undone', async ({ page }) => {
  const release = await holdTexts(page);
  const map = new MapPage(page);
  await map.goto('?place=qu-qiubai-memorial&view=17/31.78278/119.94722');
  await expect(map.card).toHaveAccessibleName('瞿秋白同志纪念馆');
  await expect(map.card.getByText('正在载入简介…')).toBeVisible();
  await page.getByRole('button', { name: '编辑' }).click();
  const marker = map.marker('瞿秋白同志纪念馆');
  await marker.focus();
  await marker.press('ArrowUp');
  await marker.press('Enter');
  const corrections = page.getByRole('region', { name: /地点更正/ });
  await expect(corrections).toContainText('1 处修改');
  release();
  await expect(map.card.getByText('正在载入简介…')).toHaveCount(0);
  await corrections.getByRole('button', { name: '撤销' }).click();
  await expect(corrections).toContainText('0 处修改');
  // Back where it was, with where that position comes from.
  await expect(map.card).toContainText('南1门（延陵西路188号）的点与之相距不到27米');
});

test('a card says where its facts come from in the reader’s language, naming public sources', async ({ page }) => {
  const map = new MapPage(page);
  for (const [lang, source, fact] of [
    ['en', 'Source: Amap geocoder (2018', 'jiangsutravel.us; meipian.cn'],
    ['zh-Hant', '來源: 高德地圖地理編碼（2018年', '美篇 meipian.cn；鐘樓區簡介'],
  ]) {
    await map.goto(`?place=qingfeng-park&lang=${lang}`);
    await expect(map.card).toContainText(source);
    await map.card.locator('details summary').first().click();
    await expect(map.card).toContainText(fact);
    await expect(map.card).not.toContainText(/facts sheet|\.tsv|\.kml|confidence/);
  }
});
