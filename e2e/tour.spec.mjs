// The guided tour: the header's Tour button walks the article's themes step by step, by keyboard, buttons and
// swipes; each step's link reopens it; Escape leaves the map where it is; the map glides between steps, or jumps
// for a user who asks for less motion; it works offline and in the three languages.
import { readFileSync } from 'node:fs';
import { test, expect, waitsForLiveApp } from './fixtures.mjs';
import { MapPage, countMapAnimations } from './map-page.mjs';

const tours = JSON.parse(readFileSync(new URL('../assets/data/tours.json', import.meta.url), 'utf8')).tours;
const places = JSON.parse(readFileSync(new URL('../assets/data/places.geojson', import.meta.url), 'utf8')).features;
const heritage = tours.find((t) => t.key === 'heritage');
const steps = heritage.stops.length + 1;
/** The place of a step (2 and on) of the heritage tour, in a language. */
const stopName = (step, lang) => places.find((f) => f.id === heritage.stops[step - 2].place).properties.name[lang];

/** The tour panel: a region named by its step's title. */
function panel(page) {
  return page.locator('section.tour');
}

/** Where a place's own marker is: on the map clear of the card, under the card, off the map, or missing. */
async function whereIs(map, name) {
  const marker = await map.marker(name).boundingBox();
  if (!marker) return 'missing';
  const [card, area] = [await map.card.boundingBox(), await map.map.boundingBox()];
  const [x, y] = [marker.x + marker.width / 2, marker.y + marker.height / 2];
  const inside = (b) => x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height;
  if (!inside(area)) return 'off the map';
  return card && inside(card) ? 'under the card' : 'clear of the card';
}

/** A marker's offset from the centre of the map (which keeps its ground when the map changes size). */
async function fromCentre(map, name) {
  const [m, area] = [await map.marker(name).boundingBox(), await map.map.boundingBox()];
  return { dx: Math.round(m.x + m.width / 2 - area.x - area.width / 2), dy: Math.round(m.y + m.height / 2 - area.y - area.height / 2) };
}

/** Expects the tour at a step: the counter, the title, the link; a stop's card open, the overview's closed. */
async function expectStep(page, step, lang = 'en') {
  const map = new MapPage(page);
  const count = { en: `Step ${step} of ${steps}`, 'zh-Hans': `第 ${step} 步，共 ${steps} 步`, 'zh-Hant': `第 ${step} 步，共 ${steps} 步` };
  await expect(panel(page).getByText(count[lang])).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`tour=heritage&step=${step}(&|$)`));
  if (step === 1) {
    await expect(page.getByRole('region', { name: heritage.title[lang] })).toBeVisible();
    await expect(map.card).toBeHidden();
  } else {
    const name = stopName(step, lang);
    await expect(page.getByRole('region', { name })).toContainText(heritage.stops[step - 2].text[lang]);
    await expect(map.card.getByRole('heading', { name })).toBeVisible();
    // The stop's own marker stands on the map, clear of the card, once the map has arrived.
    await expect.poll(() => whereIs(map, name), { message: `where ${name} is` }).toBe('clear of the card');
  }
  // A screen reader hears the step's title.
  const title = step === 1 ? heritage.title[lang] : stopName(step, lang);
  await expect(page.getByRole('status')).toContainText(title);
}

test('a tour walked by keyboard, ended with Escape, leaves the map where it is', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto('?lang=en');
  await page.getByRole('button', { name: 'Tour' }).click();
  await expectStep(page, 1);
  // The reader is taken to the tour.
  await expect(page.getByRole('heading', { name: heritage.title.en })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 2);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 3);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 2);
  // Past the last step nothing moves.
  for (let s = 3; s <= steps; s++) await page.keyboard.press('ArrowRight');
  await expectStep(page, steps);
  await page.keyboard.press('ArrowRight');
  await expectStep(page, steps);
  await expect(panel(page).getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');

  const name = stopName(steps, 'en');
  const before = { marker: await fromCentre(map, name), scale: await map.scaleLabel() };
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(page).not.toHaveURL(/tour=/);
  await expect(page.getByRole('button', { name: 'Tour' })).toBeFocused();
  await expect(page.getByRole('status')).toContainText('Tour ended');
  // The map and the card stay.
  await expect(map.card.getByRole('heading', { name })).toBeVisible();
  expect(await map.scaleLabel()).toBe(before.scale);
  // (On a phone the sidebar comes back above the map, which keeps its centre.)
  await expect.poll(() => fromCentre(map, name)).toEqual(before.marker);
  // Arrow keys are the map's again.
  await page.keyboard.press('ArrowRight');
  await expect(panel(page)).toBeHidden();
});

test('a tour walked by its buttons', async ({ page, isMobile }) => {
  const map = new MapPage(page);
  await map.goto('?lang=en');
  await page.getByRole('button', { name: 'Tour' }).click();
  const next = panel(page).getByRole('button', { name: 'Next' });
  const previous = panel(page).getByRole('button', { name: 'Previous' });
  if (isMobile) await next.tap();
  else await next.click();
  await expectStep(page, 2);
  if (isMobile) await previous.tap();
  else await previous.click();
  await expectStep(page, 1);
});

