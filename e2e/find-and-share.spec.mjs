// Search in any script, the list of places in view, links that reopen what was seen, three languages.
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

const results = (page) => page.getByRole('listbox', { name: '搜索地点' }).getByRole('option');

test.describe('search', () => {
  for (const query of ['青枫', '青楓', 'qingfeng', 'Qingfeng Park', 'qing feng']) {
    test(`typing “${query}” finds Qingfeng Park and Enter opens it`, async ({ page }) => {
      const map = new MapPage(page);
      await map.goto();
      const search = page.getByRole('searchbox', { name: '搜索地点' });
      await search.fill(query);
      await expect(results(page).first()).toHaveText('青枫公园');
      await search.press('Enter');
      await expect(map.card).toHaveAccessibleName('青枫公园');
      await expect(map.marker('青枫公园')).toBeInViewport();
    });
  }

  test('the article’s spelling 篔簹巷 finds Biji Lane', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    await page.getByRole('searchbox', { name: '搜索地点' }).fill('篔簹巷');
    await expect(results(page).filter({ hasText: '篦箕巷' })).toBeVisible();
    await results(page).filter({ hasText: '篦箕巷' }).click();
    await expect(map.card).toHaveAccessibleName('篦箕巷');
    await expect(map.card).toContainText('篔簹巷');
  });

  test('arrow keys move through the results and Escape clears them', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    const search = page.getByRole('searchbox', { name: '搜索地点' });
    await search.fill('站');
    const options = results(page);
    await expect(options).toHaveCount(6);
    await search.press('ArrowDown');
    await search.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    const second = await options.nth(1).innerText();
    await search.press('Escape');
    await expect(search).toHaveValue('');
    await expect(options).toHaveCount(0);
    await search.fill('站');
    await search.press('ArrowDown');
    await search.press('ArrowDown');
    await search.press('Enter');
    await expect(map.card).toHaveAccessibleName(second);
  });

  test('a query that matches nothing says so', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    await page.getByRole('searchbox', { name: '搜索地点' }).fill('xyzzy');
    await expect(page.getByText('没有找到匹配的地点')).toBeVisible();
  });
});

test.describe('the list of places in view', () => {
  test.skip(({ isMobile }) => isMobile, 'the desktop sidebar');

  test('lists what the map shows, follows filters and the view, and opens cards', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    const list = page.getByRole('region', { name: /视野内的地点/ });
    const items = list.getByRole('listitem');
    // The whole district is in view at first: every place the category checkboxes count is listed.
    const counts = await page.getByRole('checkbox').evaluateAll((all) => all.map((el) => Number(el.closest('label').innerText.match(/\((\d+)\)/)[1])));
    const total = counts.reduce((sum, n) => sum + n, 0);
    expect(total).toBeGreaterThan(0);
    await expect(items).toHaveCount(total);
    const parks = Number((await map.categoryLabel(/^公园 \(\d+\)$/)).match(/\((\d+)\)/)[1]);
    await map.category(/^公园 \(\d+\)$/).uncheck();
    await expect(items).toHaveCount(total - parks);
    await map.category(/^公园 \(\d+\)$/).check();
    await page.getByRole('button', { name: '放大' }).click();
    await page.getByRole('button', { name: '放大' }).click();
    await expect.poll(() => items.count()).toBeLessThan(total);
    await page.getByRole('button', { name: '重置' }).click();
    await expect(items).toHaveCount(total);
    await list.getByRole('button', { name: '荷园' }).click();
    await expect(map.card).toHaveAccessibleName('荷园');
    await expect(map.marker('荷园')).toBeVisible();
  });
});

test('on a phone the list is a drawer', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'phone layout');
  const map = new MapPage(page);
  await map.goto();
  const toggle = page.getByRole('button', { name: /^地点列表 \(\d+\)$/ });
  await toggle.tap();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const list = page.getByRole('region', { name: /视野内的地点/ });
  await list.getByRole('button', { name: '荷园' }).tap();
  await expect(map.card).toHaveAccessibleName('荷园');
  await expect(list).toBeHidden();
});

