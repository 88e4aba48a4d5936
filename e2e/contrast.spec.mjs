// Markers and their icons stand out from the map: every category's marker against every colour of the
// schematic map (land, sea, canal, metro line, district boundary) at 3:1 or more, by its dark outer ring, its
// white border or its fill; icons and cluster counts against the marker's fill likewise.
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

const CATEGORIES = ['park', 'school', 'hospital', 'market', 'heritage', 'culture', 'innovation', 'transport', 'other'];

test('every marker has 3:1 contrast against every colour of the map, and its icon against the marker', async ({ page }) => {
  test.skip(test.info().project.name === 'phone', 'colours are the same on every screen');
  const map = new MapPage(page);
  await map.goto();
  const report = await page.evaluate((categories) => {
    const rgb = (css) => {
      const probe = document.createElement('i');
      probe.style.color = css;
      document.body.append(probe);
      const m = getComputedStyle(probe).color.match(/[\d.]+/g).map(Number);
      probe.remove();
      return m;
    };
    // Colour `top` (rgba) laid over an opaque `under`.
    const over = (top, under) => {
      const a = top[3] ?? 1;
      return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a));
    };
    const lum = ([r, g, b]) => {
      const c = [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const ratio = (a, b) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const style = getComputedStyle(document.documentElement);
    const mapColours = {
      land: rgb(style.getPropertyValue('--land')),
      sea: rgb(style.getPropertyValue('--sea')),
      canal: rgb(style.getPropertyValue('--water')),
      metro: rgb(style.getPropertyValue('--metro')),
      boundary: rgb(style.getPropertyValue('--boundary')),
    };
    const layer = document.querySelector('.map__markers');
    const rows = [];
    for (const kind of [...categories.map((c) => `marker--${c}`), 'marker--cluster']) {
      const button = document.createElement('button');
      button.className = `marker ${kind}`;
      layer.append(button);
      const s = getComputedStyle(button);
      const fill = rgb(s.backgroundColor);
      const ink = rgb(s.color);
      const ring = rgb(s.boxShadow.match(/rgba?\([^)]*\)/)[0]);
      const border = rgb(s.borderTopColor);
      button.remove();
      for (const [name, ground] of Object.entries(mapColours)) {
        // A marker's edge is a dark outer ring, a white border and its fill: whichever stands out from the ground
        // outlines it (the ring on light ground, the border on dark lines).
        const best = Math.max(ratio(over(ring, ground), ground), ratio(border, ground), ratio(fill, ground));
        rows.push({ kind, against: name, ratio: best });
      }
      rows.push({ kind, against: 'its icon or count', ratio: ratio(ink, fill) });
    }
    return rows;
  }, CATEGORIES);
  const weak = report.filter((r) => r.ratio < 3).map((r) => `${r.kind} vs ${r.against}: ${r.ratio.toFixed(2)}:1`);
  expect(weak, 'marker contrasts under 3:1').toEqual([]);
  expect(report.length).toBe((CATEGORIES.length + 1) * 6);
});
