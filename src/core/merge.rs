//! Merging a changes file into the project's own place data (the maintainer's command,
//! `cargo run --example apply_changes -- changes.geojson`): every change must apply, and the result must keep
//! the data's promises (inside the district, three names, a stated position with an honest precision); then
//! the file is rewritten with only the changed features' lines differing. Any error writes nothing.
//!
//! The file is read and written through the `geojson` crate's types (`core::format`); it keeps the key order of
//! each feature's properties where serde_json preserves it (its `preserve_order` feature, on in the native dev
//! build that runs the command and its tests).

use super::changes::{apply_all, Change, TextField};
use super::changes_file;
use super::export;
use super::format::{self, Feature, FeatureCollection, JsonObject};
use super::geo::{ring_contains, LonLat};
use super::i18n::Lang;
use super::places;
use serde_json::json;

/// The rewritten data file and a line per change saying what it did; or every reason it was refused.
pub fn apply_to_data(data: &str, changes: &str, district: &[LonLat]) -> Result<(String, Vec<String>), Vec<String>> {
    let changes = changes_file::parse(changes).map_err(|e| vec![e.describe(Lang::En)])?;
    let current = places::load(data).map_err(|e| vec![e.describe(Lang::En)])?.places;
    let after = apply_all(&current, &changes).map_err(|errors| {
        errors.iter().map(|(i, e)| format!("change {}: {}", i + 1, e.describe(Lang::En))).collect::<Vec<_>>()
    })?;
    let mut problems = Vec::new();
    for p in &after {
        if !district.is_empty() && !ring_contains(district, p.at) {
            problems.push(format!("{} at [{:.6}, {:.6}] is outside the district", p.id, p.at.lon, p.at.lat));
        }
        if [&p.name.zh_hans, &p.name.zh_hant, &p.name.en].iter().any(|n| n.trim().is_empty()) {
            problems.push(format!("{} needs a name in all three languages", p.id));
        }
        let pos = &p.position;
        if pos.precision_m.is_none() || pos.source.as_ref().is_none_or(|s| s.is_blank()) {
            problems.push(format!("{} needs a position precision and source", p.id));
        }
        if pos.basis.is_approximate() && pos.precision_m.is_some_and(|m| m < 100.0) {
            problems.push(format!("{} is approximate, so its precision must be at least 100 m", p.id));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut collection: FeatureCollection =
        serde_json::from_str(data).map_err(|_| vec!["the data file is not a GeoJSON FeatureCollection".to_string()])?;
    let features = &mut collection.features;
    let mut summary = Vec::new();
    for change in &changes {
        let slot = |features: &[Feature], id: &str| {
            features.iter().position(|f| format::id_of(f) == Some(id)).ok_or_else(|| vec![format!("{id} vanished")])
        };
        match change {
            Change::Move { id, from, to } => {
                let i = slot(features, id)?;
                let feature = &mut features[i];
                feature.geometry = Some(format::point(LonLat::new(round6(to.0.lon), round6(to.0.lat))));
                properties(feature).insert("position".into(), format::position(&to.1));
                summary.push(format!("moved {id} by {:.0} m", from.0.distance_m(to.0)));
            }
            Change::Add { place } => {
                features.push(export::feature(place));
                summary.push(format!("added {}", place.id));
            }
            Change::Text { id, field, lang, to, .. } => {
                let key = match field {
                    TextField::Name => "name",
                    TextField::Summary => "summary",
                    TextField::Address => "address",
                };
                let i = slot(features, id)?;
                let props = properties(&mut features[i]);
                let text = props.entry(key).or_insert_with(|| json!({}));
                if !text.is_object() {
                    *text = json!({});
                }
                text[lang.code()] = json!(to);
                summary.push(format!("edited the {key} ({}) of {id}", lang.code()));
            }
            Change::Delete { place, .. } => {
                let i = slot(features, &place.id)?;
                features.remove(i);
                summary.push(format!("deleted {}", place.id));
            }
        }
    }
    let text = format::collection_pretty(&collection).ok_or_else(|| vec!["could not write the data".to_string()])?;
    Ok((text, summary))
}

fn properties(feature: &mut Feature) -> &mut JsonObject {
    feature.properties.get_or_insert_with(JsonObject::new)
}

fn round6(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}
