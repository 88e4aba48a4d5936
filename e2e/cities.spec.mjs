// A real file nobody here wrote: GeoNames' cities (e2e/cities.mjs) opened through ?data=. It opens where its data
// is, zoomed out as far as it needs; the header names it and leads back to the district map; a card shows the
// file's own fields, as inert text.
import { test, expect } from './fixtures.mjs';
import { MapPage } from './map-page.mjs';
import { jiangsu, china, world, citiesCollection } from './cities.mjs';

const serve = async (page, path, collection) => {
  const body = JSON.stringify(collection);
  await page.route((url) => url.pathname === path, (route) => route.fulfill({ status: 200, contentType: 'application/geo+json', body }));
};

/** "Places in view (N)": the list's heading on a wide screen, its toggle on a phone. */
async function placesInView(page, isMobile) {
  const label = isMobile
    ? page.getByRole('button', { name: /^地点列表 \(\d+\)$/ })
    : page.getByRole('heading', { name: /^视野内的地点 \(\d+\)$/ });
  return Number(/\((\d+)\)/.exec(await label.innerText())[1]);
}

for (const [file, fixture, count] of [
  ['jiangsu.geojson', jiangsu, 205],
  ['china.geojson', china, 4970],
  ['world.geojson', world, 171075],
]) {
  test(`${file} opens with all its ${count} cities in view${count > 100_000 ? ' @heavy' : ''}`, async ({ page, isMobile }) => {
    test.setTimeout(120_000);
    await serve(page, `/${file}`, fixture());
    const map = new MapPage(page);
    await page.goto(`/?data=/${file}`);
    await expect(map.status).toHaveText(`显示 ${count} 个地点`, { timeout: 60_000 });
    // The data's extent, not the district: every city is in view and markers are drawn.
    await expect.poll(() => placesInView(page, isMobile)).toBe(count);
    expect(await map.markers().count()).toBeGreaterThan(0);
    // Only the categories the file has are offered.
    await expect(page.getByRole('checkbox', { name: `其他 (${count})` })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: '公园 (0)' })).toBeHidden();
    // The header says whose map it is, and leads back.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(file);
    await expect(page.getByRole('link', { name: '← 钟楼区地图' })).toHaveAttribute('href', '/?lang=zh-Hans');
    // Home comes back to the whole data after zooming in.
    await page.getByRole('button', { name: '放大' }).click();
    await page.getByRole('button', { name: '放大' }).click();
    await expect.poll(() => placesInView(page, isMobile)).toBeLessThan(count);
    await page.getByRole('button', { name: '重置' }).click();
    await expect.poll(() => placesInView(page, isMobile)).toBe(count);
  });
}

test('a city’s card shows the file’s own fields; the way back leads to the district map', async ({ page }) => {
  await serve(page, '/jiangsu.geojson', jiangsu());
  const map = new MapPage(page);
  await page.goto('/?data=/jiangsu.geojson&lang=en');
  await expect(map.status).toHaveText('Showing 205 places', { timeout: 30_000 });
  const search = page.getByRole('searchbox', { name: 'Search places' });
  await search.fill('Changzhou');
  await search.press('Enter');
  await expect(map.card).toHaveAccessibleName('Changzhou');
  const fields = map.card.getByRole('table', { name: 'Fields in the file' });
  await expect(fields.getByRole('row', { name: 'country CN' })).toBeVisible();
  await expect(fields.getByRole('row', { name: 'admin1 04' })).toBeVisible();
  await expect(fields.getByRole('row', { name: 'admin2 3204' })).toBeVisible();
  await expect(map.card).toContainText('31.77359° N, 119.95401° E');
  await page.getByRole('link', { name: '← Zhonglou map' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zhonglou District Map');
  await expect(page.getByRole('link', { name: '← Zhonglou map' })).toHaveCount(0);
});

test('a file’s own name or title names the map; south and west are written as such', async ({ page }) => {
  const collection = citiesOf([{ name: 'Sydney', lng: 151.20732, lat: -33.86785 }, { name: 'Lima', lng: -77.02824, lat: -12.04318 }]);
  await serve(page, '/two.geojson', { ...collection, name: 'Two cities' });
  const map = new MapPage(page);
  await page.goto('/?data=/two.geojson&lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Two cities');
  await page.getByRole('searchbox', { name: 'Search places' }).fill('Lima');
  await page.getByRole('searchbox', { name: 'Search places' }).press('Enter');
  await expect(map.card).toContainText('12.04318° S, 77.02824° W');
});

function citiesOf(list, extra = {}) {
  return {
    type: 'FeatureCollection',
    features: list.map((c, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [c.lng, c.lat] },
      properties: { name: c.name, ...(i === 0 ? extra : {}) },
    })),
  };
}

