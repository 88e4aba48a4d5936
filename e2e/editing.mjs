// Helpers for the specs that correct the map: the memorial's card in edit mode, the card's coordinate, the
// corrections panel.
import { expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

export const QIUBAI = { id: 'qu-qiubai-memorial', name: '瞿秋白同志纪念馆', lon: 119.94722, lat: 31.78278 };

/** Opens the memorial's card at a zoom where it has its own marker, with edit mode on (`more`: more of the
 * link, `&base=amap`). */
export async function editQiubai(page, more = '') {
  const map = new MapPage(page);
  await map.goto(`?place=${QIUBAI.id}&view=17/${QIUBAI.lat}/${QIUBAI.lon}${more}`);
  await expect(map.card).toHaveAccessibleName(QIUBAI.name);
  // Its description has arrived (the places' texts come after the first view).
  await expect(map.card.locator('.place-card__summary--waiting')).toHaveCount(0);
  await page.getByRole('button', { name: '编辑' }).click();
  await expect(page.getByRole('button', { name: '编辑' })).toHaveAttribute('aria-pressed', 'true');
  // The corrections panel takes room from the map, which then keeps its centre: wait until the marker has
  // settled (the same place two frames apart) before measuring it.
  const marker = map.marker(QIUBAI.name);
  await expect
    .poll(async () => {
      const a = await map.centre(marker);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const b = await map.centre(marker);
      return Math.hypot(a.x - b.x, a.y - b.y);
    })
    .toBeLessThan(0.5);
  return map;
}

/** The card's WGS-84 coordinate row as numbers. */
export async function cardCoordinate(map) {
  const text = await map.card.innerText();
  const m = text.match(/(\d+\.\d{5})° N, (\d+\.\d{5})° E/);
  expect(m, text).toBeTruthy();
  return { lat: Number(m[1]), lon: Number(m[2]) };
}

/** The corrections panel. */
export const panel = (page) => page.getByRole('region', { name: /地点更正/ });
