// The offline backdrop: a user's data zoomed out beyond the district is drawn over the world's countries and
// China's provinces, prefectures and counties, with their names, fetched from this site when first needed; the district
// map never fetches it.
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';
import { china } from './cities.mjs';

test('zoomed out over China’s cities: countries, provinces and their names, then prefectures and counties closer in', async ({ page }) => {
  test.setTimeout(90_000);
  const body = JSON.stringify(china());
  await page.route((url) => url.pathname === '/china.geojson', (route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body }));
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const map = new MapPage(page);
  await page.goto('/?data=/china.geojson');
  await expect(map.status).toHaveText('显示 4970 个地点', { timeout: 30_000 });
  // Fitted to the whole country: the world's countries and the provinces.
  await expect(page.locator('#map path.backdrop--world')).toHaveCount(1);
  await expect(page.locator('#map path.backdrop--provinces')).toHaveCount(1);
  expect(fetched).not.toContain('/data/backdrop/prefectures.json');
  // A step in, the provinces are named.
  await page.goto('/?data=/china.geojson&view=5/32/117');
  await expect(map.status).toHaveText('显示 4970 个地点', { timeout: 30_000 });
  await expect(page.locator('#map .base-label--backdrop', { hasText: /^江苏$/ })).toBeVisible();
  // Closer in: the prefectures and their names; the world is no longer drawn.
  await page.goto('/?data=/china.geojson&view=8/31.8/119.9');
  await expect(map.status).toHaveText('显示 4970 个地点', { timeout: 30_000 });
  await expect(page.locator('#map path.backdrop--prefectures')).toHaveCount(1);
  await expect(page.locator('#map .base-label--backdrop', { hasText: /^常州$/ })).toBeVisible();
  await expect(page.locator('#map path.backdrop--world')).toHaveCount(0);
  // In English, in English (and the provinces a step out too).
  await page.goto('/?data=/china.geojson&view=8/31.8/119.9&lang=en');
  await expect(page.locator('#map .base-label--backdrop', { hasText: /^Changzhou$/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#map .base-label--backdrop', { hasText: /^常州$/ })).toHaveCount(0);
  await page.goto('/?data=/china.geojson&view=5/32/117&lang=en');
  await expect(page.locator('#map .base-label--backdrop', { hasText: /^Jiangsu$/ })).toBeVisible({ timeout: 30_000 });
  // Closer still: the counties of the provinces in view (Jiangsu's, here) and their names.
  await page.goto('/?data=/china.geojson&view=10.5/31.75/119.75');
  await expect(map.status).toHaveText('显示 4970 个地点', { timeout: 30_000 });
  await expect(page.locator('#map path.backdrop--counties').first()).toBeAttached();
  await expect(page.locator('#map .base-label--backdrop', { hasText: /^(钟楼区|武进区|金坛区|溧阳市|丹阳市)$/ }).first()).toBeVisible();
  expect(fetched).toContain('/data/backdrop/counties/320000.json');
  // The district's own neighbours keep their one name from the base map.
  await expect(page.locator('#map .base-label--backdrop', { hasText: /^(新北区|天宁区|武进区)$/ })).toHaveCount(0);
  // Only the provinces in view (Jiangsu and its neighbours), once each.
  const counties = fetched.filter((p) => p.startsWith('/data/backdrop/counties/'));
  expect(counties.length).toBeLessThanOrEqual(4);
  expect(new Set(counties).size).toBe(counties.length);
});

test('the district map fetches no backdrop', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const map = new MapPage(page);
  await map.goto();
  await page.getByRole('button', { name: '缩小' }).click();
  await expect(page.locator('#map path.backdrop')).toHaveCount(0);
  expect(fetched.filter((p) => p.startsWith('/data/backdrop/'))).toEqual([]);
});