test('hostile fields stay inert text: markup, a megabyte, javascript: addresses, deep nesting', async ({ page }) => {
  let deep = 'bottom';
  for (let i = 0; i < 10; i++) deep = { level: deep };
  const hostile = {
    markup: '<img src=x onerror="window.__owned=1"><b>bold</b>',
    huge: 'x'.repeat(1_000_000),
    script: 'javascript:window.__owned=1',
    site: 'https://example.org/page?a=1',
    nested: deep,
    list: [1, 'two', { three: 3 }, null, true],
  };
  await serve(page, '/hostile.geojson', citiesOf([{ name: 'Hostile', lng: 119.95, lat: 31.78 }], hostile));
  const map = new MapPage(page);
  await page.goto('/?data=/hostile.geojson&lang=en');
  await expect(map.status).toHaveText('Showing 1 place', { timeout: 30_000 });
  await map.openPlace('Hostile');
  const fields = map.card.getByRole('table', { name: 'Fields in the file' });
  await expect(fields.getByRole('row', { name: /^markup / })).toContainText('<img src=x onerror="window.__owned=1"><b>bold</b>');
  await expect(map.card.locator('img, b')).toHaveCount(0);
  // A megabyte is cut to a readable length.
  const huge = await fields.getByRole('row', { name: /^huge / }).getByRole('cell').innerText();
  expect(huge.length).toBeLessThanOrEqual(300);
  expect(huge.endsWith('…')).toBe(true);
  // Only an http(s) address is a link, opening in a new tab without handing over the map.
  const links = fields.getByRole('link');
  await expect(links).toHaveCount(1);
  await expect(links).toHaveAttribute('href', 'https://example.org/page?a=1');
  await expect(links).toHaveAttribute('target', '_blank');
  await expect(links).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(fields.getByRole('row', { name: /^script / })).toContainText('javascript:window.__owned=1');
  // Nested values written out, the deepest levels elided.
  await expect(fields.getByRole('row', { name: /^nested / })).toContainText('{level: {level: {level: {level: {…}}}}}');
  await expect(fields.getByRole('row', { name: /^list / })).toContainText('[1, two, {three: 3}, —, true]');
  expect(await page.evaluate(() => window.__owned)).toBeUndefined();
});

/** The categories offered, as [label, count] from their checkboxes' names. */
async function categories(page) {
  const names = await page.locator('.filters__item:not(.filters__item--hidden) input[type=checkbox]').evaluateAll((boxes) =>
    boxes.map((b) => b.closest('label').innerText.trim()),
  );
  return names.map((n) => /^(.*) \((\d+)\)$/.exec(n)).map((m) => [m[1], Number(m[2])]);
}

test('grouping China’s cities by province: eight groups and the rest, counts adding up, kept in the link', async ({ page }) => {
  test.setTimeout(60_000);
  await serve(page, '/china.geojson', china());
  const map = new MapPage(page);
  await page.goto('/?data=/china.geojson');
  await expect(map.status).toHaveText('显示 4970 个地点', { timeout: 30_000 });
  const groupBy = page.getByRole('combobox', { name: '分组依据' });
  // Only fields with few values are offered: not the cities' names.
  const offered = await groupBy.locator('option').allInnerTexts();
  expect(offered).toContain('admin1');
  expect(offered).not.toContain('name');
  await groupBy.selectOption('admin1');
  await expect(page).toHaveURL(/by=admin1/);
  const groups = await categories(page);
  expect(groups).toHaveLength(9);
  expect(groups.at(-1)[0]).toBe('其他');
  expect(groups.reduce((sum, [, n]) => sum + n, 0)).toBe(4970);
  // Each group is told apart by its shape as well as its colour; the rest keep the pin.
  const shapes = await page
    .locator('.filters__item:not(.filters__item--hidden) .filter__swatch path')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('d')));
  expect(new Set(shapes).size, 'one shape per group').toBe(9);
  // Most common first.
  const counts = groups.slice(0, 8).map(([, n]) => n);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  // "Only this" on the biggest group: the live region and the list follow.
  const [first, firstCount] = groups[0];
  await page.getByRole('button', { name: `只看${first}` }).click();
  await expect(map.status).toHaveText(`显示 ${firstCount} 个地点`);
  // The link reopens it grouped.
  await page.reload();
  await expect(map.status).toHaveText('显示 4970 个地点', { timeout: 30_000 });
  await expect(page.getByRole('combobox', { name: '分组依据' })).toHaveValue('admin1');
  expect(await categories(page)).toEqual(groups);
});

