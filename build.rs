//! Splits the built-in places for the first view: the app is compiled with each place's name, category,
//! position and how exact it is (`places-first.geojson` in OUT_DIR, without whitespace), while the long texts
//! (summary, facts, address, the position's source) stay in `assets/data/places.geojson`, which the page fetches once a card opens or
//! the page is idle (`data::PLACE_TEXTS`, versioned by the file's content so a new build never reads an old copy).
//! The guided tours (`assets/data/tours.json`, fetched when a tour starts) are versioned the same way. The
//! offline base map is compiled in without its features' sources (`basemap.geojson` in OUT_DIR: they are for
//! the people who keep the file, and the README and the map's attribution credit them) and with its
//! coordinates to 4 decimals, finer than its simplification. Both are read and written as GeoJSON through
//! the `geojson` crate.

use geojson::{FeatureCollection, GeometryValue, Position};
use std::{env, fs, path::Path};

/// The properties only a card shows.
const CARD_ONLY: [&str; 3] = ["summary", "facts", "address"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let source = "assets/data/places.geojson";
    let (text, mut places) = read(source);
    for feature in &mut places.features {
        if let Some(props) = feature.properties.as_mut() {
            props.retain(|key, _| !CARD_ONLY.contains(&key.as_str()));
            // Where a position comes from is card text too; its basis and precision draw the map.
            if let Some(position) = props.get_mut("position").and_then(|p| p.as_object_mut()) {
                position.remove("source");
            }
        }
    }
    fs::write(Path::new(&out).join("places-first.geojson"), places.to_string()).expect("OUT_DIR is writable");
    println!("cargo:rustc-env=PLACES_VERSION={:016x}", version(&text));
    let (_, mut basemap) = read("assets/data/basemap.geojson");
    for feature in &mut basemap.features {
        if let Some(props) = feature.properties.as_mut() {
            props.remove("source");
        }
        if let Some(geometry) = feature.geometry.as_mut() {
            round(&mut geometry.value);
        }
    }
    fs::write(Path::new(&out).join("basemap.geojson"), basemap.to_string()).expect("OUT_DIR is writable");
    let tours = "assets/data/tours.json";
    println!("cargo:rerun-if-changed={tours}");
    let text = fs::read_to_string(tours).expect("assets/data/tours.json is readable");
    println!("cargo:rustc-env=TOURS_VERSION={:016x}", version(&text));
}

/// A GeoJSON FeatureCollection from the project's data, and its text; the build stops on anything else.
fn read(path: &str) -> (String, FeatureCollection) {
    println!("cargo:rerun-if-changed={path}");
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path} is not readable: {e}"));
    let features = text.parse().unwrap_or_else(|e| panic!("{path} is not a GeoJSON FeatureCollection: {e}"));
    (text, features)
}

/// Every coordinate of a geometry to 4 decimals (about 10 m): the outlines are simplified far coarser than that
/// (80 m and more), so the digits beyond say nothing.
fn round(geometry: &mut GeometryValue) {
    fn line(positions: &mut [Position]) {
        for position in positions {
            for x in position.as_slice_mut() {
                *x = (*x * 1e4).round() / 1e4;
            }
        }
    }
    match geometry {
        GeometryValue::Point { coordinates } => line(std::slice::from_mut(coordinates)),
        GeometryValue::MultiPoint { coordinates } | GeometryValue::LineString { coordinates } => line(coordinates),
        GeometryValue::MultiLineString { coordinates } | GeometryValue::Polygon { coordinates } => {
            coordinates.iter_mut().for_each(|l| line(l))
        }
        GeometryValue::MultiPolygon { coordinates } => coordinates.iter_mut().flatten().for_each(|l| line(l)),
        GeometryValue::GeometryCollection { geometries } => geometries.iter_mut().for_each(|g| round(&mut g.value)),
    }
}

/// FNV-1a over a file: its version in its address.
fn version(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}
