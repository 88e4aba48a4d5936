//! The GeoJSON format's one owner for what this project writes. Exports, changes files and the maintainer's
//! merge build their features from the `geojson` crate's types here, and write them with the two functions
//! below; the texts and positions inside a feature's properties are written the one way the data writes them.
//! (Reading stays with `places::load`, measured for speed on large files, and `changes_file::parse`.)

use super::geo::LonLat;
use super::places::{Localized, Position, Source};
pub use geojson::{Feature, FeatureCollection, Geometry, JsonObject};
use serde_json::{json, Value};

/// A point where a place is, as GeoJSON writes it (`[lon, lat]`).
pub fn point(at: LonLat) -> Geometry {
    Geometry::new_point([at.lon, at.lat])
}

/// A feature with an optional id and geometry (a text edit has none) and its properties.
pub fn feature(id: Option<&str>, geometry: Option<Geometry>, properties: JsonObject) -> Feature {
    Feature {
        bbox: None,
        geometry,
        id: id.map(|id| geojson::feature::Id::String(id.to_string())),
        properties: Some(properties),
        foreign_members: None,
    }
}

/// The id a feature was given as text (a number id is not one of this project's places).
pub fn id_of(feature: &Feature) -> Option<&str> {
    match &feature.id {
        Some(geojson::feature::Id::String(id)) => Some(id),
        _ => None,
    }
}

/// Features as a FeatureCollection with one feature per line (a download: a line per place or change).
pub fn collection_lines(features: &[Feature]) -> String {
    // Through `Value`, whose writing the app has already (a second writer for features costs the wasm 1 KB).
    let lines: Vec<String> =
        features.iter().filter_map(|f| serde_json::to_value(f).ok()).map(|f| f.to_string()).collect();
    format!("{{\"type\":\"FeatureCollection\",\"features\":[\n{}\n]}}\n", lines.join(",\n"))
}

/// A FeatureCollection as the project's data file is written: indented, ending with a newline.
pub fn collection_pretty(collection: &FeatureCollection) -> Option<String> {
    serde_json::to_string_pretty(collection).ok().map(|text| text + "\n")
}

/// A text in the three languages, keyed by language code.
pub fn localized(text: &Localized) -> Value {
    json!({ "zh-Hans": text.zh_hans, "zh-Hant": text.zh_hant, "en": text.en })
}

/// A source as its file gave it: one text, or one per language.
pub fn source(given: &Source) -> Value {
    match given {
        Source::Plain(text) => json!(text),
        Source::Localized(text) => localized(text),
    }
}

/// How a position was placed (basis, precision, source); a whole number of metres is written as an integer, as the
/// data writes it.
pub fn position(p: &Position) -> Value {
    let mut pos = JsonObject::new();
    pos.insert("basis".into(), json!(p.basis.key()));
    if let Some(m) = p.precision_m {
        pos.insert(
            "precision_m".into(),
            if m.fract() == 0.0 && (0.0..1e9).contains(&m) { json!(m as u64) } else { json!(m) },
        );
    }
    if let Some(s) = &p.source {
        pos.insert("source".into(), source(s));
    }
    Value::Object(pos)
}
