// The map inside another site's page: the Embed dialog's code, pasted into a page on another origin, shows the
// compact map (categories, card, zoom; no header or sidebar) with the view, categories and language it was taken
// with; it keeps its security policy, and offers the full map.
import { createServer } from 'node:http';
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

// A page on another local origin that holds the code: a server of the test's own on another port, reached as
// "localhost" where the map is "127.0.0.1". (It must be a real local server: Chromium refuses to let a page it
// takes for public frame a local one.)
async function hostPage(html) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${server.address().port}/`, close: () => server.close() };
}

test('one Escape does one thing: the Embed dialog over an open card closes first, then the card', async ({ page, isMobile }) => {
  test.skip(isMobile, 'the Embed button is offered on wide screens');
  const map = new MapPage(page);
  await map.goto('?place=qingfeng-park');
  await expect(map.card).toHaveAccessibleName('青枫公园');
  await page.getByRole('button', { name: '嵌入' }).click();
  const dialog = page.getByRole('dialog', { name: /嵌入/ });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(map.card).toHaveAccessibleName('青枫公园');
  await page.keyboard.press('Escape');
  await expect(map.card).toBeHidden();
});

test.describe('embedded in another site', () => {
  test.use({ thirdParty: ['localhost'] });

  test('the Embed dialog’s code shows the compact map on another site', async ({ page, isMobile }) => {
    test.skip(isMobile, 'the Embed button is offered on wide screens; the framed map is tested at both sizes below');
    const map = new MapPage(page);
    await map.goto('?cats=park,heritage&lang=en');
    await page.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this map' });
    await dialog.getByRole('radio', { name: 'Small 400×300' }).check();
    const code = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    // The first view, untouched: the framed map fits it to its own size (no view in the code).
    expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?cats=park,heritage&amp;lang=en&amp;embed" width="400" height="300" title="Zhonglou District Map"/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Embed' })).toBeFocused();

    const host = await hostPage(`<!doctype html><title>A school</title><h1>Our school</h1>${code}`);
    await page.goto(host.url);
    const frame = page.frameLocator('iframe');
    const framed = frame.getByRole('region', { name: 'Map of Zhonglou District' });
    await expect(framed).toBeVisible();
    // No title, search or editing: the map, its categories and a way to the full map.
    await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
    await expect(frame.getByRole('searchbox')).toHaveCount(0);
    await expect(frame.getByRole('button', { name: 'Edit' })).toHaveCount(0);
    await expect(frame.getByRole('link', { name: /Open the full map/ })).toHaveAttribute('href', /cats=park,heritage&lang=en/);
    // Every place of the two categories is in the frame, none cut by its edges or under its zoom buttons.
    const area = await framed.boundingBox();
    const controls = await frame.locator('.map__controls').boundingBox();
    const markers = await framed.locator('.map__markers .marker').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        const count = el.classList.contains('marker--cluster') ? Number(el.textContent) : 1;
        return { count, x: r.x, y: r.y, right: r.right, bottom: r.bottom };
      }),
    );
    const offset = await page.locator('iframe').boundingBox();
    const shown = markers.filter((m) => {
      const [x, y, right, bottom] = [m.x + offset.x, m.y + offset.y, m.right + offset.x, m.bottom + offset.y];
      const inside = x >= area.x && y >= area.y && right <= area.x + area.width && bottom <= area.y + area.height;
      const under = x < controls.x + controls.width && right > controls.x && y < controls.y + controls.height && bottom > controls.y;
      return inside && !under;
    });
    expect(shown.reduce((n, m) => n + m.count, 0)).toBe(22);
    host.close();
  });

  test('the code for a view moved by the reader frames the places that were in sight', async ({ page, isMobile }) => {
    test.skip(isMobile, 'the Embed button is offered on wide screens');
    const map = new MapPage(page);
    await map.goto('?lang=en&view=15/31.7805/119.9535');
    const inSight = await map.placesInSight();
    expect(inSight).toBeGreaterThan(3);
    await page.getByRole('button', { name: 'Embed' }).click();
    const code = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
    const src = code.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
    const framed = new URL(src);
    expect(framed.searchParams.get('view')).not.toBe('15/31.7805/119.9535');
    await page.setViewportSize({ width: 640, height: 480 });
    await page.goto(src);
    await expect(page.getByRole('region', { name: 'Map of Zhonglou District' }).locator('.marker').first()).toBeVisible();
    // All of them, and perhaps a neighbour brought in by fitting them to another shape.
    expect(await map.placesInSight()).toBeGreaterThanOrEqual(inSight);
  });
});

for (const size of [
  { width: 640, height: 480 },
  { width: 400, height: 300 },
]) {
  test.describe(`framed at ${size.width}×${size.height}`, () => {
    test.use({ thirdParty: ['localhost'] });

    test('the compact map opens a card, filters, zooms and keeps its policy', async ({ page, baseURL }) => {
      const src = `${baseURL}/?lang=zh-Hans&embed`;
      const host = await hostPage(
        `<!doctype html><title>A school</title><iframe src="${src}" width="${size.width}" height="${size.height}" title="钟楼区地图" style="border:0"></iframe>`,
      );
      await page.goto(host.url);
      const frame = page.frameLocator('iframe');
      const map = frame.getByRole('region', { name: '钟楼区地图' });
      await expect(map.getByRole('button').first()).toBeVisible();
      // The framed document is the app's own page, with its policy.
      const framed = page.frames().find((f) => f.url().startsWith(baseURL));
      const policy = await framed.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content);
      expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
      // A cluster zooms in, a place opens its card: press the first marker (by keyboard: in a small frame the
      // map's own buttons may sit over it) until a card shows.
      await map.getByRole('button', { name: '放大' }).click();
      const card = frame.getByRole('dialog');
      for (let i = 0; i < 8 && !(await card.count()); i++) {
        await map.locator('.map__markers button').first().press('Enter');
      }
      await expect(card).toBeVisible();
      // The categories are folded in the bar.
      await frame.locator('.embed-bar summary').click();
      await frame.getByRole('button', { name: '只看公园' }).click();
      await expect(frame.getByRole('status')).toHaveText(/^显示 \d+ 个地点$/);
      await expect(frame.getByRole('link', { name: /打开完整地图/ })).toHaveAttribute('target', '_blank');
      host.close();
    });
  });
}
