//! Splits the built-in places for the first view: the app is compiled with each place's name, category,
//! position and how exact it is (`places-first.geojson` in OUT_DIR, without whitespace), while the long texts
//! (summary, facts, address, the position's source) stay in `assets/data/places.geojson`, which the page fetches once a card opens or
//! the page is idle (`data::PLACE_TEXTS`, versioned by the file's content so a new build never reads an old copy).
//! The guided tours (`assets/data/tours.json`, fetched when a tour starts) are versioned the same way. The
//! offline base map is compiled in without its features' sources (`basemap.geojson` in OUT_DIR: they are for
//! the people who keep the file, and the README and the map's attribution credit them) and with its
//! coordinates to 4 decimals, finer than its simplification.

use std::{env, fs, path::Path};

/// The properties only a card shows.
const CARD_ONLY: [&str; 3] = ["summary", "facts", "address"];

fn main() {
    let source = "assets/data/places.geojson";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).expect("assets/data/places.geojson is readable");
    let mut data: serde_json::Value = serde_json::from_str(&text).expect("assets/data/places.geojson is JSON");
    if let Some(features) = data.get_mut("features").and_then(|f| f.as_array_mut()) {
        for feature in features {
            if let Some(props) = feature.get_mut("properties").and_then(|p| p.as_object_mut()) {
                props.retain(|key, _| !CARD_ONLY.contains(&key.as_str()));
                // Where a position comes from is card text too; its basis and precision draw the map.
                if let Some(position) = props.get_mut("position").and_then(|p| p.as_object_mut()) {
                    position.remove("source");
                }
            }
        }
    }
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out).join("places-first.geojson"), data.to_string()).expect("OUT_DIR is writable");
    println!("cargo:rustc-env=PLACES_VERSION={:016x}", version(&text));
    let basemap = "assets/data/basemap.geojson";
    println!("cargo:rerun-if-changed={basemap}");
    let text = fs::read_to_string(basemap).expect("assets/data/basemap.geojson is readable");
    let mut data: serde_json::Value = serde_json::from_str(&text).expect("assets/data/basemap.geojson is JSON");
    if let Some(features) = data.get_mut("features").and_then(|f| f.as_array_mut()) {
        for feature in features.iter_mut() {
            if let Some(props) = feature.get_mut("properties").and_then(|p| p.as_object_mut()) {
                props.remove("source");
            }
            if let Some(coordinates) = feature.get_mut("geometry").and_then(|g| g.get_mut("coordinates")) {
                round(coordinates);
            }
        }
    }
    fs::write(Path::new(&out).join("basemap.geojson"), data.to_string()).expect("OUT_DIR is writable");
    let tours = "assets/data/tours.json";
    println!("cargo:rerun-if-changed={tours}");
    let text = fs::read_to_string(tours).expect("assets/data/tours.json is readable");
    println!("cargo:rustc-env=TOURS_VERSION={:016x}", version(&text));
}

/// Every number in nested coordinate arrays to 4 decimals (about 10 m): the outlines are simplified far
/// coarser than that (80 m and more), so the digits beyond say nothing.
fn round(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Array(items) => items.iter_mut().for_each(round),
        serde_json::Value::Number(n) => {
            if let Some(rounded) = n.as_f64().and_then(|x| serde_json::Number::from_f64((x * 1e4).round() / 1e4)) {
                *n = rounded;
            }
        }
        _ => {}
    }
}

/// FNV-1a over a file: its version in its address.
fn version(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
}