test.describe('links', () => {
  test('a link reopens the place, filters, language and view, and survives a reload', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto('?place=qingfeng-park&cats=park,transport&lang=en&view=15/31.80118/119.896');
    await expect(map.card).toHaveAccessibleName('Qingfeng Park');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('checkbox', { name: /^Parks/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Schools/ })).not.toBeChecked();
    const scale = await map.scaleLabel();
    await page.reload();
    await expect(map.card).toHaveAccessibleName('Qingfeng Park');
    await expect(page.getByRole('checkbox', { name: /^Schools/ })).not.toBeChecked();
    expect(await map.scaleLabel()).toBe(scale);
  });

  test('back and forward move between two opened places', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    const search = page.getByRole('searchbox', { name: '搜索地点' });
    await search.fill('荷园');
    await search.press('Enter');
    await expect(map.card).toHaveAccessibleName('荷园');
    await expect(page).toHaveURL(/place=lotus-garden/);
    await search.fill('双桂坊');
    await search.press('Enter');
    await expect(map.card).toHaveAccessibleName('双桂坊');
    await expect(page).toHaveURL(/place=shuanggui-fang/);
    await page.goBack();
    await expect(map.card).toHaveAccessibleName('荷园');
    await page.goBack();
    await expect(map.card).toHaveCount(0);
    await page.goForward();
    await expect(map.card).toHaveAccessibleName('荷园');
  });

  test('filters go into the link and panning rewrites it without new history', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto();
    await map.category(/^学校 \(\d+\)$/).uncheck();
    await expect(page).toHaveURL(/cats=park,hospital,market,heritage,culture,innovation,transport(,other)?(&|$)/);
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: '放大' }).click();
    await expect(page).toHaveURL(/view=/);
    expect(await page.evaluate(() => history.length)).toBe(entries);
  });

  test('bad values in a link are ignored with a notice and the rest still works', async ({ page }) => {
    const map = new MapPage(page);
    await map.goto('?place=no-such-place&cats=park,zoo&lang=xx&view=abc');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('no-such-place');
    await expect(alert).toContainText('zoo');
    await expect(alert).toContainText('abc');
    await expect(page.getByRole('checkbox', { name: /^公园/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^学校/ })).not.toBeChecked();
  });

  test('share copies the link to the clipboard', async ({ page, context, browserName }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const map = new MapPage(page);
    await map.goto('?place=lotus-garden');
    await page.getByRole('button', { name: '分享' }).click();
    await expect(map.status).toHaveText('链接已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('place=lotus-garden');
  });

  test('without a clipboard, share shows the link selected', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    const map = new MapPage(page);
    await map.goto('?place=lotus-garden');
    await page.getByRole('button', { name: '分享' }).click();
    const field = page.getByRole('textbox', { name: '复制此链接：' });
    await expect(field).toHaveValue(/place=lotus-garden/);
    await expect(field).toBeFocused();
  });
});

test.describe('languages', () => {
  for (const [code, option, marker, close, filter] of [
    ['zh-Hant', '繁體中文', '南大街站', '關閉', /^公園 \(\d+\)$/],
    ['en', 'English', 'Nandajie Station', 'Close', /^Parks \(\d+\)$/],
    ['zh-Hans', '简体中文', '南大街站', '关闭', /^公园 \(\d+\)$/],
  ]) {
    test(`switching to ${option} renames the page, the markers and the card`, async ({ page }) => {
      const map = new MapPage(page);
      await map.goto('?place=nandajie-station&view=17/31.7819/119.9486' + (code === 'zh-Hans' ? '&lang=en' : ''));
      await page.getByRole('combobox').selectOption(code);
      await expect(page.locator('html')).toHaveAttribute('lang', code);
      await expect(map.marker(marker)).toBeVisible();
      await expect(map.card).toHaveAccessibleName(marker);
      await expect(map.card.getByRole('button', { name: close })).toBeVisible();
      await expect(page.getByRole('checkbox', { name: filter })).toBeVisible();
      if (code !== 'zh-Hans') await expect(page).toHaveURL(new RegExp(`lang=${code}`));
    });
  }
});

test('a link to a place alone zooms to it and keeps it in sight beside its card', async ({ page }) => {
  const map = new MapPage(page);
  await page.goto('/?place=biji-lane');
  await expect(map.card).toHaveAccessibleName('篦箕巷');
  const marker = map.marker('篦箕巷');
  await expect(marker).toBeInViewport();
  await map.expectClearOfCard(marker);
});
