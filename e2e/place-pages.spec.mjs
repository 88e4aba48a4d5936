// Every built-in place has its own page (issue #22): /place/<id>/, prerendered with its card open, its name as
// the title and its summary as the description, so a shared link previews well and works with no script; the
// live app takes it over with that place open. A sitemap lists them.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

const places = JSON.parse(readFileSync(new URL('../assets/data/places.geojson', import.meta.url), 'utf8')).features;
const qingfeng = places.find((f) => f.id === 'qingfeng-park').properties;

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false, liveApp: false });

  test('a place’s page has its title, description and card, and the card closes back to the map', async ({ page }) => {
    const response = await page.goto('/place/qingfeng-park/');
    expect(response.status()).toBe(200);
    await expect(page).toHaveTitle('青枫公园 · 钟楼区地图');
    const summary = qingfeng.summary['zh-Hans'];
    await expect(page.locator('meta[name=description]')).toHaveAttribute('content', new RegExp(`^${summary.slice(0, 20)}`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '青枫公园 · 钟楼区地图');
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/place\/qingfeng-park\/$/);
    const card = page.getByRole('dialog', { name: '青枫公园' });
    await expect(card).toBeVisible();
    await expect(card).toContainText(summary.slice(0, 30));
    await card.getByRole('link', { name: '关闭' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('a marker opens its card over the page’s own, which comes back when it closes', async ({ page }) => {
    // Close in, where places have markers of their own (the first view on a phone shows clusters).
    await page.goto('/place/qingfeng-park/');
    const map = new MapPage(page);
    const marker = map.map.locator('a.marker:visible:not([aria-label="青枫公园"])').first();
    const name = await marker.getAttribute('aria-label');
    await marker.click();
    await expect(page.getByRole('dialog', { name })).toBeInViewport();
    await expect(page.getByRole('dialog')).toHaveCount(1);
    await expect(page).toHaveURL(/\/place\/qingfeng-park\/#card-[a-z0-9-]+$/);
    await page.getByRole('dialog', { name }).getByRole('link', { name: '关闭' }).click();
    await expect(page.getByRole('dialog', { name: '青枫公园' })).toBeVisible();
  });
});

test('the live app takes a place’s page over with that place open, at the map’s own address', async ({ page }) => {
  await page.goto('/place/qingfeng-park/');
  const map = new MapPage(page);
  await expect(map.card).toHaveAccessibleName('青枫公园');
  await expect(page).toHaveURL(/\/\?(.*&)?place=qingfeng-park(&|$)/);
  // The card closes as the live app's does, and the marker takes focus back.
  await map.card.getByRole('button', { name: '关闭' }).click();
  await expect(map.card).toHaveCount(0);
});

test('the sitemap lists the map and every place’s page', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const locs = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  expect(locs).toHaveLength(places.length + 1);
  expect(locs).toContain('/place/qingfeng-park/');
});