test('a tour walked by swiping across it', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'swiping is for touch screens');
  const map = new MapPage(page);
  await map.goto('?tour=heritage&lang=en');
  await expectStep(page, 1);
  const swipe = async (dx) => {
    const box = await panel(page).boundingBox();
    const y = box.y + box.height / 2;
    const x = box.x + box.width / 2 - dx / 2;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 5; i++) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + (dx * i) / 5, y }] });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  await swipe(-150);
  await expectStep(page, 2);
  await swipe(-150);
  await expectStep(page, 3);
  await swipe(150);
  await expectStep(page, 2);
});

test('a step’s link reopens it, in Traditional Chinese; Back returns to the step before', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto('?tour=heritage&step=3&lang=zh-Hant');
  await expectStep(page, 3, 'zh-Hant');
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 4, 'zh-Hant');
  await expect(page).toHaveURL(/step=4/);
  await page.goBack();
  await expectStep(page, 3, 'zh-Hant');
  // The language can change mid-tour.
  await page.getByRole('combobox', { name: '語言' }).selectOption('zh-Hans');
  await expect(panel(page)).toContainText(heritage.stops[1].text['zh-Hans']);
  await expect(page.getByRole('heading', { name: stopName(3, 'zh-Hans') }).first()).toBeVisible();
});

test('another theme is a choice away', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto();
  await page.getByRole('button', { name: '导览' }).click();
  const green = tours.find((t) => t.key === 'green');
  await panel(page).getByRole('combobox', { name: '导览主题' }).selectOption({ label: green.title['zh-Hans'] });
  await expect(page.getByRole('region', { name: green.title['zh-Hans'] })).toContainText(green.intro['zh-Hans']);
  await expect(page).toHaveURL(/tour=green&step=1/);
});

test('on a narrow phone every theme’s name is whole in its box, in English too', async ({ page }) => {
  await page.setViewportSize({ width: 340, height: 700 });
  const map = new MapPage(page);
  await map.goto('?lang=en&tour=heritage');
  const theme = panel(page).getByRole('combobox', { name: 'Tour theme' });
  await expect(theme).toBeVisible();
  // Room for each name beside the box's arrow: the box's width against the name's width in the box's own font.
  const room = await theme.evaluate((select) => {
    const ctx = document.createElement('canvas').getContext('2d');
    ctx.font = getComputedStyle(select).font;
    const arrow = 24;
    return [...select.options].map((o) => ({ name: o.text, short: Math.ceil(ctx.measureText(o.text).width + arrow - select.clientWidth) }));
  });
  expect(room.filter((r) => r.short > 0), 'names cut short (px)').toEqual([]);
});

test('a link to a tour the map does not have says so', async ({ page }) => {
  const map = new MapPage(page);
  await map.goto('?tour=nowhere&lang=en');
  await expect(page.getByText('there is no tour called “nowhere”')).toBeVisible();
  await expect(panel(page)).toBeHidden();
});

/** Goes from the overview to the first stop; says how many animations the map started on the way, and where
 * the stop's marker ended up. */
async function fromOverviewToFirstStop(page) {
  await countMapAnimations(page);
  const map = new MapPage(page);
  await map.goto('?tour=heritage&step=1&lang=en');
  await expectStep(page, 1);
  await page.evaluate(() => (window.__mapAnimations = 0));
  await panel(page).getByRole('button', { name: 'Next' }).click();
  await expectStep(page, 2);
  const animations = await page.evaluate(() => window.__mapAnimations);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  return { animations, box: await map.marker(stopName(2, 'en')).boundingBox() };
}

test.describe('with motion', () => {
  test.use({ reducedMotion: 'no-preference' });
  test('the map glides from one step to the next', async ({ page }) => {
    expect((await fromOverviewToFirstStop(page)).animations).toBe(1);
  });
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('the map jumps from one step to the next', async ({ page }) => {
    expect((await fromOverviewToFirstStop(page)).animations).toBe(0);
  });
});

test('gliding or jumping, a step ends with the map in the same place', async ({ browser, baseURL, guard }, testInfo) => {
  const viewport = testInfo.project.use.viewport;
  const ends = [];
  for (const reducedMotion of ['reduce', 'no-preference']) {
    const context = await browser.newContext({ baseURL, reducedMotion, viewport, locale: 'zh-CN', serviceWorkers: 'block' });
    const page = await context.newPage();
    guard(page);
    waitsForLiveApp(page);
    ends.push((await fromOverviewToFirstStop(page)).box);
    await context.close();
  }
  expect(ends[1].x).toBeCloseTo(ends[0].x, 0);
  expect(ends[1].y).toBeCloseTo(ends[0].y, 0);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('after one visit a tour works with the network cut', async ({ page, context }) => {
    const map = new MapPage(page);
    await map.goto('?lang=en');
    await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'true', { timeout: 15_000 });
    await context.setOffline(true);
    await page.reload();
    await expect(map.map).toBeVisible();
    await page.getByRole('button', { name: 'Tour' }).click();
    await expectStep(page, 1);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2);
    await context.setOffline(false);
  });
});
