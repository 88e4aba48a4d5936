// The map screen as a user perceives it: a map region, markers named after places, category checkboxes,
// a place card dialog.
import { expect } from './fixtures.mjs';

export class MapPage {
  constructor(page) {
    this.page = page;
    this.map = page.getByRole('region', { name: /地图|地圖|Map/ });
    this.card = page.getByRole('dialog');
    this.status = page.getByRole('status');
  }

  /** How many places the markers whose centres are inside the map stand for (a cluster counts its places). */
  async placesInSight() {
    const area = await this.map.boundingBox();
    return this.map.locator('.map__markers .marker').evaluateAll(
      (els, a) =>
        els.reduce((n, el) => {
          if (!el.getClientRects().length) return n;
          const r = el.getBoundingClientRect();
          const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
          const inside = x >= a.x && x <= a.x + a.width && y >= a.y && y <= a.y + a.height;
          // Before the program a cluster's count is drawn by CSS from its members shown (examples/prerender).
          const members = [...el.querySelectorAll('.cluster__member')];
          const count = members.length ? members.filter((m) => m.getClientRects().length).length : Number(el.textContent);
          return n + (inside ? (el.classList.contains('marker--cluster') ? count : 1) : 0);
        }, 0),
      area,
    );
  }

  async goto(query = '') {
    await this.page.goto(`/${query}`);
    await expect(this.map).toBeVisible();
    await expect(this.map.getByRole('button').first()).toBeVisible();
  }

  /** The marker button of one place (exact name). */
  marker(name) {
    return this.map.getByRole('button', { name, exact: true });
  }

  /** A cluster whose name lists the place. */
  clusterWith(name) {
    return this.map.getByRole('button', { name: new RegExp(`^\\d+ (个地点|個地點|places)[:：].*${name}`) });
  }

  category(label) {
    return this.page.getByRole('checkbox', { name: label });
  }

  /** A category checkbox's whole label as shown, e.g. "公园 (6)", for finding that checkbox again by its exact name. */
  async categoryLabel(label) {
    return (await this.category(label).evaluate((el) => el.closest('label').innerText)).trim();
  }

  /** Markers (places and clusters) on the map, without the map's own controls. */
  markers() {
    return this.map.locator('.map__markers').getByRole('button');
  }

  /** The cluster with the most places. */
  async largestCluster() {
    const clusters = this.map.getByRole('button', { name: /^\d+ (个地点|個地點|places)[:：]/ });
    const counts = await clusters.evaluateAll((all) => all.map((b) => parseInt(b.getAttribute('aria-label'), 10)));
    expect(counts.length, 'clusters on the map').toBeGreaterThan(0);
    return clusters.nth(counts.indexOf(Math.max(...counts)));
  }

  /** Clicks (or taps) through clusters until the place's own marker shows, then returns that marker. */
  async revealMarker(name, { tap = false } = {}) {
    for (let step = 0; step < 12; step++) {
      const marker = this.marker(name);
      if (await marker.count()) return marker;
      // A cluster names its first few places only: when none names this one, go into the largest (the old town).
      let cluster = this.clusterWith(name).first();
      if (!(await cluster.count())) cluster = await this.largestCluster();
      await expect(cluster, `a cluster holding ${name}`).toBeVisible();
      if (tap) await cluster.tap();
      else await cluster.click();
    }
    throw new Error(`${name} never got its own marker`);
  }

  async openPlace(name, options = {}) {
    const marker = await this.revealMarker(name, options);
    if (options.tap) await marker.tap();
    else await marker.click();
    await expect(this.card).toBeVisible();
    await expect(this.card).toHaveAccessibleName(name);
    return marker;
  }

  /** Waits until a marker is on the map and clear of the open card: above it (a phone's bottom sheet, `above`),
   * or above or beside it (a side panel). The card grows as its texts arrive and the map moves the place out
   * from under it the frame after. */
  async expectClearOfCard(marker, { above = false, message = 'the open place is in sight, not under its card' } = {}) {
    const clear = async () => {
      const [pin, card, area] = [await marker.boundingBox(), await this.card.boundingBox(), await this.map.boundingBox()];
      if (!pin || !card || !area) return false;
      const onMap = pin.x >= area.x && pin.y >= area.y && pin.x + pin.width <= area.x + area.width;
      return onMap && (pin.y + pin.height <= card.y || (!above && pin.x + pin.width <= card.x));
    };
    await expect.poll(clear, { message }).toBe(true);
  }

  /** Screen position of a locator's centre. */
  async centre(locator) {
    const box = await locator.boundingBox();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /** A point on the map with no marker, control or label under it (scanned on a grid). */
  async emptySpot() {
    const box = await this.map.boundingBox();
    return this.page.evaluate(({ x, y, width, height }) => {
      for (let j = 1; j < 10; j++) {
        for (let i = 1; i < 10; i++) {
          const px = x + (width * i) / 10;
          const py = y + (height * j) / 10;
          const hit = document.elementFromPoint(px, py);
          const clear = [[0, 0], [-30, 0], [30, 0], [0, -30], [0, 30]].every(([dx, dy]) => {
            const el = document.elementFromPoint(px + dx, py + dy);
            return el && el.closest('#map') && !el.closest('button, .marker-wrap, .map__attribution, .map__scale');
          });
          if (hit && clear) return { x: px, y: py };
        }
      }
      throw new Error('no empty spot on the map');
    }, box);
  }

  async scaleLabel() {
    return this.map.locator('.map__scale span').innerText();
  }

  /** Ground metres per screen pixel, from the scale bar (its label over its width): smaller once the map zooms
   * in, half as much for each level. */
  async metresPerPixel() {
    const label = await this.scaleLabel();
    const match = label.match(/^([\d.]+)\s*(公里|km|米|m)$/);
    if (!match) throw new Error(`the scale bar reads ${label}`);
    const metres = Number(match[1]) * (match[2] === '公里' || match[2] === 'km' ? 1000 : 1);
    const { width } = await this.map.locator('.map__scale-bar').boundingBox();
    return metres / width;
  }
}

/** Counts the animations the map starts in `window.__mapAnimations` (however short, and however slow the machine
 * running the test); call before the page loads. */
export async function countMapAnimations(page) {
  await page.addInitScript(() => {
    window.__mapAnimations = 0;
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (...args) {
      if (this.closest('#map')) window.__mapAnimations += 1;
      return animate.apply(this, args);
    };
  });
}

/** The built-in places' card texts, fetched after the first view. */
export const TEXTS = (url) => url.pathname === '/data/places.geojson';

/** Holds the card texts back (a slow connection) until the returned function is called. */
export async function holdTexts(page) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route(TEXTS, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
