//! The changes file: corrections as a GeoJSON FeatureCollection that a person downloads and a maintainer (or
//! another browser) applies. One feature per change, each saying what changed and when:
//!
//! - `move`: the new point as geometry; `id`, `from` ([lon, lat]), `from_position` and `position` (how it was
//!   placed, in the data's schema);
//! - `add`: the new place as a feature in the data's schema;
//! - `edit`: `id`, `field` (name, summary, address), `lang`, `from` and `to`;
//! - `delete`: the place as it was, in the data's schema.

use super::changes::{Change, TextField};
use super::export;
use super::format::{self, Feature, JsonObject};
use super::geo::LonLat;
use super::i18n::Lang;
use super::places::{self, Basis, Localized, Position, Source};
use serde_json::{json, Value};

/// A changes file larger than this is refused unread: corrections are a few kilobytes.
pub const MAX_BYTES: usize = 5_000_000;

/// Why a changes file (or one of its items) cannot be read.
#[derive(Clone, Debug, PartialEq)]
pub enum FileError {
    TooLarge(usize),
    NotJson,
    NotACollection,
    /// Item `index` (from 0) is not a change this map can read.
    BadItem(usize),
}

fn position_from(v: Option<&Value>) -> Option<Position> {
    let v = v?.as_object()?;
    let basis = match v.get("basis")?.as_str()? {
        "sourced" => Basis::Sourced,
        "derived" => Basis::Derived,
        "estimated" => Basis::Estimated,
        "unstated" => Basis::Unstated,
        _ => return None,
    };
    let precision_m = v.get("precision_m").and_then(Value::as_f64).filter(|m| m.is_finite() && *m > 0.0);
    Some(Position { basis, precision_m, source: v.get("source").and_then(source_from) })
}

/// A source as a changes file writes it: one text, or one per language.
fn source_from(v: &Value) -> Option<Source> {
    if let Some(text) = v.as_str() {
        return Some(Source::Plain(text.to_string()));
    }
    let text = |lang: &str| v.get(lang).and_then(Value::as_str).unwrap_or_default();
    Localized::from_parts(text("zh-Hans"), text("zh-Hant"), text("en")).map(Source::Localized)
}

/// Marks a feature's properties as a change: its kind, the place it changes (unless the feature is that place) and
/// its date.
fn mark(props: &mut JsonObject, kind: &str, id: Option<&str>, date: &str) {
    props.insert("change".into(), json!(kind));
    if let Some(id) = id {
        props.insert("id".into(), json!(id));
    }
    props.insert("date".into(), json!(date));
}

/// A place's feature in the data's schema, marked as a change of this kind.
fn marked(place: &places::Place, kind: &str, date: &str) -> Feature {
    let mut feature = export::feature(place);
    mark(feature.properties.get_or_insert_with(JsonObject::new), kind, None, date);
    feature
}

/// The changes as a file, dated (YYYY-MM-DD).
pub fn to_geojson(changes: &[Change], date: &str) -> String {
    let features: Vec<Feature> = changes
        .iter()
        .map(|c| match c {
            Change::Move { id, from, to } => {
                let mut props = JsonObject::new();
                mark(&mut props, "move", Some(id), date);
                props.insert("from".into(), json!([from.0.lon, from.0.lat]));
                props.insert("from_position".into(), format::position(&from.1));
                props.insert("position".into(), format::position(&to.1));
                format::feature(None, Some(format::point(to.0)), props)
            }
            Change::Add { place } => marked(place, "add", date),
            Change::Text { id, field, lang, from, to } => {
                let mut props = JsonObject::new();
                mark(&mut props, "edit", Some(id), date);
                props.insert("field".into(), json!(field.key()));
                props.insert("lang".into(), json!(lang.code()));
                props.insert("from".into(), json!(from));
                props.insert("to".into(), json!(to));
                format::feature(None, None, props)
            }
            Change::Delete { place, index } => {
                let mut feature = marked(place, "delete", date);
                if let Some(props) = feature.properties.as_mut() {
                    props.insert("index".into(), json!(index));
                }
                feature
            }
        })
        .collect();
    format::collection_lines(&features)
}

/// Reads a changes file: every item, or the first that cannot be read.
pub fn parse(text: &str) -> Result<Vec<Change>, FileError> {
    if text.len() > MAX_BYTES {
        return Err(FileError::TooLarge(text.len()));
    }
    let root: Value = serde_json::from_str(text.trim_start_matches('\u{feff}')).map_err(|_| FileError::NotJson)?;
    let features = match root.get("type").and_then(Value::as_str) {
        Some("FeatureCollection") => root.get("features").and_then(Value::as_array).ok_or(FileError::NotACollection)?,
        _ => return Err(FileError::NotACollection),
    };
    features.iter().enumerate().map(|(i, f)| item(f).ok_or(FileError::BadItem(i))).collect()
}

fn item(f: &Value) -> Option<Change> {
    let props = f.get("properties")?.as_object()?;
    let text = |k: &str| props.get(k).and_then(Value::as_str).map(str::to_string);
    let lon_lat = |v: &Value| -> Option<LonLat> {
        let c = v.as_array()?;
        Some(LonLat::new(c.first()?.as_f64()?, c.get(1)?.as_f64()?))
    };
    let place_of = |f: &Value| -> Option<places::Place> {
        let collection = json!({ "type": "FeatureCollection", "features": [f] });
        places::load(&collection.to_string()).ok()?.places.into_iter().next()
    };
    match props.get("change")?.as_str()? {
        "move" => {
            let to = lon_lat(f.get("geometry")?.get("coordinates")?)?;
            let from = lon_lat(props.get("from")?)?;
            Some(Change::Move {
                id: text("id")?,
                from: (from, position_from(props.get("from_position"))?),
                to: (to, position_from(props.get("position"))?),
            })
        }
        "add" => Some(Change::Add { place: place_of(f)? }),
        "edit" => Some(Change::Text {
            id: text("id")?,
            field: TextField::from_key(&text("field")?)?,
            lang: Lang::from_code(&text("lang")?)?,
            from: text("from")?,
            to: text("to")?,
        }),
        "delete" => {
            let index = props.get("index").and_then(Value::as_u64).unwrap_or(u64::MAX) as usize;
            Some(Change::Delete { place: place_of(f)?, index })
        }
        _ => None,
    }
}
