// The built-in places keep the documented schema (docs/places.schema.json, prose in docs/DATA.md), and the schema
// is strict enough to catch the usual mistakes. Run: node --test tests/schema.test.mjs (needs `ajv`, a dev
// dependency in package.json).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

const schema = readJson('docs/places.schema.json');
const places = readJson('assets/data/places.geojson');
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

/** ajv's errors, one per line, for a failure message. */
const explain = (errors) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message} ${JSON.stringify(e.params)}`).join('\n');

/** A collection holding one feature. */
const collection = (feature) => ({ type: 'FeatureCollection', features: [feature] });

/** A deep copy of a real feature: the first one whose position is an estimate. */
const realFeature = () =>
  structuredClone(places.features.find((f) => f.properties.position?.basis === 'estimated') ?? places.features[0]);

test('assets/data/places.geojson validates against docs/places.schema.json', () => {
  const valid = validate(places);
  assert.ok(valid, `places.geojson fails the schema:\n${explain(validate.errors)}`);
  assert.ok(places.features.length >= 45, 'the built-in data has its places');
});

test('the unchanged copy of a real feature is valid (so each case below fails for its one change)', () => {
  assert.ok(validate(collection(realFeature())), explain(validate.errors));
});

/**
 * Each case changes one thing in a copy of a real feature; the collection must be rejected, and among ajv's
 * errors must be the one that names that change.
 */
const cases = [
  {
    what: 'an uppercase id',
    change: (f) => {
      f.id = 'Qingfeng-Park';
    },
    expect: (e) => e.instancePath === '/features/0/id' && e.keyword === 'pattern',
  },
  {
    what: 'an unknown category',
    change: (f) => {
      f.properties.category = 'garden';
    },
    expect: (e) => e.instancePath === '/features/0/properties/category' && e.keyword === 'enum',
  },
  {
    what: 'an estimated position claiming ±50 m',
    change: (f) => {
      f.properties.position.basis = 'estimated';
      f.properties.position.precision_m = 50;
    },
    expect: (e) =>
      e.instancePath === '/features/0/properties/position/precision_m' &&
      e.keyword === 'minimum' &&
      e.params.limit === 100,
  },
  {
    what: 'a missing name',
    change: (f) => {
      delete f.properties.name;
    },
    expect: (e) =>
      e.instancePath === '/features/0/properties' && e.keyword === 'required' && e.params.missingProperty === 'name',
  },
  {
    what: 'a misspelt property key (pinyn for pinyin)',
    change: (f) => {
      f.properties.pinyn = f.properties.pinyin;
      delete f.properties.pinyin;
    },
    expect: (e) =>
      e.instancePath === '/features/0/properties' &&
      e.keyword === 'additionalProperties' &&
      e.params.additionalProperty === 'pinyn',
  },
  {
    what: 'a position source in one language only',
    change: (f) => {
      f.properties.position.source = f.properties.position.source.en;
    },
    expect: (e) => e.instancePath === '/features/0/properties/position/source' && e.keyword === 'type',
  },
  {
    what: 'swapped coordinates [lat, lon]',
    change: (f) => {
      f.geometry.coordinates.reverse();
    },
    expect: (e) => e.instancePath === '/features/0/geometry/coordinates/1' && e.keyword === 'maximum',
  },
];

for (const { what, change, expect } of cases) {
  test(`rejects ${what}`, () => {
    const feature = realFeature();
    change(feature);
    assert.equal(validate(collection(feature)), false, `${what} was accepted`);
    assert.ok(validate.errors.some(expect), `${what} was rejected, but not for that reason:\n${explain(validate.errors)}`);
  });
}
