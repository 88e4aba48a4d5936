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

/** `count` places across Zhonglou's bounding box; every 7th has no category (shown as "other"). */
export function syntheticCollection(count, seed = 42) {
  const next = random(seed);
  const features = [];
  for (let i = 0; i < count; i++) {
    const properties = { name: `地点 ${i}` };
    if (i % 7 !== 0) properties.category = CATEGORIES[i % CATEGORIES.length];
    features.push({
      type: 'Feature',
      id: `p${i}`,
      geometry: { type: 'Point', coordinates: [119.79 + next() * 0.16, 31.745 + next() * 0.08] },
      properties,
    });
  }
  return { type: 'FeatureCollection', features };
}
