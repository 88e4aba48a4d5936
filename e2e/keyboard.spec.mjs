// Every task by keyboard alone, with a visible focus ring on everything that takes focus: search, open, close,
// filter, share, switch language, switch base map, and the list and the overview.
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** The focused element: its name, and whether its focus ring can be seen (an outline of 2 px or more). */
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    // Past the last stop, focus leaves the page for the browser's own controls before it comes round again.
    if (!el || el === document.body) return { name: '', ring: true, tag: 'body' };
    const style = getComputedStyle(el);
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const name = el.getAttribute('aria-label') ?? el.labels?.[0]?.innerText ?? el.closest('label')?.innerText ?? el.innerText ?? '';
    return { name: name.trim(), ring, tag: el.tagName.toLowerCase() };
  });

/** Presses Tab until the focused element's name matches, checking every stop on the way shows its focus. */
async function tabTo(page, matches, { back = false, limit = 150 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    expect(now.ring, `a visible focus ring on “${now.name}” (${now.tag})`).toBe(true);
    if (matches(now.name)) return now.name;
  }
  throw new Error('never reached the element by Tab');
}

test.describe('by keyboard alone', () => {
  test.skip(({ isMobile }) => isMobile, 'a keyboard journey');
  test.use({ thirdParty: ['autonavi.com'] });

  test('search, open, close, filter, share, language and base map, every stop with a visible focus ring', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.route((url) => url.hostname.endsWith('autonavi.com'), (route) =>
      route.fulfill({ status: 200, contentType: 'image/png', body: PNG }),
    );
    const map = new MapPage(page);
    await map.goto();

    // Search and open.
    await tabTo(page, (n) => n === '搜索地点');
    await page.keyboard.type('qingfeng');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(map.card).toHaveAccessibleName('青枫公园');
    await expect(map.card).toBeFocused();
    expect((await focused(page)).ring, 'the card shows it has focus').toBe(true);

    // Close: back to the place's marker.
    await page.keyboard.press('Escape');
    await expect(map.card).toHaveCount(0);
    await expect(map.marker('青枫公园')).toBeFocused();
    expect((await focused(page)).ring).toBe(true);

    // Filter.
    await tabTo(page, (n) => /^学校 \(\d+\)$/.test(n));
    await page.keyboard.press('Space');
    await expect(map.category(/^学校 \(\d+\)$/)).not.toBeChecked();
    await expect(map.status).toHaveText(/^显示 \d+ 个地点$/);

    // Base map: the radio group moves with the arrow keys.
    await tabTo(page, (n) => n.startsWith('示意图'));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: '高德 Amap' })).toBeChecked();
    await expect(page.locator('img.tile').first()).toBeAttached();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: '示意图（离线）' })).toBeChecked();

    // Share.
    await tabTo(page, (n) => n === '分享', { back: true });
    await page.keyboard.press('Enter');
    await expect(map.status).toHaveText('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('cats=');

    // Language: the select changes with the arrow keys.
    await tabTo(page, (n) => n.includes('简体中文'));
    await page.keyboard.press('End');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('checkbox', { name: /^Schools \(\d+\)$/ })).not.toBeChecked();

    // The overview opens and closes from the keyboard too.
    await tabTo(page, (n) => n === 'About Zhonglou', { back: true });
    await page.keyboard.press('Enter');
    const about = page.getByRole('complementary', { name: 'Zhonglou at a glance' });
    await expect(about).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(about).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'About Zhonglou' })).toBeFocused();
  });
});

test('from the list’s top, one link leads past its places to the map and its first marker', async ({ page, isMobile }) => {
  test.skip(isMobile, 'on a phone the list is a drawer opened on demand');
  const map = new MapPage(page);
  await map.goto();
  await page.getByRole('button', { name: '下载 GeoJSON' }).focus();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳过列表，到地图' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(map.map).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(map.map.locator('.map__markers .marker').first()).toBeFocused();
});
