// Zoom steps ease in, unless the system asks for reduced motion; either way they end at the same view.
import { test, expect, waitsForLiveApp } from './fixtures.mjs';
import { MapPage, countMapAnimations } from './map-page.mjs';

/** How many animations a zoom step started on the map, and where the first marker ends up. */
async function zoomStep(page) {
  await countMapAnimations(page);
  const map = new MapPage(page);
  await map.goto();
  const before = await map.scaleLabel();
  await page.getByRole('button', { name: '放大' }).click();
  const running = await page.evaluate(() => window.__mapAnimations);
  await expect.poll(() => map.scaleLabel()).not.toBe(before);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  return { running, box: await map.markers().first().boundingBox() };
}

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('a zoom step eases in', async ({ page }) => {
    expect((await zoomStep(page)).running).toBe(1);
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('a zoom step jumps, with nothing animated', async ({ page }) => {
    expect((await zoomStep(page)).running).toBe(0);
  });
});

test('both end with the markers in the same place', async ({ browser, baseURL, guard }) => {
  const ends = [];
  for (const reducedMotion of ['reduce', 'no-preference']) {
    const context = await browser.newContext({ baseURL, reducedMotion, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', serviceWorkers: 'block' });
    const page = await context.newPage();
    guard(page);
    waitsForLiveApp(page);
    ends.push((await zoomStep(page)).box);
    await context.close();
  }
  expect(ends[1].x).toBeCloseTo(ends[0].x, 0);
  expect(ends[1].y).toBeCloseTo(ends[0].y, 0);
});
