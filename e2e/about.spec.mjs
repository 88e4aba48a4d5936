// "About Zhonglou": the article's figures and sections, and places opened from its table of contents.
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

test('the overview gives the article figures and opens a place from its section list', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto();
  const toggle = page.getByRole('button', { name: '关于钟楼' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const about = page.getByRole('complementary', { name: '钟楼区概况' });
  await expect(about).toBeVisible();
  for (const figure of ['133 平方公里', '756 亿元（+3.5%）', '5.99 万元', '42%', '27.3 公里', '95%', '17 年']) {
    await expect(about).toContainText(figure);
  }
  await expect(about.getByRole('heading', { name: '人文传承 向美而行' })).toBeVisible();
  await expect(about).toContainText('未找到钟楼院区');

  // A heritage lane deep in the old town: from the district view it sits inside a cluster.
  await about.getByRole('button', { name: '双桂坊' }).click();
  await expect(about).toHaveCount(0);
  await expect(map.card).toHaveAccessibleName('双桂坊');
  const marker = map.marker('双桂坊');
  await expect(marker).toBeInViewport();
  await expect(marker).toHaveClass(/marker--selected/);
});

test('the overview follows the language and Escape closes it, giving the focus back to its button', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto();
  await page.getByRole('combobox').selectOption('en');
  await page.getByRole('button', { name: 'About Zhonglou' }).click();
  const about = page.getByRole('complementary', { name: 'Zhonglou at a glance' });
  await expect(about).toContainText('133 km²');
  await expect(about.getByRole('button', { name: 'Biji Lane (Comb Lane)' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(about).toHaveCount(0);
  // The focus goes back to the button that opened it.
  const button = page.getByRole('button', { name: 'About Zhonglou' });
  await expect(button).toBeFocused();
  // Also when nothing had the focus (a click on some text left it nowhere): Escape is the page's, and the focus
  // comes back to the button all the same.
  await button.click();
  await expect(about).toBeVisible();
  await page.evaluate(() => document.activeElement.blur());
  await expect(button).not.toBeFocused();
  await page.keyboard.press('Escape');
  await expect(about).toHaveCount(0);
  await expect(button).toBeFocused();
});