test('the world’s cities grouped by country from a link @heavy', async ({ page }) => {
  test.setTimeout(120_000);
  await serve(page, '/world.geojson', world());
  const map = new MapPage(page);
  await page.goto('/?data=/world.geojson&by=country&lang=en');
  await expect(map.status).toHaveText('Showing 171075 places', { timeout: 60_000 });
  await expect(page.getByRole('combobox', { name: 'Group by' })).toHaveValue('country');
  const groups = await categories(page);
  expect(groups).toHaveLength(9);
  expect(groups.reduce((sum, [, n]) => sum + n, 0)).toBe(171075);
  expect(groups.map(([label]) => label)).toEqual(expect.arrayContaining(['US', 'Other']));
});

test('a file without a name field shows its places by their first field, and the user chooses where names come from', async ({ page, isMobile }) => {
  // GeoNames' Jiangsu cities with the name under "city", as many a user's file has it.
  const renamed = citiesCollection((c) => c.country === 'CN' && c.admin1 === '04');
  for (const f of renamed.features) {
    const { name, ...rest } = f.properties;
    f.properties = { city: name, ...rest };
  }
  await serve(page, '/jiangsu-cities.geojson', renamed);
  const map = new MapPage(page);
  await page.goto('/?data=/jiangsu-cities.geojson&lang=en');
  await expect(map.status).toHaveText('Showing 205 places', { timeout: 30_000 });
  const search = page.getByRole('searchbox', { name: 'Search places' });
  const find = async (query, name) => {
    await search.fill(query);
    await search.press('Enter');
    await expect(map.card).toHaveAccessibleName(name);
    await map.card.getByRole('button', { name: 'Close' }).click();
  };
  await find('Changzhou', 'Changzhou');
  const names = page.getByRole('combobox', { name: 'Names from' });
  await expect(names).toHaveValue('');
  expect(await names.locator('option').allInnerTexts()).toEqual(['(default names)', 'city', 'country', 'admin1', 'admin2']);
  // Named by the prefecture code: the search, the card and the link follow.
  await names.selectOption('admin2');
  await expect(page).toHaveURL(/label=admin2/);
  await find('3204', '3204');
  await page.reload();
  await expect(map.status).toHaveText('Showing 205 places', { timeout: 30_000 });
  await expect(page.getByRole('combobox', { name: 'Names from' })).toHaveValue('admin2');
  await find('3204', '3204');
  // Back to the usual names.
  await page.getByRole('combobox', { name: 'Names from' }).selectOption('');
  await expect(page).not.toHaveURL(/label=/);
  await find('Changzhou', 'Changzhou');
});

test('a link naming places by a field no place has says so and keeps the usual names', async ({ page }) => {
  await serve(page, '/jiangsu.geojson', jiangsu());
  const map = new MapPage(page);
  await page.goto('/?data=/jiangsu.geojson&label=colour&lang=en');
  await expect(map.status).toHaveText('Showing 205 places', { timeout: 30_000 });
  await expect(page.getByText('no place has the field “colour” (label)')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Names from' })).toHaveValue('');
});

test('under a chosen label the editor renames the file’s own name, and the rename is still there after a reload', async ({ page }) => {
  const stations = {
    type: 'FeatureCollection',
    features: [
      ['wenhuagong', 'Wenhuagong', 'Culture Palace', 119.9553, 31.7795],
      ['nandajie', 'Nandajie', 'South Street', 119.9514, 31.7772],
      ['qingfeng', 'Qingfeng Park', 'Qingfeng Park Station', 119.9283, 31.7819],
    ].map(([id, name, en, lon, lat]) => ({ type: 'Feature', id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties: { name, name_en: en } })),
  };
  await serve(page, '/stations.geojson', stations);
  const map = new MapPage(page);
  const corrections = page.getByRole('region', { name: /Corrections/ });
  await page.goto('/?data=/stations.geojson&label=name_en&place=wenhuagong&lang=en');
  await expect(map.card).toHaveAccessibleName('Culture Palace', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Edit' }).click();
  // The form holds the name the file gives, not the label shown.
  const name = map.card.getByRole('textbox', { name: 'Name · English' });
  await expect(name).toHaveValue('Wenhuagong');
  await name.fill('Wenhuagong Station');
  await map.card.getByRole('button', { name: 'Save the texts' }).click();
  await expect(corrections).toContainText('1 change');
  // A renamed place keeps its new name whatever the label, on the card at once.
  await expect(map.card).toHaveAccessibleName('Wenhuagong Station');
  // Saved against the file's names: it applies again after a reload, with the label still chosen.
  await page.reload();
  await expect(map.card).toHaveAccessibleName('Wenhuagong Station', { timeout: 30_000 });
  await expect(page.getByText('The saved changes no longer fit the data')).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Names from' })).toHaveValue('name_en');
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(corrections).toContainText('1 change');
  // The others still show the label.
  const search = page.getByRole('searchbox', { name: 'Search places' });
  await search.fill('South Street');
  await search.press('Enter');
  await expect(map.card).toHaveAccessibleName('South Street');
});
