// "Only this" beside each category: one press shows that category alone; the checkboxes, the live region and the
// list follow, and All brings everything back.
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

test('“only this” shows each category alone, and All brings every place back', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto();
  const boxes = page.getByRole('checkbox');
  const labels = await boxes.evaluateAll((all) =>
    all.filter((b) => b.offsetParent !== null).map((b) => b.closest('label').innerText.trim()),
  );
  expect(labels.length, 'the eight categories of the built-in places').toBe(8);
  for (const label of labels) {
    const [, name, count] = label.match(/^(.+) \((\d+)\)$/);
    await page.getByRole('button', { name: `只看${name}`, exact: true }).click();
    await expect(map.status).toHaveText(`显示 ${count} 个地点`);
    for (const other of labels) {
      const box = page.getByRole('checkbox', { name: other, exact: true });
      if (other === label) await expect(box).toBeChecked();
      else await expect(box).not.toBeChecked();
    }
    await expect(map.markers().first()).toBeVisible();
  }
  await page.getByRole('button', { name: '全部', exact: true }).click();
  await expect(map.status).toHaveText(/^显示 4\d 个地点$/);
  for (const label of labels) await expect(page.getByRole('checkbox', { name: label, exact: true })).toBeChecked();
});

test('the list of places follows “only this”', async ({ page, isMobile }) => {
  const map = new MapPage(page);
  await map.goto();
  const parks = await map.categoryLabel('公园');
  const count = Number(parks.match(/\((\d+)\)/)[1]);
  await page.getByRole('button', { name: '只看公园', exact: true }).click();
  const toggle = page.getByRole('button', { name: /^地点列表/ });
  if (isMobile && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.tap();
  const rows = page.getByRole('region', { name: /视野内的地点/ }).getByRole('listitem');
  // The whole district is in view on a wide screen; a phone's narrower view may leave a park out.
  if (!isMobile) await expect(rows).toHaveCount(count);
  else await expect.poll(() => rows.count()).toBeGreaterThan(0);
  expect(await rows.count()).toBeLessThanOrEqual(count);
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('the button is named after its category', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    await page.getByRole('button', { name: 'Only Schools', exact: true }).click();
    await expect(page.getByRole('checkbox', { name: /^Schools/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Parks/ })).not.toBeChecked();
    await expect(map.status).toHaveText(/^Showing \d+ places?$/);
  });
});

test('with every category unticked the map says why it is empty, and brings them back', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto();
  await page.getByRole('button', { name: '全不选' }).click();
  await expect(map.map.locator('.map__markers .marker')).toHaveCount(0);
  await expect(map.map).toContainText('没有勾选任何类别');
  await map.map.getByRole('button', { name: '显示全部类别' }).click();
  await expect(page.getByRole('checkbox', { name: /^公园/ })).toBeChecked();
  await expect(map.map.locator('.map__markers .marker').first()).toBeVisible();
  await expect(map.map).not.toContainText('没有勾选任何类别');
});

test('ticking a category slips its places into the list and leaves every other row where it is', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the same list on a phone, in a drawer');
  const map = new MapPage(page);
  await map.goto();
  const rows = page.getByRole('region', { name: /视野内的地点/ }).getByRole('listitem');
  const all = await rows.count();
  const schools = Number((await map.categoryLabel('学校')).match(/\((\d+)\)/)[1]);
  await page.getByRole('checkbox', { name: /^学校/ }).uncheck();
  await expect(rows).toHaveCount(all - schools);
  // Rows taken out of the list and put back in (a move) are rows that did not change: there should be none.
  await page.evaluate(() => {
    window.__rowsOut = 0;
    new MutationObserver((records) => {
      for (const r of records) window.__rowsOut += [...r.removedNodes].filter((n) => n.nodeName === 'LI').length;
    }).observe(document.querySelector('#place-list ul'), { childList: true });
  });
  await page.getByRole('checkbox', { name: /^学校/ }).check();
  await expect(rows).toHaveCount(all);
  await expect(rows.filter({ has: page.locator('.place-list__item--school') })).toHaveCount(schools);
  expect(await page.evaluate(() => window.__rowsOut), 'rows taken out and put back').toBe(0);
});
