// Synthetic GeoJSON for scale tests and benchmarks: points spread over the district with a fixed seed.

/** A small deterministic random generator (mulberry32). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['park', 'school', 'hospital', 'market', 'heritage', 'culture', 'innovation', 'transport'];

/** Zhonglou's bounding box, roughly: its south-west corner and its size (WGS-84 degrees). */
const DISTRICT = { west: 119.79, south: 31.745, width: 0.16, height: 0.08 };

/** `count` places across Zhonglou's bounding box (or `bounds`); every 7th has no category (shown as "other"). */
export function syntheticCollection(count, seed = 42, bounds = DISTRICT) {
  const { west, south, width, height } = bounds;
  const next = random(seed);
  const features = [];
  for (let i = 0; i < count; i++) {
    const properties = { name: `地点 ${i}` };
    if (i % 7 !== 0) properties.category = CATEGORIES[i % CATEGORIES.length];
    features.push({
      type: 'Feature',
      id: `p${i}`,
      geometry: { type: 'Point', coordinates: [west + next() * width, south + next() * height] },
      properties,
    });
  }
  return { type: 'FeatureCollection', features };
}

/** A changes file of `count` moves over a data file's places, round robin: each place walks north a tenth of a
 * metre at a time, every move from where the last one left it. Returns the file's text and where each place ends. */
export function walkingChanges(data, count) {
  const at = new Map(data.features.map((f) => [f.id, f.geometry.coordinates]));
  const features = [];
  for (let i = 0; i < count; i++) {
    const f = data.features[i % data.features.length];
    const from = at.get(f.id);
    const to = [from[0], Number((from[1] + 0.000001).toFixed(7))];
    at.set(f.id, to);
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: to },
      properties: {
        change: 'move', id: f.id, date: '2026-12-05', from,
        from_position: { basis: 'estimated', precision_m: 100 },
        position: { basis: 'estimated', precision_m: 100, source: 'walked north' },
      },
    });
  }
  return { text: JSON.stringify({ type: 'FeatureCollection', features }), at };
}

/** `count` areas of `vertices` vertices each on a grid over Zhonglou's bounding box: rough circles whose radius
 * wanders (a park's or a block's outline), none overlapping; every 7th without a category, like the points. */
export function syntheticAreas(count, vertices = 50, seed = 7, bounds = DISTRICT) {
  const { west, south, width, height } = bounds;
  const next = random(seed);
  const columns = Math.ceil(Math.sqrt((count * width) / height));
  const rows = Math.ceil(count / columns);
  const [cw, ch] = [width / columns, height / rows];
  const features = [];
  for (let i = 0; i < count; i++) {
    const [cx, cy] = [west + (i % columns + 0.5) * cw, south + (Math.floor(i / columns) + 0.5) * ch];
    const ring = [];
    for (let v = 0; v < vertices - 1; v++) {
      const a = (2 * Math.PI * v) / (vertices - 1);
      const r = 0.3 + 0.15 * next();
      ring.push([Number((cx + Math.cos(a) * r * cw).toFixed(6)), Number((cy + Math.sin(a) * r * ch).toFixed(6))]);
    }
    ring.push(ring[0]);
    const properties = { name: `区域 ${i}` };
    if (i % 7 !== 0) properties.category = CATEGORIES[i % CATEGORIES.length];
    features.push({ type: 'Feature', id: `a${i}`, geometry: { type: 'Polygon', coordinates: [ring] }, properties });
  }
  return { type: 'FeatureCollection', features };
}
