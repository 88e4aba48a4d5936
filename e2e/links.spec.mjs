// Links into other map apps: Amap and Baidu get the Chinese name whatever the page's language; a place whose
// position is only an estimate (worse than 100 m) is searched by name in Changzhou rather than pinned at our
// guess, while sourced places are pinned; OpenStreetMap always gets the point.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';

const data = JSON.parse(readFileSync(new URL('../assets/data/places.geojson', import.meta.url), 'utf8'));
const rough = data.features.find((f) => ['estimated', 'derived'].includes(f.properties.position.basis) && f.properties.position.precision_m > 100);
const sourced = data.features.find((f) => f.properties.position.basis === 'sourced');

async function cardLinks(page, feature) {
  const map = new MapPage(page);
  await page.goto(`/?place=${feature.id}&lang=en`);
  await expect(map.card).toHaveAccessibleName(feature.properties.name.en);
  const href = (name) => map.card.getByRole('link', { name, exact: true }).getAttribute('href');
  return { amap: await href('Amap'), baidu: await href('Baidu Maps'), osm: await href('OpenStreetMap'), card: map.card };
}

test('an estimated place is searched by its Chinese name in Changzhou, not pinned at the estimate', async ({ page }) => {
  expect(rough, 'the data has a place estimated to worse than 100 m').toBeTruthy();
  const { amap, baidu, osm, card } = await cardLinks(page, rough);
  const zh = encodeURIComponent(rough.properties.name['zh-Hans']);
  expect(amap).toBe(`https://uri.amap.com/search?keyword=${zh}&city=320400&callnative=0`);
  expect(baidu).toContain(`/place/search?query=${zh}&region=${encodeURIComponent('常州')}`);
  expect(baidu).not.toContain('location=');
  const [lon, lat] = rough.geometry.coordinates;
  expect(osm).toContain(`mlat=${lat.toFixed(6)}&mlon=${lon.toFixed(6)}`);
  await expect(card).toContainText(`±${rough.properties.position.precision_m} m`);
});

test('a sourced place is pinned, with its Chinese name even on the English page', async ({ page }) => {
  const { amap, baidu } = await cardLinks(page, sourced);
  const zh = encodeURIComponent(sourced.properties.name['zh-Hans']);
  expect(amap).toMatch(/^https:\/\/uri\.amap\.com\/marker\?position=[\d.]+,[\d.]+&name=/);
  expect(amap).toContain(`name=${zh}`);
  expect(baidu).toContain(`marker?location=`);
  expect(baidu).toContain(`title=${zh}`);
});
