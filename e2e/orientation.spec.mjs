// Orientation without tiles: the districts around Zhonglou are outlined and named on the offline map, and the
// canal is named, in the reader's language, from nothing but this site (the fixture fails on any other request).
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

test('the neighbouring districts and the canal are named on the offline map', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto();
  await expect(map.map.locator('.base--neighbour')).toHaveCount(3);
  for (const name of ['天宁区', '新北区', '武进区', '京杭大运河']) {
    await expect(map.map.getByText(name, { exact: true })).toBeVisible();
  }
});

test.describe('in English', () => {
  test.use({ locale: 'en-GB' });

  test('the names follow the language, and zooming in makes room for the metro line’s', async ({ page, isMobile }) => {
    const map = new MapPage(page);
    await map.goto();
    // A name is left out where a marker would cover it: on a phone's narrow map, the long English name of
    // Tianning, at the edge beside the old town's cluster.
    const names = ['Xinbei District', 'Wujin District', ...(isMobile ? [] : ['Tianning District'])];
    for (const name of names) await expect(map.map.getByText(name, { exact: true })).toBeVisible();
    const metro = map.map.getByText('Metro Line 2', { exact: true });
    for (let i = 0; i < 4 && !(await metro.count()); i++) {
      await map.map.getByRole('button', { name: 'Zoom in' }).click();
    }
    await expect(metro).toBeAttached();
  });
});
