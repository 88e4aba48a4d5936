// No script from data or links: markup in any data field or URL parameter shows as text, the page's
// Content-Security-Policy allows scripts from this site only, and the whole app works under it (every e2e test
// runs under the policy and fails on the console error a violation logs).
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
];

/** Elements that would mean markup from data became markup on the page. */
const injected = (page) =>
  page.evaluate(() => document.querySelectorAll('img[src="x"], script:not([src]), svg[onload], [onerror], iframe, object').length);

test('the policy allows scripts from this site only, and an inline script is refused', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const scripts = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')).split(/\s+/);
  expect(scripts).toEqual(['script-src', "'self'", "'wasm-unsafe-eval'"]);
  expect(policy.split(';')[0].trim()).toBe("default-src 'self'");
  expect(await page.locator('script:not([src])').count(), 'no inline script on the page').toBe(0);
});

test.describe('an inline script is refused', () => {
  test.use({ expectedErrors: /Content Security Policy/ });
  test('by the policy', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    const refused = await page.evaluate(
      () =>
        new Promise((resolve) => {
          addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
          const s = document.createElement('script');
          s.textContent = 'window.__inline = 1';
          document.body.append(s);
        }),
    );
    expect(refused).toMatch(/^script-src/);
    expect(await page.evaluate(() => window.__inline)).toBeUndefined();
  });
});

test('markup in every data field is shown as text and never runs', async ({ page }) => {
  const [a, b, c, d] = PAYLOADS;
  const feature = (id, properties, coordinates = [119.95, 31.78]) => ({ type: 'Feature', id, geometry: { type: 'Point', coordinates }, properties });
  const collection = {
    type: 'FeatureCollection',
    features: [
      feature('markup', {
        name: { 'zh-Hans': a, 'zh-Hant': b, en: c },
        category: 'park',
        pinyin: d,
        aliases: [b, c],
        summary: { 'zh-Hans': `${b} ${c}`, 'zh-Hant': b, en: c },
        address: { 'zh-Hans': c, 'zh-Hant': c, en: c },
        facts: [{ text: { 'zh-Hans': a, 'zh-Hant': a, en: a }, source: d }],
      }, [119.95, 31.78]),
      feature('bad-category', { name: 'x', category: a }, [119.96, 31.79]),
      feature(b, { name: 'y' }, [119.97, 31.77]),
    ],
  };
  await page.route((url) => url.pathname === '/markup.geojson', (route) =>
    route.fulfill({ contentType: 'application/geo+json', body: JSON.stringify(collection) }),
  );
  const map = new MapPage(page);
  await page.goto('/?data=/markup.geojson');
  await expect(map.status).toHaveText('显示 1 个地点');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(a, { useInnerText: true });
  await page.getByRole('searchbox', { name: '搜索地点' }).fill('<img');
  await page.getByRole('searchbox', { name: '搜索地点' }).press('Enter');
  await expect(map.card).toBeVisible();
  await expect(map.card.getByRole('heading').first()).toHaveText(a);
  await expect(map.card).toContainText(`${b} ${c}`);
  expect(await injected(page)).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});

test('markup in link parameters is shown as text and never runs', async ({ page }) => {
  const map = new MapPage(page);
  const [a, b, , d] = PAYLOADS;
  await page.goto(`/?place=${encodeURIComponent(a)}&lang=${encodeURIComponent(b)}&cats=${encodeURIComponent(a)}&data=${encodeURIComponent(d)}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(a);
  await expect(alert).toContainText(d, { useInnerText: true });
  await expect(map.map).toBeVisible();
  expect(await injected(page)).toBe(0);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});
